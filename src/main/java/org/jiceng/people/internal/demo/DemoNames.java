package org.jiceng.people.internal.demo;

import java.util.SplittableRandom;

/**
 * Chinese names for the demo register: surnames drawn by frequency (the national leaders 王 李 张 刘 陈 杨 …
 * reweighted towards northeast Yunnan, where 李 张 杨 lead and 马 罗 朱 段 代 are common and 普 字 保 晏 缪 敖
 * are local), given names of one or two characters whose taste follows the decade of birth.
 */
final class DemoNames {

    /** Surname and relative weight (per ten thousand, roughly). */
    private static final Object[][] SURNAMES = {
            {"李", 760}, {"张", 690}, {"王", 660}, {"杨", 560}, {"刘", 540}, {"陈", 450}, {"赵", 290}, {"黄", 210},
            {"周", 210}, {"吴", 190}, {"朱", 230}, {"马", 240}, {"罗", 250}, {"徐", 160}, {"孙", 140}, {"何", 150},
            {"胡", 140}, {"郭", 110}, {"高", 110}, {"林", 70}, {"段", 120}, {"吕", 100}, {"沈", 100}, {"代", 110},
            {"肖", 100}, {"邓", 100}, {"付", 100}, {"唐", 100}, {"许", 80}, {"冯", 80}, {"郑", 80}, {"谢", 80},
            {"董", 80}, {"袁", 80}, {"丁", 80}, {"余", 80}, {"尹", 80}, {"彭", 80}, {"蒋", 80}, {"韩", 70},
            {"卢", 70}, {"熊", 70}, {"梁", 70}, {"宋", 70}, {"田", 70}, {"龙", 70}, {"钱", 60}, {"姚", 60},
            {"曾", 60}, {"苏", 60}, {"潘", 60}, {"陶", 60}, {"任", 60}, {"石", 60}, {"杜", 60}, {"普", 60},
            {"保", 50}, {"晏", 50}, {"缪", 50}, {"敖", 50}, {"孔", 50}, {"叶", 50}, {"夏", 50}, {"雷", 50},
            {"范", 50}, {"金", 50}, {"魏", 50}, {"姜", 50}, {"邹", 50}, {"严", 40}, {"陆", 40}, {"汪", 40},
            {"方", 40}, {"江", 40}, {"邱", 40}, {"秦", 40}, {"武", 40}, {"毛", 40}, {"廖", 40}, {"贺", 40},
            {"字", 40}, {"戴", 40}, {"饶", 40}, {"柳", 40}, {"包", 30}, {"顾", 30}, {"童", 30}, {"崔", 30},
            {"耿", 30}, {"者", 30}, {"祁", 30}, {"浦", 30}, {"管", 30}, {"资", 20},
    };

    private static final String[] SURNAME;
    private static final int[] CUMULATIVE;

    static {
        SURNAME = new String[SURNAMES.length];
        CUMULATIVE = new int[SURNAMES.length];
        int sum = 0;
        for (int i = 0; i < SURNAMES.length; i++) {
            SURNAME[i] = (String) SURNAMES[i][0];
            sum += (Integer) SURNAMES[i][1];
            CUMULATIVE[i] = sum;
        }
    }

    /** Characters of given names by sex and by era of birth: before 1970, 1970–1994, from 1995. */
    private static final String[][] MALE = {
            chars("国建明华文志永德福顺学忠兴贵荣成光祥发有富云昌正金林海山开跃进才万友寿红洪庆仁礼"),
            chars("伟军勇涛斌强波辉刚平杰鹏飞超俊东磊毅峰亮龙江浩兵红春宏亚剑锋晓小家朝云立思学继"),
            chars("浩宇轩子梓博俊杰睿航泽辰一嘉铭天昊皓然鑫宸逸阳晨文凯煜瑞锦程奕楷安恒景豪霖"),
    };
    private static final String[][] FEMALE = {
            chars("秀英兰芳珍凤翠琼美桂玉梅莲香春花淑丽华云菊仙巧会芬粉存群焕金银竹彩润"),
            chars("丽娟艳敏静燕霞红玲萍慧芳婷琴雪梅娜颖琳莉晶晓丹倩洁春亚佳蓉芬玉"),
            chars("欣怡雨萱思诗佳梦婷雪晓涵可悦琪雅妍紫彤馨语嘉若欢依媛瑶月梓一心宁妮蕊菲"),
    };

    private DemoNames() {
    }

    private static String[] chars(String s) {
        return s.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }

    static String surname(SplittableRandom random) {
        int pick = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
        int lo = 0;
        int hi = CUMULATIVE.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (CUMULATIVE[mid] > pick) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return SURNAME[lo];
    }

    /** One or two characters; single-character names were most usual among those born 1970–1994. */
    static String givenName(SplittableRandom random, boolean male, int birthYear) {
        int era = birthYear < 1970 ? 0 : birthYear < 1995 ? 1 : 2;
        String[] pool = (male ? MALE : FEMALE)[era];
        double single = era == 1 ? 0.35 : era == 0 ? 0.2 : 0.15;
        String first = pool[random.nextInt(pool.length)];
        if (random.nextDouble() < single) {
            return first;
        }
        if (!male && random.nextDouble() < 0.04) {
            return first + first;   // 婷婷, 莉莉: reduplicated girls' names
        }
        String second = pool[random.nextInt(pool.length)];
        while (second.equals(first)) {
            second = pool[random.nextInt(pool.length)];
        }
        return first + second;
    }

    static String fullName(SplittableRandom random, String surname, boolean male, int birthYear) {
        return surname + givenName(random, male, birthYear);
    }
}

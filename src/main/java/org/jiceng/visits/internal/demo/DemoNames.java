package org.jiceng.visits.internal.demo;

/** Made-up names for the demo's county leaders and town cadres, who are accounts rather than residents. */
final class DemoNames {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
    private static final String[] GIVEN = {"建国", "丽华", "志强", "秀英", "海燕", "国平", "红梅", "德明", "晓东", "春兰", "文军"};

    private DemoNames() {
    }

    static String leader(int i) {
        return name(i * 3 + 1);
    }

    static String cadre(int i) {
        return name(i * 7 + 2);
    }

    private static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length + i) % GIVEN.length];
    }
}

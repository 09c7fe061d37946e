package org.jiceng.demo;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Complaint texts as residents, grid workers and the hotline write them: a category's problem (from
 * {@link ComplaintCores}) told in one of several phrasing families — colloquial, formal, angry, an elderly person's
 * speech, a grid worker's patrol note, a hotline operator's record, a terse message, a story, a question, on
 * someone else's behalf — with 会泽县's streets and landmarks, times, durations and quantities. Each text carries its
 * family, so a classifier can be tested on families it never saw. Deterministic: the same random sequence gives the
 * same texts.
 */
public final class ComplaintTexts {

    /** How a complaint is phrased. */
    public enum Family {
        COLLOQUIAL, FORMAL, ANGRY, ELDERLY, PATROL, HOTLINE, TERSE, STORY, QUESTION, ON_BEHALF
    }

    /** A complaint text and the family it was phrased in. */
    public record Complaint(String text, Family family) {
    }

    static final List<String> LANDMARKS = List.of("江西会馆", "以礼河边", "金钟山脚", "会泽一中门口", "县人民医院对面",
            "钟屏路", "东直街", "西内街", "文庙附近", "农贸市场", "汽车客运站", "翠屏山下", "唐继尧故居旁", "北门街",
            "钱王街", "会泽大道", "水城路口", "古城步行街", "体育馆后面", "老粮站");
    static final List<String> TIMES = List.of("昨天晚上", "今天早上", "前天下午", "这几天", "上周末", "每天凌晨",
            "今天中午", "最近一段时间", "从上个月开始", "前几天下大雨以后");
    static final List<String> DURATIONS = List.of("三天", "一个多星期", "半个月", "两个多月", "好几天", "快一年",
            "十来天", "一整个月");
    static final List<String> QUANTITIES = List.of("影响周边二十多户", "前后十几米", "好几处", "有五六户反映过",
            "一大片", "两三个地方");
    static final List<String> ASKS = List.of("请尽快处理", "希望有关部门来看看", "麻烦派人处理一下", "请给个答复",
            "希望早点解决", "请相关单位核实处理");

    private ComplaintTexts() {
    }

    /** The leaf categories texts can be written for. */
    public static Set<String> categories() {
        return new TreeSet<>(ComplaintCores.CORES.keySet());
    }

    /** A complaint of {@code categoryCode} at {@code place} (a grid or village name), in a family drawn at random. */
    public static Complaint write(SplittableRandom random, String categoryCode, String place) {
        Family family = Family.values()[random.nextInt(Family.values().length)];
        return write(random, categoryCode, place, family);
    }

    /** A complaint in the given family. */
    public static Complaint write(SplittableRandom random, String categoryCode, String place, Family family) {
        List<String> cores = ComplaintCores.CORES.get(categoryCode);
        return write(random, categoryCode, place, family, cores == null ? 0 : random.nextInt(cores.size()));
    }

    /** How many distinct problems a category's texts tell (for tests that hold some of them out). */
    public static int problems(String categoryCode) {
        return ComplaintCores.CORES.getOrDefault(categoryCode, List.of()).size();
    }

    /** A complaint in the given family telling the category's {@code problem}-th problem. */
    public static Complaint write(SplittableRandom random, String categoryCode, String place, Family family,
                                  int problem) {
        List<String> cores = ComplaintCores.CORES.get(categoryCode);
        String core = cores == null ? "有问题需要反映" : ComplaintWords.say(cores.get(problem), family, random);
        String where = random.nextInt(3) == 0 ? place : random.nextBoolean() ? place + pick(random, LANDMARKS)
                : pick(random, LANDMARKS);
        String when = pick(random, TIMES);
        String howLong = pick(random, DURATIONS);
        String ask = pick(random, ASKS);
        String text = switch (family) {
            case COLLOQUIAL -> where + "这边" + core + "，" + howLong + "了都没人管，" + ask + "。";
            case FORMAL -> "本人系" + place + "居民，现反映" + where + core + "的问题，该情况已持续" + howLong
                    + "，" + pick(random, QUANTITIES) + "，恳请相关部门予以核实并妥善处理。";
            case ANGRY -> core + "！" + howLong + "了，打了好几次电话都没人管，你们到底管不管？" + where
                    + "的老百姓都有意见！";
            case ELDERLY -> "我是" + (65 + random.nextInt(25)) + "岁的老人，住在" + where + "，" + core
                    + "，我腿脚不方便，儿女又在外地打工，" + ask + "，谢谢你们。";
            case PATROL -> "网格巡查发现：" + where + core + "，" + pick(random, QUANTITIES) + "，已拍照留存，需"
                    + (random.nextBoolean() ? "协调处置" : "上报处理") + "。";
            case HOTLINE -> "来电人反映：" + when + "起，" + where + core + "。来电人诉求：" + ask + "。";
            case TERSE -> core + "，" + where + "，" + (random.nextBoolean() ? "急" : "速处理");
            case STORY -> when + "我路过" + where + "，看到" + core + "，问了旁边的人说已经" + howLong + "了，"
                    + ask + "。";
            case QUESTION -> "请问" + where + core + "，这个归哪个部门管？" + howLong + "了也没人来，能不能"
                    + ask + "？";
            case ON_BEHALF -> "替" + (random.nextBoolean() ? "隔壁邻居" : "我家老人") + "反映一下：" + where + core
                    + "，他们不会用手机，" + ask + "。";
        };
        return new Complaint(text, family);
    }

    private static String pick(SplittableRandom random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}

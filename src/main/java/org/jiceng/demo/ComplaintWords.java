package org.jiceng.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Words people say differently: each phrasing family leans to its own variant of a word (a formal letter says 废弃物,
 * an elderly neighbour says 垃圾; one says 断电, another 没电) and now and then uses another, so a family's texts do not
 * share every word of a problem with the others. Pure data and a deterministic choice.
 */
final class ComplaintWords {

    private ComplaintWords() {
    }

    /** Chance in percent that a family uses its own leaning rather than any variant. */
    static final int LEANING = 70;

    static final Map<String, List<String>> VARIANTS = new TreeMap<>(Map.ofEntries(
            Map.entry("路灯", List.of("路灯", "街灯", "照明灯", "路边的灯")),
            Map.entry("停水", List.of("停水", "没水", "断水")),
            Map.entry("停电", List.of("停电", "没电", "断电")),
            Map.entry("噪音", List.of("噪音", "噪声", "响声", "动静")),
            Map.entry("坏了", List.of("坏了", "坏掉了", "出故障了", "不好使了")),
            Map.entry("堵塞", List.of("堵塞", "堵住", "堵死")),
            Map.entry("漏水", List.of("漏水", "渗水", "滴水")),
            Map.entry("车辆", List.of("车辆", "车子", "汽车")),
            Map.entry("邻居", List.of("邻居", "隔壁", "邻里")),
            Map.entry("工资", List.of("工资", "工钱", "薪水")),
            Map.entry("拖欠", List.of("拖欠", "欠着", "压着")),
            Map.entry("老人", List.of("老人", "老年人", "老人家")),
            Map.entry("孩子", List.of("孩子", "娃娃", "小孩")),
            Map.entry("补贴", List.of("补贴", "补助", "补助金")),
            Map.entry("不清楚", List.of("不清楚", "搞不懂", "不明白")),
            Map.entry("污水", List.of("污水", "脏水", "臭水")),
            Map.entry("物业", List.of("物业", "物业公司", "物管")),
            Map.entry("小区", List.of("小区", "院子", "住宅区")),
            Map.entry("路面", List.of("路面", "马路", "路上")),
            Map.entry("积水", List.of("积水", "淹水", "水漫")),
            Map.entry("垃圾", List.of("垃圾", "废弃物", "脏东西")),
            Map.entry("养老金", List.of("养老金", "退休金", "养老钱")),
            Map.entry("很大", List.of("很大", "特别大", "大得很")),
            Map.entry("晚上", List.of("晚上", "夜里", "夜间")),
            Map.entry("经常", List.of("经常", "老是", "隔三差五")),
            Map.entry("一直", List.of("一直", "始终", "老是")),
            Map.entry("没人", List.of("没人", "没有人", "无人"))));

    /** The text with each known word said as the family tends to say it. */
    static String say(String text, ComplaintTexts.Family family, SplittableRandom random) {
        String said = text;
        for (Map.Entry<String, List<String>> word : VARIANTS.entrySet()) {
            if (!said.contains(word.getKey())) {
                continue;
            }
            List<String> variants = word.getValue();
            int leaning = Math.floorMod(family.ordinal() * 7 + word.getKey().hashCode(), variants.size());
            String variant = random.nextInt(100) < LEANING ? variants.get(leaning)
                    : variants.get(random.nextInt(variants.size()));
            said = said.replace(word.getKey(), variant);
        }
        return said;
    }
}

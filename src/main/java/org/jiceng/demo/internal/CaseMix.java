package org.jiceng.demo.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.cases.CaseChannel;

/**
 * What a county's cases are about and how they come in, as weights: the shares a town's 12345 and grid reports
 * show (environment, roads and utilities first; neighbours and policy questions after), the rainy season's drains,
 * roads and fallen trees, and the Spring Festival's wage arrears, rubbish and fireworks. Pure data.
 */
final class CaseMix {

    private CaseMix() {
    }

    /** Leaf category → relative weight over an ordinary day. */
    static final Map<String, Integer> CATEGORY = weights(
            "0101", 60, "0102", 45, "0103", 50, "0104", 12, "0105", 40,
            "0201", 40, "0202", 15, "0203", 45, "0204", 10,
            "0301", 40, "0302", 35, "0303", 20, "0304", 6, "0305", 30,
            "0401", 8, "0402", 10,
            "0501", 45, "0502", 12, "0503", 8, "0504", 30,
            "0601", 8, "0602", 10,
            "0701", 12, "0702", 12, "0703", 15, "0704", 6,
            "0801", 12, "0802", 8,
            "0901", 12, "0902", 6,
            "1001", 15, "1002", 8,
            "1101", 35, "1102", 12, "1103", 12,
            "1201", 20, "1202", 10, "1203", 12,
            "1301", 15, "1302", 20, "1303", 10,
            "1401", 8, "1402", 8, "1403", 15,
            "1501", 35, "1502", 25);

    /** Extra weight in the rainy season (June to September), in percent of the ordinary weight. */
    static final Map<String, Integer> RAINY = weights("0305", 350, "0201", 180, "0401", 250, "1301", 160, "1201", 150);

    /** Extra weight around the Spring Festival, in percent. */
    static final Map<String, Integer> SPRING_FESTIVAL = weights("1001", 450, "0103", 170, "0105", 170, "1202", 220,
            "0203", 150, "1102", 150);

    /** Channel → share in percent (residents' own reports first, then patrol and the hotline). */
    static final Map<CaseChannel, Integer> CHANNEL = Map.of(CaseChannel.RESIDENT, 35, CaseChannel.PATROL, 25,
            CaseChannel.HOTLINE, 25, CaseChannel.VISIT, 10, CaseChannel.MEETING, 5);

    /** The county department a category is whistled to when the town cannot do it alone. */
    static String department(String category) {
        return switch (category) {
            case "0301", "0304" -> "县住房和城乡建设局";
            case "0302", "0305", "1301" -> "县水务局";
            case "0303" -> "县供电局";
            case "0702" -> "县医疗保障局";
            case "0703", "0704" -> "县民政局";
            case "1203" -> "县公安局";
            default -> switch (category.substring(0, 2)) {
                case "01" -> "县综合行政执法局";
                case "02" -> "县交通运输局";
                case "04" -> "县林业和草原局";
                case "05", "06" -> "县住房和城乡建设局";
                case "07", "10" -> "县人力资源和社会保障局";
                case "08" -> "县卫生健康局";
                case "09" -> "县教育体育局";
                case "11" -> "县司法局";
                case "12" -> "县应急管理局";
                case "13" -> "县农业农村局";
                case "14" -> "县生态环境分局";
                default -> "县信访局";
            };
        };
    }

    private static Map<String, Integer> weights(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}

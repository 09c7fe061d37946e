package org.jiceng.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
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

    /** What people write, by the category's group; the generator adds the place. */
    static final Map<String, List<String>> SAYINGS = Map.ofEntries(
            Map.entry("01", List.of("路边堆放杂物和建筑垃圾多日无人清理", "商铺占道摆摊影响行人通行", "垃圾桶满溢，气味很大",
                    "夜间施工噪音扰民，影响休息")),
            Map.entry("02", List.of("路面出现坑洼，雨天积水，电动车容易摔倒", "路口信号灯不亮", "车辆乱停乱放堵住消防通道",
                    "公交班次太少，早上等车很久")),
            Map.entry("03", List.of("路灯坏了好几天，晚上出行不安全", "家里停水，没有提前通知", "小区经常停电",
                    "下水道堵塞，污水外溢", "雨后排水沟排水不畅，路面积水")),
            Map.entry("04", List.of("大风后树木倒伏压住道路", "绿化带被人毁坏种菜")),
            Map.entry("05", List.of("物业不作为，楼道卫生没人管", "电梯经常停运，老人上下楼困难", "维修资金使用不公开",
                    "小区车位紧张，外来车辆乱停")),
            Map.entry("06", List.of("咨询保障性住房申请条件和进度", "老房子墙体开裂，申请危房改造")),
            Map.entry("07", List.of("养老保险缴费年限有疑问", "医保报销比例不清楚", "家庭困难申请低保，想了解办理流程",
                    "残疾人补贴没有按时发放")),
            Map.entry("08", List.of("卫生院看病排队时间太长", "小区有人饲养家禽，卫生差")),
            Map.entry("09", List.of("孩子入学报名材料不清楚", "学校门口上下学时段车辆拥堵，存在安全隐患")),
            Map.entry("10", List.of("在工地干活被拖欠工资，老板联系不上", "想找工作，希望提供就业培训信息")),
            Map.entry("11", List.of("邻居装修占用公共楼道，多次沟通无果", "家庭内部矛盾，需要调解", "与邻村因地界发生争执")),
            Map.entry("12", List.of("老旧电线私拉乱接，存在安全隐患", "楼道堆放杂物堵塞消防通道", "夜间有人聚集喧哗，治安不好")),
            Map.entry("13", List.of("灌溉沟渠淤塞，田里放不进水", "村里垃圾收运不及时", "惠农补贴没有到账")),
            Map.entry("14", List.of("河沟里有污水排放", "附近有人焚烧垃圾，烟味大", "工厂机器噪音大")),
            Map.entry("15", List.of("咨询政策办理条件", "想了解办事需要带哪些材料")));

    private static Map<String, Integer> weights(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}

package org.jiceng.demo.internal;

import java.util.List;

/**
 * The small, fixed set of matters the year's 六步议事 topics are about, written for the demo: a title, what the
 * proposer says, what the meeting resolves, how it is carried out and how residents judge it, and the category of
 * the case a resolution opens when one is needed. A topic takes one by index, so the same plan gives the same words.
 */
final class TopicPhrases {

    record Matter(String title, String description, String resolution, String execution, String review,
                  String caseCategory) {
    }

    static final List<Matter> MATTERS = List.of(
            new Matter("小区路灯加装", "巷道到菜市场一段夜间没有照明，老人晚上出门看不清台阶，希望加装路灯。",
                    "由社区报请加装路灯，网格员跟踪进度，一个月内完成。", "已报请供电部门，路灯安装完成。",
                    "居民代表评议：满意，夜间出行方便了。", "0301"),
            new Matter("楼道杂物集中清理", "几栋楼的楼道堆放纸箱和旧家具，有消防隐患，建议组织清理并约定不再堆放。",
                    "周末组织党员志愿者和楼长集中清理楼道，清理后纳入楼长日常巡查。", "志愿者分三次清理楼道杂物。",
                    "居民代表评议：满意，楼道通畅了。", "1202"),
            new Matter("雨季巷道积水", "巷子地势低，每次下雨积水排不出去，请社区和相关部门一起想办法。",
                    "报请疏通排水沟并加装雨水篦子，雨季前完成。", "排水沟已疏通，新装雨水篦子两处。",
                    "居民代表评议：基本满意，大雨时仍有少量积水。", "0305"),
            new Matter("修订居民公约：文明养犬", "犬只扰民和随地便溺的反映较多，建议把文明养犬写进居民公约。",
                    "居民公约增加文明养犬条款：出门牵绳、及时清理粪便、不在楼道内饲养。", "公约修订稿张贴到各楼栋。",
                    "居民代表评议：满意，相关反映明显减少。", null),
            new Matter("电动车集中充电点", "有人把电动车推进楼道充电，拉线很乱，希望在小区里建集中充电棚。",
                    "在小区空地建设集中充电棚一处，禁止楼道充电，由物业负责日常管理。", "充电棚建成投用，设充电口二十个。",
                    "居民代表评议：满意。", "1202"),
            new Matter("老旧小区停车划线", "小区车位没有划线，车辆乱停堵住消防通道。",
                    "由业主代表和物业共同制定停车方案，施划车位并标出消防通道。", "车位施划完成，消防通道已标识。",
                    "居民代表评议：基本满意，外来车辆仍需管理。", "0504"),
            new Matter("社区食堂开设老年助餐", "独居老人做饭不方便，希望社区食堂开设老年助餐。",
                    "社区食堂每天中午提供老年助餐，八十岁以上老人优惠。", "老年助餐已开餐，每天约四十人就餐。",
                    "居民代表评议：满意，希望增加晚餐。", null),
            new Matter("广场舞音量与时间", "晚上广场舞音响声音太大，影响周边住户休息。",
                    "广场舞晚上九点前结束，音量由楼长和领队共同把关。", "与各舞队签订文明健身约定。",
                    "居民代表评议：满意。", null),
            new Matter("垃圾分类投放点调整", "垃圾投放点离住户太近，夏天气味大，建议挪到小区出口。",
                    "投放点移至小区出口处，增加清运次数。", "投放点已迁移，清运改为每日两次。",
                    "居民代表评议：满意。", "0103"),
            new Matter("小区健身器材维修", "小区健身器材多处损坏，存在安全隐患。",
                    "报请维修损坏器材，暂停使用并设置警示。", "器材已维修更换三件。",
                    "居民代表评议：满意。", "1201"),
            new Matter("背街小巷路面修补", "背街小巷路面坑洼，雨天积水，老人容易摔倒。",
                    "报请修补破损路面，施工期间做好通行引导。", "路面修补完成约一百二十平方米。",
                    "居民代表评议：基本满意。", "0201"),
            new Matter("外墙瓷砖脱落排查", "几栋老楼外墙瓷砖有脱落，楼下行人有危险。",
                    "划定警戒区，动用维修资金前先组织业主表决。", "已设置警戒区并完成排查。",
                    "居民代表评议：基本满意，维修仍需推进。", "1201"),
            new Matter("楼栋长轮值安排", "楼栋长人手不够，建议党员和热心居民轮值。",
                    "楼栋长实行轮值，每栋两名，名单张贴公示。", "轮值名单已公示。",
                    "居民代表评议：满意。", null),
            new Matter("增设爱心座椅", "社区服务中心门口没有座椅，老人办事排队站得累。",
                    "在服务中心门口增设爱心座椅六个。", "座椅已安装。", "居民代表评议：满意。", null));

    /** Why a topic is not taken up, in turn. */
    static final List<String> DECLINES = List.of(
            "该事项属于个人之间的民事纠纷，不属于社区公共事务，已引导通过人民调解解决。",
            "该诉求与居民公约相冲突，不予立项，已向提议人解释。",
            "该事项已由相关部门立项办理，不再重复议事，进展将在公示栏公布。");

    /** What residents say in support. */
    static final List<String> COMMENTS = List.of("同意，这件事大家都盼着。", "支持，希望尽快办。", "建议先听听楼长的意见。",
            "同意，我们楼也有这个问题。");

    /** Who comes to a meeting, by capacity; names are drawn from {@link #NAMES}. */
    static final List<String> CAPACITIES = List.of("社区两委", "社区党员", "居民代表", "网格员", "楼长", "驻区单位", "物业代表");
    static final List<String> NAMES = List.of("李国华", "王秀英", "赵建新", "刘明", "陈立", "杨春梅", "张德顺", "周玉兰",
            "吴志强", "徐海燕", "孙永福", "马桂芳", "朱文斌", "胡红梅", "郭光荣", "何春燕");

    /** A handful of owners' votes on an estate: title and whether it is a major matter (art. 278 (2)). */
    record BallotMatter(String title, boolean major, int yesPercent) {
    }

    static final List<BallotMatter> BALLOTS = List.of(
            new BallotMatter("关于更换小区门禁系统的表决", false, 78),
            new BallotMatter("关于使用专项维修资金维修屋面防水的表决", true, 88),
            new BallotMatter("关于调整小区停车管理办法的表决", false, 55),
            new BallotMatter("关于选聘新物业服务企业的表决", true, 40));

    private TopicPhrases() {
    }
}

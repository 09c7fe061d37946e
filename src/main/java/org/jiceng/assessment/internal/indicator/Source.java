package org.jiceng.assessment.internal.indicator;

/**
 * Where an indicator's value comes from: one of Jiceng's own figures (read through the owning module's public
 * API or, for volunteer hours, this module's tally of their events) or a value entered with evidence. The
 * formula is what the scorecard prints beside the score.
 */
public enum Source {
    RESPONSE_RATE("响应率", "%", "响应率 = 期内已响应诉求数 ÷ 期内受理诉求数 × 100（各月相加后相除）"),
    RESOLUTION_RATE("解决率", "%", "解决率 = 期内评价为已解决数 ÷ 期内评价数 × 100"),
    SATISFACTION_RATE("满意率", "%", "满意率 = (满意数 + 基本满意数 × 折算系数) ÷ 期内评价数 × 100"),
    GRID_LEVEL_SHARE("小事不出网格占比", "%", "小事不出网格占比 = 期内在网格一级办结的诉求数 ÷ 期内办结诉求数 × 100"),
    VISIT_COVERAGE("走访覆盖率", "%", "走访覆盖率 = 各月走访到的户数之和 ÷ 各月在册户数之和 × 100"),
    CARE_PLANS_ON_TIME("一人一策按期率", "%", "一人一策按期率 = 未逾期的在办关爱计划数 ÷ 在办关爱计划数 × 100（按计算当日）"),
    DISPUTES_NOT_ESCALATED("矛盾不上交率", "%", "矛盾不上交率 = 期内在乡镇(街道)及以下调解达成协议的纠纷数 ÷ 期内调解终结的纠纷数 × 100"),
    STATEMENTS_ON_TIME("账目按时公示率", "%", "账目按时公示率 = 期内各月于次月 10 日前公示的账本月报数 ÷ 各月应公示的账本数 × 100"),
    VOLUNTEER_HOURS("志愿服务时长", "小时", "志愿服务时长 = 期内经确认的志愿服务分钟数之和 ÷ 60"),
    AGENCY_ON_TIME("代办按时办结率", "%", "代办按时办结率 = 期内代办事项在法定时限内办结数 ÷ 期内代办事项办结数 × 100"),
    BOOKING_ATTENDANCE("服务中心预约到场率", "%", "服务中心预约到场率 = 期内到场的预约数 ÷ (到场数 + 爽约数) × 100（提前取消的不计）"),
    ENTERED("填报指标", "", "填报值：由被考核单位填报并附佐证材料，经乡镇或县审核通过后计分（取与考核期重叠的最近一次审核通过值）");

    private final String label;
    private final String unit;
    private final String formula;

    Source(String label, String unit, String formula) {
        this.label = label;
        this.unit = unit;
        this.formula = formula;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public String formula() {
        return formula;
    }

    public boolean entered() {
        return this == ENTERED;
    }
}

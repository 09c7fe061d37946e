package org.jiceng.assessment.internal.scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's scorecard for a period: every indicator of its level with value, target, weight, points and the
 * formula and workings beside them, and the weighted total. Figures are given rounded (two decimals, half up) and
 * exact ("n/d"). {@code frozen}: the county closed this quarter and these are the figures as they were then.
 */
public record ScorecardView(String subject, String name, String level, String territory, String period,
                            String periodLabel, boolean frozen, String computedAt, List<Line> lines,
                            BigDecimal total, String totalExact, List<String> rules) {

    /** One indicator's line; {@code value}/{@code score} null when the period had nothing to measure. */
    public record Line(long indicatorId, String name, String source, String sourceLabel, String formula, String unit,
                       String direction, BigDecimal target, int weight, BigDecimal value, String valueExact,
                       BigDecimal score, String scoreExact, String workings, String rule, String drillHref) {
    }

    public ScorecardView {
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
    }

    /** The same card as kept when its quarter closed. */
    public ScorecardView kept() {
        return new ScorecardView(subject, name, level, territory, period, periodLabel, true, computedAt, lines, total,
                totalExact, rules);
    }

    public String href() {
        return "/assessment/scores/scorecards/" + subject + "?period=" + period;
    }
}

package org.jiceng.assessment.internal.indicator;

import java.math.BigDecimal;

/**
 * An indicator as the county defined it: {@code level} TOWN, VILLAGE or PARTY_ORG; {@code period} MONTH, QUARTER
 * or YEAR (how often an entered value is reported); {@code direction} HIGHER or LOWER (which way is better);
 * {@code target} in the indicator's unit; {@code weight} the points it carries.
 */
public record IndicatorView(long id, String county, String name, Source source, String sourceLabel, String formula,
                            String level, String period, String direction, BigDecimal target, int weight, String unit,
                            String note, boolean active, int version) {

    public boolean higherIsBetter() {
        return direction.equals("HIGHER");
    }

    public String levelLabel() {
        return Levels.label(level);
    }

    public String periodLabel() {
        return switch (period) {
            case "MONTH" -> "月度";
            case "QUARTER" -> "季度";
            default -> "年度";
        };
    }

    public String directionLabel() {
        return higherIsBetter() ? "越高越好" : "越低越好";
    }
}

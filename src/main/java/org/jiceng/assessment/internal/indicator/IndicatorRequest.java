package org.jiceng.assessment.internal.indicator;

/** An indicator as the county's form or API sends it; every field is checked by {@link Indicators}. */
public record IndicatorRequest(String name, String source, String level, String period, String direction,
                               String target, Integer weight, String unit, String note, Boolean active,
                               Integer version) {
}

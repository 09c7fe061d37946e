package org.jiceng.assessment.internal.scorecard;

import java.util.List;

/**
 * What one indicator came to for one subject and period: its value (null when there is nothing to measure, e.g. no
 * case was rated), the workings in figures ("响应 45 ÷ 受理 50 × 100"), and the records that make it.
 */
public record Measure(Ratio value, String workings, List<Record> records) {

    /** One record or group of records behind a figure, with where to open it ({@code href} null when nowhere). */
    public record Record(String label, String detail, String href) {
    }

    public static Measure none(String workings, List<Record> records) {
        return new Measure(null, workings, records);
    }
}

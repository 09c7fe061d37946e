package org.jiceng.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One territory's 民情分析 of one month, as kept: figures only, no reporter, name, phone or description.
 * {@code live}: the month is not over and the figures are as of {@code generatedAt} (截至今日); otherwise the
 * report was generated once after the month ended and is read back unchanged. Percentages carry one decimal,
 * rounded half up once from their exact fractions; a change is {@code null} when the earlier count is 0.
 */
public record MonthlyReport(String territory, String territoryName, String month, boolean live, Instant generatedAt,
                            Line total, List<Line> categories, List<Line> channels, List<Count> topProblems,
                            List<Hotspot> hotspots, Repeat repeatReporters, List<Recurring> recurring,
                            Outcomes outcomes, Rates rates, List<LevelShare> levels, Services services) {

    /** Cases this month, the month before and the same month a year ago, with the changes in percent. */
    public record Line(String code, String name, long cases, long previousMonth, long lastYear,
                       BigDecimal monthOnMonth, BigDecimal yearOnYear) {
    }

    public record Count(String code, String name, long cases) {
    }

    /** A place (grid, or village) with its cases and the major category most of them fall in. */
    public record Hotspot(String place, String placeName, long cases, String topCategory, long topCategoryCases) {
    }

    /** {@code reporters} residents filed {@code atLeast} or more of the month's cases, {@code cases} in all. */
    public record Repeat(int atLeast, long reporters, long cases) {
    }

    /** A place and category with cases in each of the last {@code months.size()} months (oldest first). */
    public record Recurring(String place, String placeName, String category, String categoryName,
                            List<String> months, List<Long> cases) {
    }

    /** Of the month's cases: closed, not resolved by their deadline, returned, explained rather than solved, refused. */
    public record Outcomes(long closed, long overdue, long returned, long explained, long rejected) {
    }

    public record Rates(long cases, Rate response, Rate resolution, Rate satisfaction) {
    }

    /** {@code numerator / denominator} exactly; {@code percent} is null when the denominator is 0. */
    public record Rate(String name, BigDecimal numerator, long denominator, BigDecimal percent) {
    }

    /**
     * 为民服务 of the month: items done, their on-time rate, the share taken in by an agent (代办) and their average
     * working days (one decimal, null when none); bookings of the service centres closed and the attendance rate
     * (attended ÷ attended and not come). Null in a report kept before the section existed.
     */
    public record Services(long handled, long ended, Rate onTime, Rate agency, BigDecimal averageWorkingDays,
                           long bookings, long attended, long noShow, long cancelled, Rate attendance) {
    }

    public record LevelShare(String level, String label, String motto, long closed, BigDecimal percent) {
    }
}

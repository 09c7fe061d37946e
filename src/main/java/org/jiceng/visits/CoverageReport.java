package org.jiceng.visits;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 走访覆盖 of a territory (issue 17 item 7): one row per place one level under it (or per cadre who holds its
 * households), and the total. {@code month} is the Beijing month of "visited"; held, care plans and overdue are
 * as of {@code asOf}, today in Beijing.
 */
public record CoverageReport(String territory, String name, String by, String month, String asOf, List<Row> rows,
                             Figures total) {

    /**
     * A place ({@code code} its territory code) or a cadre ({@code code} null, {@code holderKind}/{@code holderId}
     * the holder of the assignments).
     */
    public record Row(String code, String name, String holderKind, Long holderId, Figures figures) {
    }

    /**
     * Counts, and the shares a page shows (percent with one decimal, null when there is nothing to share out).
     * visited: households visited in the month; plansOverdue: active care plans whose next visit was due before today.
     */
    public record Figures(long households, long held, long visited, long plans, long plansOverdue) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

        public Figures plus(Figures other) {
            return new Figures(households + other.households, held + other.held, visited + other.visited,
                    plans + other.plans, plansOverdue + other.plansOverdue);
        }

        @JsonProperty
        public long plansOnTime() {
            return plans - plansOverdue;
        }

        @JsonProperty
        public BigDecimal heldPercent() {
            return percent(held, households);
        }

        @JsonProperty
        public BigDecimal visitedPercent() {
            return percent(visited, households);
        }

        @JsonProperty
        public BigDecimal onTimePercent() {
            return percent(plansOnTime(), plans);
        }

        /** Exact until here: the fraction is rounded once, half up, to one decimal of a percent. */
        static BigDecimal percent(long part, long whole) {
            return whole == 0 ? null
                    : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }
}

package org.jiceng.cases;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Counts of cases for reports (the monthly 民情分析 of {@code org.jiceng.reports}): cases located in a territory
 * (a 6-digit county, 9-digit town or 12-digit village code) and received in {@code [from, to)}, summed in SQL.
 * No case, reporter or description leaves through here, only counts and the codes of places and categories.
 * The caller decides who may read them; these methods take no user.
 */
public interface CaseFigures {

    /**
     * What a report counts of each Beijing month of the window, from one read of its cases: the month's tally, its
     * counts by place, its reporters with at least {@code repeatAtLeast} cases, and over the whole window the place ×
     * leaf category pairs with at least {@code pairAtLeast} cases in a month. One read, because at a large district a
     * month is some 300,000 rows fetched from all over the table, and a report reads three months.
     */
    Months months(String territory, Instant from, Instant to, Instant now, int repeatAtLeast, int pairAtLeast);

    /** The working-day calendar deadlines are counted on (the first working day of a month starts its reports). */
    WorkingCalendar workingCalendar();

    /**
     * The cases received in a month, by category (major and leaf), by channel, and how they went.
     * {@code closed}: closed (merged duplicates included, refused cases not). {@code overdue}: not resolved by the
     * resolve deadline (resolved late, or still open past it; merged duplicates and refused cases left out).
     * {@code returned}: returned by a department at least once. {@code explained}: closed with the reporter rating
     * it "not solved" after the reopens were spent (办不了要解释: answered and explained, not solved).
     * {@code rejected}: not accepted, with the reason told to the reporter.
     */
    record Tally(long cases, long closed, long overdue, long returned, long explained, long rejected,
                 List<CategoryCount> majorCategories, List<CategoryCount> leafCategories,
                 List<ChannelCount> channels) {
    }

    record CategoryCount(String code, String name, long cases) {
    }

    record ChannelCount(CaseChannel channel, long cases) {
    }

    /** A month's figures; {@code places}: by place (the grid, or the village where no grid holds the case) and major category, largest first. */
    record Month(Tally tally, List<PlaceCount> places, RepeatReporters repeatReporters) {

        public static final Month EMPTY = new Month(new Tally(0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of()),
                List.of(), new RepeatReporters(0, 0));
    }

    /** {@code byMonth}: keyed by the Beijing month as yyyy-MM; {@code pairs}: ordered by place, category and month. */
    record Months(Map<String, Month> byMonth, List<MonthlyPairCount> pairs) {

        public Months {
            byMonth = Map.copyOf(byMonth);
            pairs = List.copyOf(pairs);
        }

        /** The month's figures, empty when no case was received in it. */
        public Month of(YearMonth month) {
            return byMonth.getOrDefault(month.toString(), Month.EMPTY);
        }
    }

    record PlaceCount(String place, String majorCategory, String categoryName, long cases) {
    }

    /** How many reporters filed at least the asked number of the month's cases, and how many cases they filed. */
    record RepeatReporters(long reporters, long cases) {
    }

    /** {@code month}: the Beijing month as yyyy-MM. */
    record MonthlyPairCount(String place, String category, String categoryName, String month, long cases) {
    }
}

package org.jiceng.cases;

import java.time.Instant;
import java.util.List;

/**
 * Counts of cases for reports (the monthly 民情分析 of {@code org.jiceng.reports}): cases located in a territory
 * (a 6-digit county, 9-digit town or 12-digit village code) and received in {@code [from, to)}, summed in SQL.
 * No case, reporter or description leaves through here, only counts and the codes of places and categories.
 * The caller decides who may read them; these methods take no user.
 */
public interface CaseFigures {

    /** The cases received in the window, by category (major and leaf), by channel, and how they went. */
    Tally tally(String territory, Instant from, Instant to, Instant now);

    /** Counts by place (the grid, or the village where no grid holds the case) and major category, largest first. */
    List<PlaceCount> byPlace(String territory, Instant from, Instant to);

    /** How many reporters filed at least {@code atLeast} of the window's cases, and how many cases they filed. */
    RepeatReporters repeatReporters(String territory, Instant from, Instant to, int atLeast);

    /**
     * The place × leaf category pairs with at least {@code atLeast} cases in a month, for each Beijing month of the
     * window: the rows from which a report finds the problems that come back month after month.
     */
    List<MonthlyPairCount> pairsByMonth(String territory, Instant from, Instant to, int atLeast);

    /** The working-day calendar deadlines are counted on (the first working day of a month starts its reports). */
    WorkingCalendar workingCalendar();

    /**
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

    record PlaceCount(String place, String majorCategory, String categoryName, long cases) {
    }

    record RepeatReporters(long reporters, long cases) {
    }

    /** {@code month}: the Beijing month as yyyy-MM. */
    record MonthlyPairCount(String place, String category, String categoryName, String month, long cases) {
    }
}

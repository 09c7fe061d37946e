package org.jiceng.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The windows of days a search widens through, newest first. A search ranks the newest {@link SearchSql#RANKED_WINDOW}
 * matches; finding them over all time means reading every match (a common word in a busy town has tens of thousands
 * in a year), while the last few days often hold enough. So a search first asks the index for the last day, then
 * the last 3, 9, 27, 81 and 243 days, and only then for all time: the first window holding enough matches gives the
 * same page all time would. Each window is a tsquery of day and month lexemes ({@link SearchTerms#day},
 * {@link SearchTerms#month}) — of the searched county or town when the search is of one — so the GIN index starts
 * from the window's entries and reads only their part of each word's list; documents are written as they happen, so
 * a window's rows also lie together on disk.
 */
final class TimeWindows {

    /** The widest window before all time, in days: 3 to the 5th. */
    static final int WIDEST_DAYS = 243;

    private TimeWindows() {
    }

    /**
     * The windows ending on {@code last} (included), each three times as long as the one before, then null for all
     * time; a window reaching back to {@code from} (the first date asked, or null) is not asked: all time, bounded by
     * the dates asked, is then as narrow.
     */
    static List<Window> widening(LocalDate last, LocalDate from) {
        List<Window> windows = new ArrayList<>();
        for (int days = 1; days <= WIDEST_DAYS; days *= 3) {
            LocalDate first = last.minusDays(days - 1);
            if (from != null && !first.isAfter(from)) {
                break;
            }
            windows.add(new Window(first, last));
        }
        windows.add(null);
        return windows;
    }

    /** The days from {@code first} to {@code last}, both included. */
    record Window(LocalDate first, LocalDate last) {

        /**
         * The window as a tsquery of the days of {@code place} (a county or town, {@link SearchTerms#isTimed}), or of
         * everywhere when it is empty: a town's own days are the fewest entries the index can start from.
         */
        String tsquery(String place) {
            return between(place, first, last);
        }
    }

    /** The days from {@code first} to {@code last} as a tsquery: a whole month as its one lexeme, other days each. */
    static String between(String place, LocalDate first, LocalDate last) {
        List<String> lexemes = new ArrayList<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
            if (day.getDayOfMonth() == 1 && !monthEnd.isAfter(last)) {
                lexemes.add(SearchTerms.quoted(SearchTerms.month(place, day)));
                day = monthEnd.plusDays(1);
            } else {
                lexemes.add(SearchTerms.quoted(SearchTerms.day(place, day)));
                day = day.plusDays(1);
            }
        }
        return "(" + String.join(" | ", lexemes) + ")";
    }
}

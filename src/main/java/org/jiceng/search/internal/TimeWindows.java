package org.jiceng.search.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The windows of days a search widens through, newest first. A search ranks the newest {@link SearchSql#RANKED_WINDOW}
 * matches; finding them over all time means reading every match (a common word in a busy town has tens of thousands
 * in a year), while the last few days often hold enough. Any window ending today that holds enough matches gives the
 * same page all time would, so the window is only a question of speed: a search first asks the index for the last
 * day, and from the matches found there judges how many days would hold enough ({@link #next}) — twice that, so
 * that one more step mostly suffices — or goes to all time at once when the words are rare. Each window is a tsquery
 * of day and month lexemes ({@link SearchTerms#day}, {@link SearchTerms#month}) — of the searched county or town
 * when the search is of one — so the GIN index starts from the window's entries and reads only their part of each
 * word's list; documents are written as they happen, so a window's rows also lie together on disk.
 */
final class TimeWindows {

    /**
     * The widest window before all time, in days. A window of many months costs the index about what all time
     * does (its months are ORed entries to merge), so beyond this the search asks all time.
     */
    static final int WIDEST_DAYS = 150;
    /** Windows up to this many days are named day by day; longer ones from the first of a month, by months. */
    static final int DAYS_BY_DAY = 9;

    private TimeWindows() {
    }

    /** The days from {@code first} to {@code last}, both included. */
    record Window(LocalDate first, LocalDate last) {

        long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }

        /**
         * The window as a tsquery of the days of {@code place} (a county or town, {@link SearchTerms#isTimed}), or of
         * everywhere when it is empty: a town's own days are the fewest entries the index can start from.
         */
        String tsquery(String place) {
            return between(place, first, last);
        }
    }

    /** The first window: the last day (to {@code last}), or none (all time) when the dates asked begin that day. */
    static Window first(LocalDate last, LocalDate from) {
        return from != null && !last.isAfter(from) ? null : new Window(last, last);
    }

    /**
     * The window to ask after {@code window} held only {@code matched} matches: long enough to hold twice the
     * {@link SearchSql#RANKED_WINDOW} at the rate found, at least three times as long as before; null (all time)
     * when that is longer than {@link #WIDEST_DAYS} or reaches back to {@code from}. Past {@link #DAYS_BY_DAY} days it
     * starts on the first of a month, so that it is a few month lexemes.
     */
    static Window next(Window window, long matched, LocalDate from) {
        return next(window, matched, from, 1.0);
    }

    /**
     * As {@link #next(Window, long, LocalDate)}, when only {@code lastDayPassed} (0 to 1) of the window's last day has
     * passed: a search at nine in the morning has a third of today's records to judge by.
     */
    static Window next(Window window, long matched, LocalDate from, double lastDayPassed) {
        double daysSeen = window.days() - 1 + Math.max(1.0 / 24, Math.min(1.0, lastDayPassed));
        long needed = (long) Math.ceil(daysSeen * 2 * SearchSql.RANKED_WINDOW / Math.max(1, matched));
        long days = Math.max(needed, window.days() * 3);
        if (days > WIDEST_DAYS) {
            return null;
        }
        LocalDate first = window.last().minusDays(days - 1);
        if (days > DAYS_BY_DAY) {
            first = first.withDayOfMonth(1);
        }
        return from != null && !first.isAfter(from) ? null : new Window(first, window.last());
    }

    /**
     * The days from {@code first} to {@code last} as a tsquery: a month from its first day as its one lexeme (its
     * days after {@code last} have not happened yet, or lie past the dates asked, which the statement bounds),
     * other days each.
     */
    static String between(String place, LocalDate first, LocalDate last) {
        List<String> lexemes = new ArrayList<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            if (day.getDayOfMonth() == 1) {
                lexemes.add(SearchTerms.quoted(SearchTerms.month(place, day)));
                day = day.plusMonths(1);
            } else {
                lexemes.add(SearchTerms.quoted(SearchTerms.day(place, day)));
                day = day.plusDays(1);
            }
        }
        return "(" + String.join(" | ", lexemes) + ")";
    }
}

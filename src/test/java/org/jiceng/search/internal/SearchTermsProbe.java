package org.jiceng.search.internal;

import java.util.List;

/** Opens the package-private parts of {@link SearchTerms} to the module's tests. */
public final class SearchTermsProbe {

    private SearchTermsProbe() {
    }

    /** A snippet and the words it marks, read back from its highlights. */
    public record Cut(String text, List<String> marked) {
    }

    /** The query's tsquery, or null when it has no word. */
    public static String tsquery(String query) {
        SearchTerms.Query q = SearchTerms.query(query);
        return q == null ? null : q.tsquery();
    }

    public static List<String> surfaces(String query) {
        return SearchTerms.query(query).surfaces();
    }

    public static String vector(String text, String territoryCode, java.time.Instant at) {
        return SearchTerms.vector(text, territoryCode, at);
    }

    /** The first window as a tsquery of {@code place}'s days (every place's when empty); null for all time. */
    public static String firstWindow(java.time.LocalDate last, java.time.LocalDate from, String place) {
        TimeWindows.Window w = TimeWindows.first(last, from);
        return w == null ? null : w.tsquery(place);
    }

    /** The window after {@code passed} (0 to 1) of the last day held {@code matched} matches, as every place's days. */
    public static String windowAfterPartOfADay(java.time.LocalDate last, long matched, double passed) {
        TimeWindows.Window w = TimeWindows.next(new TimeWindows.Window(last, last), matched, null, passed);
        return w == null ? null : w.tsquery("");
    }

    /** The window after the last day held {@code matched} matches, as a tsquery of every place's days; null for all time. */
    public static String windowAfterOneDay(java.time.LocalDate last, java.time.LocalDate from, long matched) {
        TimeWindows.Window w = TimeWindows.next(new TimeWindows.Window(last, last), matched, from);
        return w == null ? null : w.tsquery("");
    }

    public static String quoted(String lexeme) {
        return SearchTerms.quoted(lexeme);
    }

    public static boolean isLevel(String prefix) {
        return SearchTerms.isLevel(prefix);
    }

    public static Cut snippet(String text, List<String> words, int width) {
        Snippets.Snippet s = Snippets.of(text, words, width);
        return new Cut(s.text(), s.highlights().stream().map(h -> s.text().substring(h.start(), h.end())).toList());
    }
}

package org.jiceng.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The part of a hit's text shown under it, and where the query's words are in it. */
public final class Snippets {

    private Snippets() {
    }

    /** Where a snippet's query words are: offsets into the snippet, in order, not overlapping. */
    public record Highlight(int start, int end) {
    }

    /** A part of the text around the first query word, and where the query words are in it. */
    public record Snippet(String text, List<Highlight> highlights) {
    }

    /** About {@code width} characters of {@code text} around the first of {@code words} found; its start if none. */
    static Snippet of(String text, List<String> words, int width) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String w : words) {
            int at = lower.indexOf(w);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int from = Math.max(0, first < 0 ? 0 : first - width / 4);
        int to = Math.min(text.length(), from + width);
        from = Math.max(0, Math.min(from, to - width));
        // never cut a surrogate pair in two
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String prefix = from > 0 ? "…" : "";
        String shown = prefix + text.substring(from, to) + (to < text.length() ? "…" : "");
        return new Snippet(shown, highlights(shown, words));
    }

    static List<Highlight> highlights(String shown, List<String> words) {
        String lower = shown.toLowerCase(Locale.ROOT);
        if (lower.length() != shown.length()) {
            return List.of();   // a letter whose lower case is longer: offsets would not match, so none are given
        }
        boolean[] marked = new boolean[shown.length()];
        for (String w : words) {
            for (int at = lower.indexOf(w); at >= 0 && !w.isEmpty(); at = lower.indexOf(w, at + w.length())) {
                for (int i = at; i < at + w.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        List<Highlight> result = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                int start = i;
                while (i < marked.length && marked[i]) {
                    i++;
                }
                result.add(new Highlight(start, i));
            }
        }
        return result;
    }
}

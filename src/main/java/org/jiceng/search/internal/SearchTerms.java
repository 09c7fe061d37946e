package org.jiceng.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jiceng.Redaction;
import org.jiceng.search.ChineseText;

/**
 * How text becomes the index's words and a query becomes a tsquery, written as PostgreSQL literals so that neither
 * side goes through PostgreSQL's own parser: a document and a query are cut by the same Java analyser and compared
 * lexeme for lexeme. A record's place is added as one lexeme per territory level ({@link #PLACE}), which no word
 * can be, so a territory prefix is a GIN lookup like a word.
 */
public final class SearchTerms {

    /** Marks a territory lexeme; the analyser drops it as punctuation, so no word begins with it. */
    static final String PLACE = "§";
    /** The code lengths of the levels a territory prefix can name: province … grid. */
    static final int[] LEVELS = {2, 4, 6, 9, 12, 15};
    /** The most words a query may have; more say nothing the first ones do not. */
    static final int MAX_QUERY_WORDS = 8;
    /** PostgreSQL's largest tsvector position. */
    private static final int MAX_POSITION = 16383;
    private static final Pattern MASKS = Pattern.compile(Pattern.quote(Redaction.MASK));

    private SearchTerms() {
    }

    /**
     * A query as the index reads it: {@code tsquery} needs every part; {@code surfaces} are the parts as written,
     * for marking them in a snippet.
     */
    public record Query(String tsquery, List<String> surfaces) {
    }

    /**
     * The query's parts, at most {@value #MAX_QUERY_WORDS}, or null when it has no word. The analyser cuts a short
     * query worse than a sentence (路灯 alone comes out as 路 and 灯), so each Chinese word may also be found as its
     * characters one after another, and a run of single characters is asked as that phrase.
     */
    public static Query query(String text) {
        List<ChineseText.Token> tokens = ChineseText.tokens(text);
        Set<String> surfaces = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        int i = 0;
        while (i < tokens.size() && parts.size() < MAX_QUERY_WORDS) {
            ChineseText.Token t = tokens.get(i);
            if (isHan(t.word()) && t.word().codePointCount(0, t.word().length()) == 1) {
                List<String> run = new ArrayList<>(List.of(t.word()));
                int end = t.start() + t.word().length();
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).start() == end && isHan(tokens.get(j).word())
                        && tokens.get(j).word().codePointCount(0, tokens.get(j).word().length()) == 1) {
                    run.add(tokens.get(j).word());
                    end += tokens.get(j).word().length();
                    j++;
                }
                if (surfaces.add(String.join("", run))) {
                    parts.add(phrase(run));
                }
                i = j;
            } else {
                if (surfaces.add(t.word())) {
                    parts.add(isHan(t.word()) ? "(" + quoted(t.word()) + " | " + phrase(characters(t.word())) + ")"
                            : quoted(t.word()));
                }
                i++;
            }
        }
        return parts.isEmpty() ? null : new Query(String.join(" & ", parts), List.copyOf(surfaces));
    }

    /**
     * A tsvector literal of the text's words and the place's lexemes at every level. A word's position is its
     * character offset (plus one), and a Chinese word of several characters is also indexed as each character at
     * its own offset, so a query cut into single characters finds it as a phrase.
     */
    static String vector(String redactedText, String territoryCode) {
        String text = MASKS.matcher(redactedText).replaceAll(" ");
        StringBuilder v = new StringBuilder();
        for (ChineseText.Token t : ChineseText.tokens(text)) {
            int position = t.start() + 1;
            if (position > MAX_POSITION) {
                break;
            }
            v.append(quoted(t.word())).append(':').append(position).append(' ');
            if (isHan(t.word()) && t.word().length() > 1) {
                int offset = 0;
                for (String c : characters(t.word())) {
                    if (position + offset <= MAX_POSITION) {
                        v.append(quoted(c)).append(':').append(position + offset).append(' ');
                    }
                    offset += c.length();
                }
            }
        }
        for (String place : places(territoryCode)) {
            v.append(quoted(place)).append(' ');
        }
        return v.toString().strip();
    }

    private static String phrase(List<String> characters) {
        return characters.size() == 1 ? quoted(characters.getFirst())
                : "(" + String.join(" <-> ", characters.stream().map(SearchTerms::quoted).toList()) + ")";
    }

    private static List<String> characters(String word) {
        return word.codePoints().mapToObj(Character::toString).toList();
    }

    private static boolean isHan(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The lexemes of a place: one per level its code reaches. */
    static List<String> places(String territoryCode) {
        List<String> places = new ArrayList<>();
        for (int level : LEVELS) {
            if (territoryCode.length() >= level) {
                places.add(PLACE + territoryCode.substring(0, level));
            }
        }
        return places;
    }

    /** Whether a prefix names a level, so that its lexeme exists. */
    static boolean isLevel(String prefix) {
        for (int level : LEVELS) {
            if (prefix.length() == level) {
                return true;
            }
        }
        return false;
    }

    /** A tsquery literal for any of these places (each a level's prefix). */
    static String anyPlace(List<String> prefixes) {
        return "(" + String.join(" | ", prefixes.stream().map(p -> quoted(PLACE + p)).toList()) + ")";
    }

    /** A lexeme quoted for a tsvector or tsquery literal: quotes and backslashes doubled. */
    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Where a snippet's query words are: offsets into the snippet, in order, not overlapping. */
    public record Highlight(int start, int end) {
    }

    /** A part of the text around the first query word, and where the query words are in it. */
    public record Snippet(String text, List<Highlight> highlights) {
    }

    /** About {@code width} characters of {@code text} around the first of {@code words} found; its start if none. */
    static Snippet snippet(String text, List<String> words, int width) {
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

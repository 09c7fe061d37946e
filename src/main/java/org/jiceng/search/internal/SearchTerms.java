package org.jiceng.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jiceng.Beijing;
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
    /**
     * Marks a day's lexeme (Beijing), {@code §d20261203}, and a county's or town's day, {@code §530326001d20261203}:
     * a search of recent days is a GIN lookup too, and a town's own days are the fewest entries the index can start
     * from when a town official searches.
     */
    static final String DAY = "d";
    /** Marks a month's lexeme, {@code §m202612} or {@code §530326001m202612}: all the month's days in one entry. */
    static final String MONTH = "m";
    /** The levels whose places carry days and months of their own: county and town, where staff search most. */
    static final int[] TIMED_LEVELS = {6, 9};
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
     * for marking them in a snippet; {@code lexemes} are the lexemes the tsquery ANDs, each once.
     */
    public record Query(String tsquery, List<String> surfaces, List<String> lexemes) {

        /**
         * The query without {@code common} lexemes, as a tsquery, and the common ones it holds as a second: all its
         * lexemes are ANDed, so the two together ask what the whole does. Empty strings for a side with none.
         */
        Split split(Set<String> common) {
            List<String> rare = lexemes.stream().filter(l -> !common.contains(l)).toList();
            List<String> often = lexemes.stream().filter(common::contains).toList();
            return new Split(and(rare), and(often));
        }

        private static String and(List<String> lexemes) {
            return String.join(" & ", lexemes.stream().map(SearchTerms::quoted).toList());
        }
    }

    /** A query in two: {@code indexed} for the GIN index to narrow by, {@code checked} for each row it finds. */
    record Split(String indexed, String checked) {
    }

    /**
     * The query's parts, at most {@value #MAX_QUERY_WORDS}, or null when it has no word. The analyser cuts a short
     * query worse than a sentence (路灯 alone comes out as 路 and 灯), so a run of single Chinese characters is asked as
     * one part, and every Chinese part by its pairs of neighbouring characters ({@link #han}): the index holds every
     * such pair of a document, so the part is found however the analyser cut the document or the query, and the
     * tsquery needs no phrase operator — which GIN cannot answer alone and would have to check against every row
     * holding both characters anywhere.
     */
    public static Query query(String text) {
        List<ChineseText.Token> tokens = ChineseText.tokens(text);
        Set<String> surfaces = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        Set<String> lexemes = new LinkedHashSet<>();
        int i = 0;
        while (i < tokens.size() && parts.size() < MAX_QUERY_WORDS) {
            ChineseText.Token t = tokens.get(i);
            if (isHan(t.word()) && t.word().codePointCount(0, t.word().length()) == 1) {
                StringBuilder run = new StringBuilder(t.word());
                int end = t.start() + t.word().length();
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).start() == end && isHan(tokens.get(j).word())
                        && tokens.get(j).word().codePointCount(0, tokens.get(j).word().length()) == 1) {
                    run.append(tokens.get(j).word());
                    end += tokens.get(j).word().length();
                    j++;
                }
                if (surfaces.add(run.toString())) {
                    parts.add(han(run.toString()));
                    lexemes.addAll(hanParts(run.toString()));
                }
                i = j;
            } else {
                if (surfaces.add(t.word())) {
                    parts.add(isHan(t.word()) ? han(t.word()) : quoted(t.word()));
                    lexemes.addAll(isHan(t.word()) ? hanParts(t.word()) : List.of(t.word()));
                }
                i++;
            }
        }
        return parts.isEmpty() ? null
                : new Query(String.join(" & ", parts), List.copyOf(surfaces), List.copyOf(lexemes));
    }

    /**
     * A Chinese part as the index holds it: one character as itself, two as their pair, more as all their pairs
     * (which matches the part itself and, rarely, a text holding each of its pairs apart).
     */
    private static String han(String part) {
        List<String> lexemes = hanParts(part);
        return lexemes.size() == 1 ? quoted(lexemes.getFirst())
                : "(" + String.join(" & ", lexemes.stream().map(SearchTerms::quoted).toList()) + ")";
    }

    /** The lexemes of a Chinese part: itself when one or two characters, else its pairs. */
    private static List<String> hanParts(String part) {
        List<String> characters = characters(part);
        if (characters.size() <= 2) {
            return List.of(part);
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int k = 0; k + 1 < characters.size(); k++) {
            pairs.add(characters.get(k) + characters.get(k + 1));
        }
        return List.copyOf(pairs);
    }

    /**
     * A tsvector literal of the text's words, the place's lexemes at every level and the lexemes of the day and
     * month it happened, everywhere and in its county and town ({@link #times}). A word's position is its character
     * offset (plus one); every Chinese character and every pair of neighbouring Chinese characters is also indexed at its offset
     * ({@link #hanLexemes}), so a query's Chinese part is found by its pairs whatever the analyser made of it.
     */
    static String vector(String redactedText, String territoryCode, Instant at) {
        String text = MASKS.matcher(redactedText).replaceAll(" ");
        StringBuilder v = new StringBuilder();
        for (ChineseText.Token t : ChineseText.tokens(text)) {
            int position = t.start() + 1;
            if (position > MAX_POSITION) {
                break;
            }
            // Chinese words of one or two characters are among the characters and pairs added below
            if (!isHan(t.word()) || t.word().codePointCount(0, t.word().length()) > 2) {
                v.append(quoted(t.word())).append(':').append(position).append(' ');
            }
        }
        hanLexemes(text, v);
        for (String place : places(territoryCode)) {
            v.append(quoted(place)).append(' ');
        }
        for (String time : times(territoryCode, at)) {
            v.append(quoted(time)).append(' ');
        }
        return v.toString().strip();
    }

    /** Appends every Chinese character of the text and every pair of neighbouring ones, at their offsets (plus one). */
    static void hanLexemes(String text, StringBuilder v) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (i + 1 > MAX_POSITION) {
                return;
            }
            if (isHan(c)) {
                String character = Character.toString(c);
                v.append('\'').append(character).append("':").append(i + 1).append(' ');
                if (i + width < text.length()) {
                    int next = text.codePointAt(i + width);
                    if (isHan(next)) {
                        v.append('\'').append(character).appendCodePoint(next).append("':").append(i + 1).append(' ');
                    }
                }
            }
            i += width;
        }
    }

    /** The lexemes of when a record happened (Beijing): its day and month, and those of its county and town. */
    static List<String> times(String territoryCode, Instant at) {
        LocalDate date = LocalDate.ofInstant(at, Beijing.ZONE);
        List<String> times = new ArrayList<>(List.of(day("", date), month("", date)));
        for (int level : TIMED_LEVELS) {
            if (territoryCode.length() >= level) {
                times.add(day(territoryCode.substring(0, level), date));
                times.add(month(territoryCode.substring(0, level), date));
            }
        }
        return times;
    }

    /** Whether a place has days and months of its own ({@link #TIMED_LEVELS}). */
    static boolean isTimed(String place) {
        return java.util.Arrays.stream(TIMED_LEVELS).anyMatch(level -> place.length() == level);
    }

    /** The lexeme of a day (Beijing), of a place ({@code §530326001d20261203}) or of everywhere ({@code §d20261203}). */
    static String day(String place, LocalDate date) {
        return PLACE + place + DAY + date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The lexeme of a month, of a place ({@code §530326001m202612}) or of everywhere ({@code §m202612}). */
    static String month(String place, LocalDate date) {
        return PLACE + place + MONTH + date.format(DateTimeFormatter.BASIC_ISO_DATE).substring(0, 6);
    }

    private static List<String> characters(String word) {
        return word.codePoints().mapToObj(Character::toString).toList();
    }

    private static boolean isHan(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(SearchTerms::isHan);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
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
        return java.util.Arrays.stream(LEVELS).anyMatch(level -> prefix.length() == level);
    }

    /** A tsquery literal for any of these places (each a level's prefix). */
    static String anyPlace(List<String> prefixes) {
        return "(" + String.join(" | ", prefixes.stream().map(p -> quoted(PLACE + p)).toList()) + ")";
    }

    /** A lexeme quoted for a tsvector or tsquery literal: quotes and backslashes doubled. */
    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}

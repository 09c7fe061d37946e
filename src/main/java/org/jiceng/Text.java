package org.jiceng;

/**
 * What a text field may hold, counted as PostgreSQL counts: {@code length()} in SQL is the number of code
 * points, so "𠮷" is one character there and two UTF-16 units in Java. Every length limit uses
 * {@link #length}; NUL (which PostgreSQL cannot store) and the other invisible control characters are refused.
 */
public final class Text {

    /** The cap on any text field that declares no limit of its own ({@link MaxChars}). */
    public static final int DEFAULT_MAX = 10_000;

    private Text() {
    }

    /** The length as PostgreSQL's {@code length()} counts it. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    /**
     * The first code point a text field may not hold, or -1: C0 controls other than tab, line feed and
     * carriage return, DEL, the non-characters U+FFFE and U+FFFF, and a surrogate without its pair.
     */
    public static int forbiddenCharacter(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Why {@code value} may not be the field {@code field}, or null when it may. */
    public static String problem(String field, String value, int max) {
        int bad = forbiddenCharacter(value);
        if (bad >= 0) {
            return "字段 " + field + " 含有不允许的控制字符（U+" + String.format("%04X", bad) + "），请删除后重试";
        }
        int length = length(value);
        if (length > max) {
            return "字段 " + field + " 过长：最多 " + max + " 个字，现有 " + length + " 个字";
        }
        return null;
    }

    /** Refuses {@code value} as the field {@code field} unless it is well-formed and at most {@code max} long. */
    public static String check(String field, String value, int max) {
        String problem = problem(field, value, max);
        if (problem != null) {
            throw new BadInputException(problem);
        }
        return value;
    }
}

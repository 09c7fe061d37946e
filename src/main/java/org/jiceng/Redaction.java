package org.jiceng;

import java.util.regex.Pattern;

/**
 * Takes phone and ID numbers out of free text before it leaves for the public (Open311, followers, the nearby
 * list): people type their own or a neighbour's number into a description, and a public case must not carry it.
 * Mainland mobiles (with or without +86 and separators), landlines with an area code, and 15/18-digit resident
 * ID numbers are replaced; other numbers (house numbers, dates, amounts) are left alone.
 */
public final class Redaction {

    /** What stands in for a number taken out. */
    public static final String MASK = "［号码已隐去］";

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)?86[\\s-]?)?1[3-9][0-9](?:[\\s-]?[0-9]{4}){2}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:[（(]0[0-9]{2,3}[）)]|0[0-9]{2,3})[\\s-]?[0-9]{7,8}(?:[\\s-]?(?:转|ext\\.?)[\\s-]?[0-9]{1,5})?(?![0-9])");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = ID.matcher(text).replaceAll(MASK);
        result = MOBILE.matcher(result).replaceAll(MASK);
        return LANDLINE.matcher(result).replaceAll(MASK);
    }

    /** A coordinate rounded to three decimals: about 100 m, enough to find the place, not the doorway. */
    public static Double roundedCoordinate(Double degrees) {
        return degrees == null ? null : Math.round(degrees * 1000) / 1000.0;
    }
}

package org.jiceng;

import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The dates and numbers a field of Jiceng can hold. Java parses {@code +999999999-12-31} and {@code NaN}
 * happily; PostgreSQL stores neither, so they are the caller's mistake, refused before any SQL runs.
 */
public final class Ranges {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    private static final Instant FIRST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");
    private static final Instant END = Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z");

    private Ranges() {
    }

    /** Why the value cannot be stored (to follow the field's name), or null. */
    public static String problem(Object value) {
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return "须为有限的数字，不能是 NaN 或无穷大";
        }
        if (value instanceof Instant instant) {
            // compared, not converted: Instant.MAX has no calendar year an OffsetDateTime can hold
            return !instant.isBefore(FIRST) && instant.isBefore(END) ? null : outside("");
        }
        if (value instanceof TemporalAccessor time && time.isSupported(ChronoField.YEAR)) {
            int year = time.get(ChronoField.YEAR);
            return year < FIRST_YEAR || year > LAST_YEAR ? outside(" " + year) : null;
        }
        return null;
    }

    /** The value, unless {@link #problem} refuses it as the field {@code field}. */
    public static <T> T checked(String field, T value) {
        String problem = problem(value);
        if (problem != null) {
            throw new BadInputException(field + " " + problem);
        }
        return value;
    }

    private static String outside(String year) {
        return "的年份" + year + " 超出允许范围（" + FIRST_YEAR + "–" + LAST_YEAR + " 年）";
    }
}

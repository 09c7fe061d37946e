package org.jiceng.platform.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Wraps Jackson's own reader of a date, time or floating-point number and refuses what no field of Jiceng
 * can hold: years outside {@link InputRanges#FIRST_YEAR}–{@link InputRanges#LAST_YEAR} (PostgreSQL stores
 * {@code +999999999-12-31} in no column) and NaN or infinite numbers.
 */
class RangeDeserializer extends DelegatingDeserializer {

    RangeDeserializer(ValueDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new RangeDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        Object value = super.deserialize(p, ctxt);
        String problem = InputRanges.problem(value);
        if (problem != null) {
            throw new RefusedInput(p, "字段 " + (p.currentName() != null ? p.currentName() : "") + " " + problem);
        }
        return value;
    }

    static boolean handles(Class<?> type) {
        return type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class || type == Instant.class || type == Double.class || type == double.class
                || type == Float.class || type == float.class;
    }

    /** Why a date or number read from a request cannot be stored, or null. */
    static final class InputRanges {
        static final int FIRST_YEAR = 1900;
        static final int LAST_YEAR = 2200;

        private InputRanges() {
        }

        static String problem(Object value) {
            if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
                return "须为有限的数字，不能是 NaN 或无穷大";
            }
            if (value instanceof Instant instant) {
                // an Instant's year read without a calendar: Instant.MAX has none an OffsetDateTime can hold
                boolean inside = !instant.isBefore(Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z"))
                        && instant.isBefore(Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z"));
                return inside ? null : "超出允许范围（" + FIRST_YEAR + "–" + LAST_YEAR + " 年）";
            }
            TemporalAccessor time = value instanceof TemporalAccessor t ? t : null;
            if (time != null && time.isSupported(ChronoField.YEAR)) {
                int year = time.get(ChronoField.YEAR);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    return "的年份 " + year + " 超出允许范围（" + FIRST_YEAR + "–" + LAST_YEAR + " 年）";
                }
            }
            return null;
        }
    }
}

package org.jiceng.platform.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Wraps Jackson's own reader of a date, time or floating-point number and refuses what no field of Jiceng
 * can hold ({@link org.jiceng.Ranges}): years outside 1900–2200 and NaN or infinite numbers.
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
        String problem = org.jiceng.Ranges.problem(value);
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
}

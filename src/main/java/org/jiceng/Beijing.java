package org.jiceng;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Beijing time, declared once: every date a person sees and every deadline counts in it (China has one time
 * zone and no daylight saving, so the zone and the fixed offset agree). Code that reads the time takes the
 * {@link Clock} bean, never {@code Instant.now()}, so tests can move time instead of rewriting rows.
 */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

    private Beijing() {
    }

    /** The day it is in Beijing by the given clock, whatever zone the clock is in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** A time as shown to people: in Beijing, with its offset; null stays null. */
    public static OffsetDateTime shown(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(OFFSET);
    }

    /** The real clock in Beijing time: what the {@code Clock} bean is outside tests. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }
}

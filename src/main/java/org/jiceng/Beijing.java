package org.jiceng;

import java.time.Clock;
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

    /** The real clock in Beijing time: what the {@code Clock} bean is outside tests. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }
}

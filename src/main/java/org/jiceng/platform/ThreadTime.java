package org.jiceng.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * A time the current thread lives at instead of the real one: the application's {@code Clock} answers it to this
 * thread alone (see {@code platform.internal.ClockConfiguration}), so code that replays the past (the demo year)
 * drives the same services at past instants while every other thread keeps real time.
 */
public final class ThreadTime {

    private static final ThreadLocal<Instant> NOW = new ThreadLocal<>();

    private ThreadTime() {
    }

    /** From now on this thread's clock reads {@code instant}, until {@link #clear()}. */
    public static void set(Instant instant) {
        NOW.set(instant);
    }

    public static void clear() {
        NOW.remove();
    }

    /** The time set for this thread, if any. */
    public static Optional<Instant> override() {
        return Optional.ofNullable(NOW.get());
    }
}

package org.jiceng.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jiceng.Beijing;
import org.jiceng.platform.ThreadTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in Beijing time; tests put a movable one in front of it.
 * <p>
 * It answers a thread's {@link ThreadTime} when one is set. Why a thread-scoped override rather than a clock moved
 * for everyone or an instant passed down every service: the demo year replays twelve months through the real
 * services, which all read this bean; moving a shared clock would stamp live requests (and the background sweeps)
 * with the replayed past while it runs, and threading an instant through every API would change each of them for
 * the sake of demo data. The override touches only the generating thread; everyone else keeps real time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return new ThreadScopedClock(Beijing.systemClock());
    }

    /** Real time, unless the asking thread has set its own. */
    static final class ThreadScopedClock extends Clock {

        private final Clock real;

        ThreadScopedClock(Clock real) {
            this.real = real;
        }

        @Override
        public Instant instant() {
            return ThreadTime.override().orElseGet(real::instant);
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }

        @Override
        public ZoneId getZone() {
            return real.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ThreadScopedClock(real.withZone(zone));
        }
    }
}

package org.jiceng.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jiceng.Beijing;
import org.jiceng.platform.ThreadTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClockConfigurationTests {

    static final Instant PAST = Instant.parse("2026-02-16T02:00:00Z");

    final Clock clock = new ClockConfiguration().clock();

    @AfterEach
    void clear() {
        ThreadTime.clear();
    }

    @Test
    void theApplicationsClockReadsRealTimeInBeijing() {
        assertThat(clock.getZone()).isEqualTo(Beijing.ZONE);
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aThreadThatSetsItsTimeReadsItAndEveryOtherThreadKeepsRealTime() throws InterruptedException {
        ThreadTime.set(PAST);
        AtomicReference<Instant> elsewhere = new AtomicReference<>();
        Thread other = Thread.ofPlatform().start(() -> elsewhere.set(clock.instant()));
        other.join();

        assertThat(clock.instant()).isEqualTo(PAST);
        assertThat(clock.millis()).isEqualTo(PAST.toEpochMilli());
        assertThat(clock.withZone(ZoneOffset.UTC).instant()).as("in another zone too").isEqualTo(PAST);
        assertThat(elsewhere.get()).isAfter(PAST.plus(Duration.ofDays(200)));
    }

    @Test
    void clearingTheThreadsTimeGivesItRealTimeBack() {
        ThreadTime.set(PAST);
        ThreadTime.clear();
        assertThat(clock.instant()).isAfter(PAST.plus(Duration.ofDays(200)));
    }
}

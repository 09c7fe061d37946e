package org.jiceng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    @Test
    void failuresBelowTheThresholdLockNothing() {
        assertThat(LoginThrottle.lockAfter(4, 5)).isZero();
    }

    @Test
    void theLockDoublesWithEveryFurtherFailureUpToFifteenMinutes() {
        assertThat(LoginThrottle.lockAfter(5, 5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.lockAfter(6, 5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(LoginThrottle.lockAfter(7, 5)).isEqualTo(Duration.ofSeconds(120));
        assertThat(LoginThrottle.lockAfter(10, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lockAfter(10_000, 5)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAddressSharedByAnOfficeMayFailMoreOftenThanOneAccount() {
        assertThat(LoginThrottle.lockAfter(19, LoginThrottle.ADDRESS_FAILURES)).isZero();
        assertThat(LoginThrottle.lockAfter(20, LoginThrottle.ADDRESS_FAILURES)).isPositive();
    }
}

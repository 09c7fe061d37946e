package org.jiceng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The per-address limit, on an address no test request comes from (every real request here comes from
 * 127.0.0.1, which the other tests need unlocked).
 */
@AppTest
class LoginThrottleIT {

    static final String ADDRESS = "203.0.113.7";

    @Autowired
    LoginThrottle throttle;

    @Test
    void oneAddressGuessingAtManyAccountsIsLockedOutOfAllOfThem() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES - 1; i++) {
            throttle.failed("sprayed" + i, ADDRESS);
        }
        assertThat(throttle.lockedFor("another-account", ADDRESS)).isZero();
        throttle.failed("sprayed-last", ADDRESS);
        assertThat(throttle.lockedFor("another-account", ADDRESS)).isPositive();
        assertThat(throttle.lockedFor("another-account", "198.51.100.1")).as("another address").isZero();

        throttle.succeeded("sprayed-last", ADDRESS);
        assertThat(throttle.lockedFor("another-account", ADDRESS)).as("cleared by a success").isZero();
    }
}

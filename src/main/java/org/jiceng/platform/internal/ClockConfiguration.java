package org.jiceng.platform.internal;

import java.time.Clock;
import org.jiceng.Beijing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, in Beijing time; tests put a movable one in front of it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Beijing.systemClock();
    }
}

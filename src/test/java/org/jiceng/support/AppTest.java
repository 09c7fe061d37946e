package org.jiceng.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real HTTP port and a fresh embedded PostgreSQL in demo mode (会泽县 and the
 * demo accounts seeded, without the demo year), with a {@link MovableClock}. Every test class carrying it shares one context, so one database per run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(MovableClock.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jiceng.data-dir=target/it-data/${random.uuid}",
        "jiceng.db.embedded.clean=true",
        "jiceng.db.url=",
        // most tests count what they write themselves; DemoYearIT has the year of its own
        "jiceng.demo.year=false",
})
public @interface AppTest {
}

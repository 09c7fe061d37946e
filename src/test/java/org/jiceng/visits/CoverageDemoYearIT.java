package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.visits.internal.demo.VisitYearSeeder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo town's year of visits: written in bulk well under a minute, once, and seen by the coverage figures. */
@AppTest
class CoverageDemoYearIT {

    @LocalServerPort
    int port;
    @Autowired
    VisitYearSeeder seeder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoTownGetsAYearOfVisitsOnceAndTheFiguresShowThem() {
        long started = System.nanoTime();
        int written = seeder.seed();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(written).isPositive();
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(jdbc.sql("select count(*) from visits.visit where territory_code like '530326001%'")
                .query(Long.class).single()).isEqualTo(written);
        assertThat(jdbc.sql("select count(distinct kind) from visits.visit where territory_code like '530326001%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(seeder.seed()).as("a second start writes nothing").isZero();
        var report = Http.as(port, "gucheng").get("/api/v1/visits/coverage");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("total").get("households").asLong()).isPositive();
        assertThat(report.json().get("total").get("visited").asLong()).isPositive();
    }
}

package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.Http;
import org.jiceng.visits.internal.demo.VisitYearSeeder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo town's year of visits, written on start in the demo year's own context (the settings of
 * {@code demo.DemoYearIT}, so the two share it): written once, of several kinds, and seen by the coverage figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jiceng.data-dir=target/it-data/${random.uuid}",
        "jiceng.db.embedded.clean=true",
        "jiceng.db.url=",
        "jiceng.demo.year=true",
        "jiceng.demo.scale=town",
        "jiceng.demo.seed=2026",
        "jiceng.demo.year-cases=3000",
        "jiceng.cases.background-sweeps=false",
})
class CoverageDemoYearIT {

    @LocalServerPort
    int port;
    @Autowired
    VisitYearSeeder seeder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoTownGetsAYearOfVisitsOnceAndTheFiguresShowThem() {
        long written = jdbc.sql("select visits from visits.demo_year where town = '530326001'").query(Long.class).single();
        assertThat(written).isPositive();
        assertThat(jdbc.sql("select count(*) from visits.visit where territory_code like '530326001%' and client_id is null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(written);
        assertThat(jdbc.sql("select count(distinct kind) from visits.visit where territory_code like '530326001%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(seeder.seed()).as("a second start writes nothing").isZero();
        var report = Http.as(port, "gucheng").get("/api/v1/visits/coverage");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("total").get("households").asLong()).isPositive();
        assertThat(report.json().get("total").get("visited").asLong()).isPositive();
    }

    @Test
    void theDemoSweepOfTheElderlyIsTwoThirdsDone() {
        var sweep = jdbc.sql("""
                        select count(*) as targets, count(first_checked_at) as checked from visits.sweep_target t
                        join visits.sweep s on s.id = t.sweep_id and s.county = t.county where s.title like '冬季%'""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        assertThat(sweep[0]).isPositive();
        assertThat(sweep[1]).isGreaterThan(sweep[0] / 2).isLessThan(sweep[0]);
    }
}

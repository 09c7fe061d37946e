package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.jiceng.visits.CoverageReport.Figures;
import org.jiceng.visits.internal.coverage.CoverageRecount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The figures the API serves from its per-grid tallies equal a plain recount over the base tables, on a random
 * (seeded) set in 火红乡 and 雨碌乡, before and after a round of changes of every kind the tallies must follow.
 */
@AppTest
class CoverageRecountIT {

    static final List<String> TOWNS = List.of("530326207", "530326209");
    static final long BASE = 8_207_000_000L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoverageRecount recount;
    @Autowired
    MovableClock clock;

    @Test
    void theTalliedFiguresEqualARecountBeforeAndAfterChanges() {
        clock.reset();
        SplittableRandom random = new SplittableRandom(20261203);
        CoverageFixture f = new CoverageFixture(jdbc);
        List<String> grids = jdbc.sql("select code from territory.grid where substr(code, 1, 9) in (:towns) order by code")
                .param("towns", TOWNS).query(String.class).list();
        LocalDate today = Beijing.today(clock);
        Instant now = clock.instant();
        for (int i = 0; i < 600; i++) {
            long id = BASE + i;
            String grid = grids.get(random.nextInt(grids.size()));
            f.household(id, grid);
            if (random.nextInt(100) < 90) {
                LocalDate from = today.plusDays(random.nextInt(-400, 3));
                LocalDate to = random.nextBoolean() ? null : from.plusDays(random.nextInt(0, 500));
                f.holds(id, grid, random.nextBoolean() ? "RESIDENT" : "ACCOUNT", random.nextInt(1, 30), "包保人", from, to);
            }
            for (int v = random.nextInt(0, 6); v > 0; v--) {
                f.visit(id, grid, now.minus(Duration.ofMinutes(random.nextLong(0, 100L * 24 * 60))));
            }
            if (random.nextInt(100) < 15) {
                f.plan(id, grid, today.plusDays(random.nextInt(-20, 20)), random.nextInt(10) == 0 ? "CLOSED" : "ACTIVE");
            }
        }
        compareAll();

        // a round of changes: visits struck and back-dated, holds ended, plans closed and moved on, households moved
        jdbc.sql("delete from visits.visit where household_id between :a and :b and id % 7 = 0")
                .param("a", BASE).param("b", BASE + 599).update();
        jdbc.sql("update visits.visit set visited_at = visited_at - interval '31 days' where household_id between :a and :b and id % 11 = 0")
                .param("a", BASE).param("b", BASE + 599).update();
        jdbc.sql("update visits.assignment set ends_on = :d where household_id between :a and :b and id % 5 = 0 and starts_on <= :d")
                .param("d", today.minusDays(1)).param("a", BASE).param("b", BASE + 599).update();
        jdbc.sql("update visits.care_plan set status = 'CLOSED', closed_reason = '不再属于特殊人群', closed_at = now() where household_id between :a and :b and id % 3 = 0")
                .param("a", BASE).param("b", BASE + 599).update();
        jdbc.sql("update visits.care_plan set next_due_on = next_due_on + 30 where household_id between :a and :b and id % 3 = 1")
                .param("a", BASE).param("b", BASE + 599).update();
        jdbc.sql("update visits.household set territory_code = :g where id between :a and :b and id % 13 = 0")
                .param("g", grids.getFirst()).param("a", BASE).param("b", BASE + 599).update();
        jdbc.sql("delete from visits.household where id between :a and :b and id % 17 = 0")
                .param("a", BASE).param("b", BASE + 599).update();
        compareAll();
    }

    private void compareAll() {
        LocalDate today = Beijing.today(clock);
        for (YearMonth month : List.of(YearMonth.from(today), YearMonth.from(today).minusMonths(1), YearMonth.from(today).minusMonths(3))) {
            compare("530326", "town", 9, month);
            for (String town : TOWNS) {
                compare(town, "village", 12, month);
                compare(town, "grid", 15, month);
            }
        }
    }

    private void compare(String territory, String by, int length, YearMonth month) {
        var answer = Http.as(port, "admin").get("/api/v1/visits/coverage?territory=" + territory + "&by=" + by + "&month=" + month);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, Figures> served = new LinkedHashMap<>();
        for (JsonNode row : answer.json().get("rows")) {
            Figures figures = figures(row.get("figures"));
            if (!figures.equals(Figures.NONE)) {
                served.put(row.get("code").asString(), figures);
            }
        }
        Map<String, Figures> counted = new LinkedHashMap<>(recount.sums(territory, length, Beijing.today(clock), month.atDay(1)));
        counted.values().removeIf(Figures.NONE::equals);
        assertThat(served).as(territory + " by " + by + " in " + month).isEqualTo(counted);
        assertThat(figures(answer.json().get("total"))).isEqualTo(counted.values().stream().reduce(Figures.NONE, Figures::plus));
    }

    private static Figures figures(JsonNode node) {
        return new Figures(node.get("households").asLong(), node.get("held").asLong(), node.get("visited").asLong(),
                node.get("plans").asLong(), node.get("plansOverdue").asLong());
    }
}

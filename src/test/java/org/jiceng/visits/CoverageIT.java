package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The coverage figures of a small set written by hand into 马路乡 (which no other test writes), against counts made
 * by hand: by grid, village, town and cadre, and across the Beijing month's first instant.
 */
@AppTest
class CoverageIT {

    static final String TOWN = "530326206";
    static final long BASE = 8_206_000_000L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    String g1;
    String g2;
    String g3;
    LocalDate today;
    YearMonth month;

    @BeforeEach
    void seed() {
        clock.reset();
        List<String> villages = jdbc.sql("select distinct substr(code, 1, 12) from territory.grid where code like :t || '%' order by 1")
                .param("t", TOWN).query(String.class).list();
        List<String> first = grids(villages.get(0));
        g1 = first.get(0);
        g2 = first.get(1);
        g3 = grids(villages.get(1)).getFirst();
        if (jdbc.sql("select count(*) from visits.household where id = :id").param("id", BASE + 1).query(Long.class).single() > 0) {
            today = Beijing.today(clock);
            month = YearMonth.from(today);
            return;   // the set is written once for the class's tests
        }
        today = Beijing.today(clock);
        month = YearMonth.from(today);
        CoverageFixture f = new CoverageFixture(jdbc);
        for (int i = 1; i <= 4; i++) {
            f.household(BASE + i, g1);
        }
        f.household(BASE + 5, g2);
        f.household(BASE + 6, g2);
        for (int i = 7; i <= 9; i++) {
            f.household(BASE + i, g3);
        }
        LocalDate long_ago = today.minusYears(1);
        for (int i = 1; i <= 3; i++) {
            f.holds(BASE + i, g1, "RESIDENT", 901, "户长甲", long_ago, null);
        }
        f.holds(BASE + 4, g1, "RESIDENT", 901, "户长甲", long_ago, today.minusDays(1));   // ended yesterday
        f.holds(BASE + 1, g1, "ACCOUNT", 902, "网格员乙", long_ago, null);                 // held twice, counted once
        f.holds(BASE + 5, g2, "ACCOUNT", 902, "网格员乙", today.plusDays(1), null);        // starts tomorrow
        f.holds(BASE + 6, g2, "ACCOUNT", 902, "网格员乙", long_ago, null);
        f.holds(BASE + 7, g3, "ACCOUNT", 902, "网格员乙", long_ago, today);                // ends today: still held
        Instant start = month.atDay(1).atStartOfDay(Beijing.ZONE).toInstant();
        f.visit(BASE + 1, g1, start.plus(Duration.ofHours(1)));
        f.visit(BASE + 1, g1, start.plus(Duration.ofDays(2)));                            // twice: one household
        f.visit(BASE + 2, g1, start.minusSeconds(1));                                    // last month, 23:59:59 Beijing
        f.visit(BASE + 3, g1, start);                                                    // 00:00 Beijing, still the day before in UTC
        f.visit(BASE + 6, g2, start.plus(Duration.ofHours(1)));
        f.visit(BASE + 9, g3, start.plus(Duration.ofHours(3)));
        f.plan(BASE + 1, g1, today.plusDays(5), "ACTIVE");
        f.plan(BASE + 2, g1, today.minusDays(1), "ACTIVE");                              // overdue
        f.plan(BASE + 7, g3, today, "ACTIVE");                                           // due today: on time
        f.plan(BASE + 8, g3, today.minusDays(10), "CLOSED");                             // closed: not counted
        f.plan(BASE + 9, g3, today.minusDays(30), "ACTIVE");                             // overdue
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private List<String> grids(String village) {
        return jdbc.sql("select code from territory.grid where code like :v || '%' order by code").param("v", village)
                .query(String.class).list();
    }

    private JsonNode coverage(String query) {
        var answer = Http.as(port, "admin").get("/api/v1/visits/coverage?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode row(JsonNode report, String code) {
        return report.get("rows").valueStream().filter(r -> code.equals(r.get("code").asString())).findFirst().orElseThrow();
    }

    private static void figures(JsonNode figures, long households, long held, long visited, long plans, long overdue) {
        assertThat(List.of(figures.get("households").asLong(), figures.get("held").asLong(), figures.get("visited").asLong(),
                figures.get("plans").asLong(), figures.get("plansOverdue").asLong()))
                .isEqualTo(List.of(households, held, visited, plans, overdue));
    }

    @Test
    void aTownByGridCountsEachGridAsCountedByHand() {
        JsonNode report = coverage("territory=" + TOWN + "&by=grid");
        assertThat(report.get("by").asString()).isEqualTo("grid");
        figures(row(report, g1).get("figures"), 4, 3, 2, 2, 1);
        figures(row(report, g2).get("figures"), 2, 1, 1, 0, 0);
        figures(row(report, g3).get("figures"), 3, 1, 1, 2, 1);
        figures(report.get("total"), 9, 5, 4, 4, 2);
        assertThat(report.get("total").get("onTimePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(report.get("total").get("heldPercent").decimalValue()).isEqualByComparingTo("55.6");
    }

    @Test
    void aTownByVillageAndTheCountyByTownSumTheirGrids() {
        JsonNode villages = coverage("territory=" + TOWN);
        assertThat(villages.get("by").asString()).isEqualTo("village");
        figures(row(villages, g1.substring(0, 12)).get("figures"), 6, 4, 3, 2, 1);
        figures(row(villages, g3.substring(0, 12)).get("figures"), 3, 1, 1, 2, 1);
        JsonNode towns = coverage("territory=530326&by=town");
        figures(row(towns, TOWN).get("figures"), 9, 5, 4, 4, 2);
        assertThat(row(towns, TOWN).get("name").asString()).isEqualTo("马路乡");
        assertThat(towns.get("rows").size()).isEqualTo(25);
    }

    @Test
    void eachCadreCountsTheHouseholdsTheyHold() {
        JsonNode report = coverage("territory=" + TOWN + "&by=cadre");
        JsonNode chief = report.get("rows").valueStream().filter(r -> r.get("name").asString().equals("户长甲")).findFirst().orElseThrow();
        JsonNode worker = report.get("rows").valueStream().filter(r -> r.get("name").asString().equals("网格员乙")).findFirst().orElseThrow();
        assertThat(chief.get("holderKind").asString()).isEqualTo("RESIDENT");
        figures(chief.get("figures"), 3, 3, 2, 2, 1);
        figures(worker.get("figures"), 3, 3, 2, 2, 0);
        figures(report.get("total"), 9, 5, 4, 4, 2);
    }

    @Test
    void theMonthIsBeijingsFromItsFirstMidnight() {
        JsonNode last = coverage("territory=" + TOWN + "&by=grid&month=" + month.minusMonths(1));
        figures(row(last, g1).get("figures"), 4, 3, 1, 2, 1);
        assertThat(last.get("month").asString()).isEqualTo(month.minusMonths(1).toString());
    }

    @Test
    void whenTheClockPassesIntoTheNextMonthNothingIsVisitedYetAndTodaysFiguresMoveOn() {
        Instant next = month.plusMonths(1).atDay(1).atStartOfDay(Beijing.ZONE).toInstant().plus(Duration.ofHours(1));
        clock.advance(Duration.between(clock.instant(), next));
        LocalDate later = Beijing.today(clock);
        JsonNode report = coverage("territory=" + TOWN + "&by=grid");
        assertThat(report.get("month").asString()).isEqualTo(month.plusMonths(1).toString());
        assertThat(report.get("asOf").asString()).isEqualTo(later.toString());
        long overdue = List.of(today.plusDays(5), today.minusDays(1), today, today.minusDays(30)).stream()
                .filter(due -> due.isBefore(later)).count();
        // h7's hold ended on the old today, h5's began the day after it
        figures(report.get("total"), 9, 5, 0, 4, overdue);
        clock.reset();
        figures(coverage("territory=" + TOWN + "&by=grid").get("total"), 9, 5, 4, 4, 2);
    }

    @Test
    void aNewVisitShowsAtOnce() {
        long household = BASE + 50;
        CoverageFixture f = new CoverageFixture(jdbc);
        f.household(household, g2);
        long before = row(coverage("territory=" + TOWN + "&by=grid"), g2).get("figures").get("visited").asLong();
        f.visit(household, g2, clock.instant());
        JsonNode after = row(coverage("territory=" + TOWN + "&by=grid"), g2).get("figures");
        assertThat(after.get("visited").asLong()).isEqualTo(before + 1);
        jdbc.sql("delete from visits.visit where household_id = :h").param("h", household).update();
        jdbc.sql("delete from visits.household where id = :h").param("h", household).update();
        figures(row(coverage("territory=" + TOWN + "&by=grid"), g2).get("figures"), 2, 1, 1, 0, 0);
    }

    @Test
    void badParametersAreRefusedInChinese() {
        Http admin = Http.as(port, "admin");
        var county = admin.get("/api/v1/visits/coverage?territory=530326&by=grid");
        assertThat(county.status()).isEqualTo(400);
        assertThat(county.detail()).contains("按网格统计");
        assertThat(admin.get("/api/v1/visits/coverage?territory=53032620").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/visits/coverage?month=2026-13").detail()).contains("month");
        assertThat(admin.get("/api/v1/visits/coverage?by=street").detail()).contains("by 须为");
    }

    @Test
    void thePageShowsTheTableAndDrillsDown() {
        var page = Http.as(port, "admin").get("/visits/coverage?territory=" + TOWN);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("马路乡 · 走访覆盖").contains("territory=" + g1.substring(0, 12))
                .contains("id=\"chart\"").contains("返回上一级");
    }
}

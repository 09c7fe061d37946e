package org.jiceng.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Each role's home page shows its own work: counts as the cases table has them, linked to the desk; a resident's own cases. */
@AppTest
class WorkbenchIT {

    static final String GUCHENG = "530326001";
    static final String TANGLANG = "530326001001";
    static final String YICHE_TOWN = "530326103";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    Http signedIn(String username) {
        Http browser = Http.anonymous(port);
        assertThat(browser.formLogin(username, Http.DEMO_PASSWORD).location()).doesNotContain("error");
        return browser;
    }

    long file(String user, String description) {
        JsonNode grid = Http.as(port, "shequ").get("/api/v1/grids?village=" + TANGLANG).json().get("items").get(1);
        JsonNode c = grid.get("centroid");
        var filed = Http.as(port, user).postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(description, c.get("lat").asDouble(), c.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    /** The count a tile shows and where it leads. */
    record Tile(long count, String href) {
    }

    static Tile tile(String page, String key) {
        Matcher m = Pattern.compile("id=\"count-" + key + "\"\\s+href=\"([^\"]+)\"[^>]*>\\s*<strong>(\\d+)</strong>").matcher(page);
        assertThat(m.find()).as("tile " + key + " in\n" + page).isTrue();
        return new Tile(Long.parseLong(m.group(2)), m.group(1).replace("&amp;", "&"));
    }

    /** The four counts over the cases table itself, for cases whose place starts with {@code prefix} or led by {@code unit}. */
    Map<String, Long> expected(String prefix, Long unit) {
        Instant now = clock.instant();
        LocalDate today = Beijing.today(clock);
        Timestamp start = Timestamp.from(today.atStartOfDay(Beijing.ZONE).toInstant());
        Timestamp end = Timestamp.from(today.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant());
        String where = unit == null ? "territory_code like :prefix" : "lead_unit_id = :unit";
        String open = " and state not in ('CLOSED', 'REJECTED')";
        return Map.of(
                "new-today", count(where + " and received_at >= :start and received_at < :end", prefix, unit, start, end, now),
                "pending", count(where + open, prefix, unit, start, end, now),
                "due-today", count(where + open + " and resolved_at is null and resolve_due_at >= :start and resolve_due_at < :end",
                        prefix, unit, start, end, now),
                "overdue", count(where + open + " and resolved_at is null and resolve_due_at < :now", prefix, unit, start, end, now));
    }

    private long count(String where, String prefix, Long unit, Timestamp start, Timestamp end, Instant now) {
        var sql = jdbc.sql("select count(*) from cases.case_file where " + where);
        if (where.contains(":prefix")) {
            sql = sql.param("prefix", prefix + "%");
        }
        if (where.contains(":unit")) {
            sql = sql.param("unit", unit);
        }
        if (where.contains(":start")) {
            sql = sql.param("start", start).param("end", end);
        }
        if (where.contains(":now")) {
            sql = sql.param("now", Timestamp.from(now));
        }
        return sql.query(Long.class).single();
    }

    void assertCounts(String page, Map<String, Long> expected, String filter) {
        Map<String, String> flags = Map.of("new-today", "newToday=true", "pending", "open=true", "due-today", "dueToday=true",
                "overdue", "overdue=true");
        expected.forEach((key, count) -> {
            Tile tile = tile(page, key);
            assertThat(tile.count()).as(key).isEqualTo(count);
            if (!(filter.startsWith("unit=") && key.equals("pending"))) {
                assertThat(tile.href()).as(key).startsWith("/cases/desk?").contains(filter).endsWith(flags.get(key));
            }
        });
    }

    @Test
    void aTownOfficialSeesTheTownsCountsAsTheCasesTableHasThemEachLinkedToTheDesk() {
        file("jumin", "工作台：楼道灯坏了");
        file("wangge", "工作台：路面坑洼");
        String page = signedIn("gucheng").get("/").body();
        Map<String, Long> expected = expected(GUCHENG, null);
        assertThat(expected.get("new-today")).isGreaterThanOrEqualTo(2);
        assertCounts(page, expected, "territory=" + GUCHENG);
        assertThat(page).contains("id=\"trend-chart\"").contains("id=\"work-map\"").contains("id=\"go-inbox\"")
                .contains("id=\"recent-messages\"").doesNotContain("id=\"own-cases\"");
        assertThat(Pattern.compile("<tr data-month=").matcher(page).results().count()).isEqualTo(12);
    }

    @Test
    void overdueAndDueTodayCountsFollowTheClock() {
        file("jumin", "工作台：逾期的诉求");
        clock.advance(Duration.ofDays(40));
        try {
            String page = signedIn("gucheng").get("/").body();
            Map<String, Long> expected = expected(GUCHENG, null);
            assertThat(expected.get("overdue")).isPositive();
            assertCounts(page, expected, "territory=" + GUCHENG);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aGridWorkerSeesTheirGrid() {
        file("wangge", "工作台：网格巡查");
        String grid = Http.as(port, "wangge").get("/api/v1/me").json().get("territory").get("code").asString();
        assertThat(grid).hasSize(15);
        String page = signedIn("wangge").get("/").body();
        assertCounts(page, expected(grid, null), "territory=" + grid);
        assertThat(page).contains("id=\"work-map\"").doesNotContain("id=\"trend-chart\"");
    }

    @Test
    void aDepartmentSeesTheCasesItsUnitLeads() {
        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        long id = file("jumin", "工作台：吹哨到部门");
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/cases/" + id + "/actions/accept", "{}").status()).isEqualTo(200);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/cases/" + id + "/actions/dispatch",
                "{\"leadUnitId\": " + unit + "}").status()).isEqualTo(200);
        String page = signedIn("bumen").get("/").body();
        Map<String, Long> expected = expected(null, unit);
        assertThat(expected.get("pending")).isPositive();
        assertCounts(page, expected, "unit=" + unit);
        assertThat(tile(page, "pending").href()).isEqualTo("/cases/unit");
        assertThat(page).contains("id=\"go-unit-cases\"").contains("id=\"trend-chart\"");
    }

    @Test
    void aResidentSeesTheirOwnCasesAndTheirCommunitysNoticesAndNoStaffCounts() {
        long id = file("jumin", "工作台：我的诉求");
        String number = Http.as(port, "jumin").get("/api/v1/cases/" + id).json().get("number").asString();
        var notice = Http.as(port, "shequ").postJson("/api/v1/notices", """
                {"title": "工作台公示：本周六义诊", "body": "社区卫生服务站义诊", "from": "%s"}""".formatted(Beijing.today(clock)));
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        String page = signedIn("jumin").get("/").body();
        assertThat(page).contains("id=\"own-cases\"").contains(number).contains("工作台公示：本周六义诊")
                .contains("id=\"go-report\"").contains("id=\"go-my-cases\"")
                .doesNotContain("id=\"count-").doesNotContain("id=\"work-map\"").doesNotContain("id=\"trend-chart\"");
        JsonNode ballots = Http.as(port, "jumin").get("/api/v1/ballots").json().get("items");
        for (JsonNode ballot : ballots) {
            if ("OPEN".equals(ballot.get("status").asString())) {
                String closes = java.time.OffsetDateTime.parse(ballot.get("closesAt").asString())
                        .atZoneSameInstant(Beijing.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm"));
                assertThat(page).contains(ballot.get("title").asString()).contains("截止 " + closes);
            }
        }
    }

    @Test
    void theTrendEndsWithThisMonthsThreeRatesAsTheStatisticsHaveThem() throws InterruptedException {
        file("jumin", "工作台：本月三率");
        for (String user : new String[] {"gucheng", "bumen"}) {
            // the counters fold the case loop's events after commit: read both until they agree on a settled figure
            for (int attempt = 0; ; attempt++) {
                JsonNode month = Http.as(port, user).get("/api/v1/stats/three-rates").json();
                String page = signedIn(user).get("/").body();
                Matcher row = Pattern.compile("<tr data-month=\"" + month.get("month").asString()
                        + "\"[^>]*>\\s*<td>[^<]+</td><td>(\\d+)</td>").matcher(page);
                assertThat(row.find()).as(user + "\n" + page).isTrue();
                if (Long.parseLong(row.group(1)) != month.get("cases").asLong() && attempt < 10) {
                    Thread.sleep(500);
                    continue;
                }
                assertThat(Long.parseLong(row.group(1))).as(user).isEqualTo(month.get("cases").asLong());
                if (user.equals("gucheng")) {
                    assertThat(month.get("cases").asLong()).isPositive();
                }
                String shown = month.get("responseRate").isNull() ? "—" : month.get("responseRate").decimalValue()
                        .movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
                assertThat(page).contains("id=\"rate-response\">" + shown + "<");
                break;
            }
        }
    }

    @Test
    void aPartyOrganisationAdministratorWhoReadsNoCasesSeesNeitherCountsNorAResidentsPanels() {
        String page = signedIn("dangjian").get("/").body();
        assertThat(page).contains("id=\"go-party\"").doesNotContain("id=\"count-").doesNotContain("id=\"own-cases\"")
                .doesNotContain("id=\"community-notices\"").doesNotContain("id=\"work-map\"");
    }

    @Test
    void theMapGivesOpenCasesByGridToTheTownAndRefusesAnotherTownAResidentAndAStranger() {
        file("jumin", "工作台：地图上的诉求");
        JsonNode map = Http.as(port, "gucheng").get("/api/v1/workbench/map").json();
        assertThat(map.get("territory").asString()).isEqualTo(GUCHENG);
        long open = jdbc.sql("select count(*) from cases.case_file where territory_code like :p and state not in ('CLOSED', 'REJECTED')")
                .param("p", GUCHENG + "%").query(Long.class).single();
        long mapped = map.get("grids").valueStream().mapToLong(g -> g.get("open").asLong()).sum();
        assertThat(mapped).isEqualTo(open).isPositive();
        assertThat(map.get("points").size()).isPositive().isLessThanOrEqualTo(map.get("cap").asInt());
        assertThat(map.get("hotspots").size()).isPositive();
        assertThat(map.get("geojson").asString()).isEqualTo("/api/v1/grids/geojson?territory=" + GUCHENG);

        assertThat(Http.as(port, "yiche").get("/api/v1/workbench/map?territory=" + GUCHENG).status()).isEqualTo(403);
        assertThat(Http.as(port, "gucheng").get("/api/v1/workbench/map?territory=" + YICHE_TOWN).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/workbench/map").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/workbench/map?territory=" + TANGLANG).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/workbench/map?territory=" + GUCHENG).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/workbench/map").status()).isEqualTo(200);
        assertThat(Http.as(port, "shequ").get("/api/v1/workbench/map?territory=" + TANGLANG).status()).isEqualTo(200);
        assertThat(Http.as(port, "gucheng").get("/api/v1/workbench/map?territory=53x").status()).isEqualTo(400);
        assertThat(Http.anonymous(port).get("/api/v1/workbench/map").status()).isEqualTo(401);
    }
}

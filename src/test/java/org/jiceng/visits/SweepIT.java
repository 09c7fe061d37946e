package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A sweep of a village: its households fixed at the start, checks raising its coverage by grid and by cadre. */
@AppTest
class SweepIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private static String check(long household, String clientId, String remark) {
        return """
                {"clientId": "%s", "householdId": %d, "answers": ["YES", "NO", "无"], "remark": "%s"}"""
                .formatted(clientId, household, remark);
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        return rows.valueStream().filter(r -> value.equals(r.get(field).asString())).findFirst().orElseThrow();
    }

    @Test
    void aSweepFixesItsHouseholdsAndChecksRaiseItsCoverageByGridAndByCadre() {
        JsonNode sweep = SweepFixtures.start(port, clock, "冬季全覆盖排查", "[]");
        long id = sweep.get("id").asLong();
        long inVillage = jdbc.sql("select count(*) from visits.household where territory_code like :v || '%'")
                .param("v", SweepFixtures.TANGLANG).query(Long.class).single();
        assertThat(sweep.get("tally").get("targets").asLong()).isEqualTo(inVillage).isPositive();
        assertThat(sweep.get("tally").get("checked").asLong()).isZero();
        assertThat(sweep.get("status").asString()).isEqualTo("进行中");

        // a household the register gains afterwards is not a target of the sweep already running
        long newcomer = jdbc.sql("select max(id) + 1000000 from visits.household").query(Long.class).single();
        String grid = SweepFixtures.grids(port).getFirst();
        jdbc.sql("insert into visits.household (county, id, territory_code, address) values ('530326', :id, :grid, '新迁入户')")
                .param("id", newcomer).param("grid", grid).update();
        assertThat(Http.as(port, "shequ").get("/api/v1/sweeps/" + id).json().get("tally").get("targets").asLong())
                .isEqualTo(inVillage);

        List<Long> households = SweepFixtures.households(jdbc, grid, 2);
        long first = households.get(0);
        SweepFixtures.assign(jdbc, clock, "HOUSEHOLD", grid, first, "RESIDENT", 770001, "李户长", "户长", null, null);
        long gridTargets = jdbc.sql("select count(*) from visits.sweep_target where sweep_id = :s and territory_code = :g")
                .param("s", id).param("g", grid).query(Long.class).single();

        var recorded = Http.as(port, "wangge").postJson("/api/v1/sweeps/" + id + "/checks",
                check(first, UUID.randomUUID().toString(), "取暖用电正常"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("answers").get(0).asString()).isEqualTo("YES");

        JsonNode coverage = Http.as(port, "shequ").get("/api/v1/sweeps/" + id + "/coverage").json();
        assertThat(coverage.get("total").get("checked").asLong()).isEqualTo(1);
        JsonNode byGrid = row(coverage.get("grids"), "gridCode", grid).get("tally");
        assertThat(byGrid.get("targets").asLong()).isEqualTo(gridTargets);
        assertThat(byGrid.get("checked").asLong()).isEqualTo(1);
        assertThat(byGrid.get("remaining").asLong()).isEqualTo(gridTargets - 1);
        JsonNode cadre = row(coverage.get("cadres"), "name", "李户长").get("tally");
        assertThat(cadre.get("targets").asLong()).isEqualTo(1);
        assertThat(cadre.get("percent").asString()).isEqualTo("100.0%");
        assertThat(row(coverage.get("cadres"), "name", "责任人待落实").get("unheld").asBoolean()).isTrue();

        JsonNode remaining = Http.as(port, "wangge").get("/api/v1/sweeps/" + id + "/remaining?grid=" + grid + "&limit=500")
                .json().get("items");
        assertThat(remaining.valueStream().map(r -> r.get("householdId").asLong())).doesNotContain(first)
                .contains(households.get(1)).doesNotContain(newcomer);

        // the grid worker sees the coverage of their grid only
        JsonNode theirs = Http.as(port, "wangge").get("/api/v1/sweeps/" + id + "/coverage").json();
        assertThat(theirs.get("grids").size()).isEqualTo(1);
        assertThat(theirs.get("total").get("targets").asLong()).isEqualTo(gridTargets);
    }

    @Test
    void theSameCheckSentTwiceIsOneCheckAndOtherContentUnderItsIdIsAConflict() {
        long id = SweepFixtures.start(port, clock, "重放排查", "[]").get("id").asLong();
        String grid = SweepFixtures.grids(port).getFirst();
        long household = SweepFixtures.households(jdbc, grid, 3).get(2);
        String clientId = UUID.randomUUID().toString();
        Http wangge = Http.as(port, "wangge");
        var first = wangge.postJson("/api/v1/sweeps/" + id + "/checks", check(household, clientId, "正常"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var again = wangge.postJson("/api/v1/sweeps/" + id + "/checks", check(household, clientId, "正常"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        var changed = wangge.postJson("/api/v1/sweeps/" + id + "/checks", check(household, clientId, "改了内容"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.detail()).contains("clientId");
        assertThat(jdbc.sql("select count(*) from visits.sweep_check where sweep_id = :s").param("s", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(Http.as(port, "shequ").get("/api/v1/sweeps/" + id).json().get("tally").get("checked").asLong())
                .isEqualTo(1);
    }

    @Test
    void aCheckThatFindsAProblemOpensACaseFromTheVisitInOneStep() {
        long id = SweepFixtures.start(port, clock, "问题转诉求排查", "[]").get("id").asLong();
        String grid = SweepFixtures.grids(port).getFirst();
        long household = SweepFixtures.households(jdbc, grid, 4).get(3);
        var recorded = Http.as(port, "wangge").postJson("/api/v1/sweeps/" + id + "/checks", """
                {"clientId": "%s", "householdId": %d, "answers": ["NO", "YES", "需要上门就医"], "remark": "炉子烟囱破损，有煤气中毒隐患",
                 "problem": true, "openCase": {"categoryCode": "0301"}}""".formatted(UUID.randomUUID(), household));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long caseId = recorded.json().get("caseId").asLong();
        assertThat(recorded.json().get("problem").asBoolean()).isTrue();
        JsonNode filed = Http.as(port, "wangge").get("/api/v1/cases/" + caseId).json();
        assertThat(filed.get("channel").asString()).isEqualTo("VISIT");
        assertThat(filed.get("description").asString()).contains("问题转诉求排查").contains("烟囱破损");
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsWritten() {
        long before = jdbc.sql("select count(*) from visits.sweep").query(Long.class).single();
        var noChecklist = Http.as(port, "shequ").postJson("/api/v1/sweeps", """
                {"territoryCode": "%s", "title": "没有问题的排查", "startsOn": "2026-12-01", "endsOn": "2026-12-10",
                 "checklist": []}""".formatted(SweepFixtures.TANGLANG));
        assertThat(noChecklist.status()).isEqualTo(400);
        assertThat(noChecklist.detail()).contains("排查内容");
        var noOne = Http.as(port, "shequ").postJson("/api/v1/sweeps", """
                {"territoryCode": "%s", "title": "无人排查", "targetTags": ["NO_SUCH_TAG"], "startsOn": "2026-12-01",
                 "endsOn": "2026-12-10", "checklist": [{"label": "是否安全"}]}""".formatted(SweepFixtures.TANGLANG));
        assertThat(noOne.status()).isEqualTo(400);
        assertThat(noOne.detail()).contains("没有符合条件的户");
        assertThat(jdbc.sql("select count(*) from visits.sweep").query(Long.class).single()).isEqualTo(before);

        long id = SweepFixtures.start(port, clock, "答案不全的排查", "[]").get("id").asLong();
        long household = SweepFixtures.households(jdbc, SweepFixtures.grids(port).getFirst(), 1).getFirst();
        var half = Http.as(port, "wangge").postJson("/api/v1/sweeps/" + id + "/checks",
                "{\"householdId\": %d, \"answers\": [\"YES\", \"也许\", \"\"]}".formatted(household));
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.detail()).contains("用电是否安全");
    }

    @Test
    void theCommitteeStartsASweepFromItsPageAndTheFormKeepsWhatWasTyped() {
        Http shequ = Http.anonymous(port);
        shequ.formLogin("shequ", Http.DEMO_PASSWORD);
        String list = shequ.get("/visits/sweeps").body();
        assertThat(list).contains("id=\"sweep-form\"");
        String csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(list).results()
                .findFirst().orElseThrow().group(1);
        var refused = shequ.postForm("/visits/sweeps", java.util.Map.of("_csrf", csrf, "territoryCode", SweepFixtures.TANGLANG,
                "title", "页面上的排查", "startsOn", "2026-12-10", "endsOn", "2026-12-01", "checklist", "取暖是否安全"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("结束日期不能早于开始日期").contains("value=\"页面上的排查\"");
        java.time.LocalDate today = org.jiceng.Beijing.today(clock);
        var started = shequ.postForm("/visits/sweeps", java.util.Map.of("_csrf", csrf, "territoryCode", SweepFixtures.TANGLANG,
                "title", "页面上的排查", "startsOn", today.toString(), "endsOn", today.plusDays(3).toString(),
                "checklist", "取暖是否安全\n其他困难（文字）"));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        var page = shequ.get(started.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body()).contains("页面上的排查").contains("id=\"by-grid\"").contains("hx-trigger=\"every 10s\"");
    }

    @Test
    void aGridWorkerChecksAHouseholdFromTheSweepPageOnTheirPhone() {
        long id = SweepFixtures.start(port, clock, "页面排查记录", "[]").get("id").asLong();
        Http wangge = Http.anonymous(port);
        wangge.formLogin("wangge", Http.DEMO_PASSWORD);
        String page = wangge.get("/visits/sweeps/" + id).body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/visits/sweeps/" + id + "/check\\?household=(\\d+)")
                .matcher(page);
        assertThat(link.find()).isTrue();
        long household = Long.parseLong(link.group(1));
        String form = wangge.get("/visits/sweeps/" + id + "/check?household=" + household).body();
        assertThat(form).contains("取暖是否安全").contains("name=\"answers[0]\"").contains("id=\"save-check\"");
        java.util.function.Function<String, String> hidden = name -> java.util.regex.Pattern
                .compile("name=\"" + name + "\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"" + name + "\"")
                .matcher(form).results().findFirst().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).orElseThrow();
        java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("_csrf", hidden.apply("_csrf"),
                "clientId", hidden.apply("clientId"), "householdId", String.valueOf(household),
                "answers[0]", "YES", "remark", "一切正常"));
        var missing = wangge.postForm("/visits/sweeps/" + id + "/check", fields);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("一切正常").contains("请逐项回答");
        fields.put("answers[1]", "YES");
        fields.put("answers[2]", "");
        var saved = wangge.postForm("/visits/sweeps/" + id + "/check", fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(Http.as(port, "wangge").get("/api/v1/sweeps/" + id + "/remaining?limit=500").json().get("items")
                .valueStream().map(r -> r.get("householdId").asLong())).doesNotContain(household);
    }
}

package org.jiceng.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.ExternalIntake;
import org.jiceng.cases.Satisfaction;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The three rates kept from the case loop's events, read through /api/v1/stats and the /stats pages. */
@AppTest
class ThreeRatesIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CasesApi cases;

    @Autowired
    JdbcClient jdbc;

    String month() {
        return YearMonth.now(WorkingCalendar.BEIJING).toString();
    }

    long unitOfBumen() {
        return Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
    }

    JsonNode rates(String user, String unit, String month) {
        var answer = Http.as(port, user).get("/api/v1/stats/three-rates?unit=" + unit + "&month=" + month);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Events reach analytics after their commit, on another thread: wait until the figures show them. */
    JsonNode await(String user, String unit, String month, Predicate<JsonNode> until) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        JsonNode answer = rates(user, unit, month);
        while (!until.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            answer = rates(user, unit, month);
        }
        return answer;
    }

    long file(String description) {
        JsonNode grid = Http.as(port, "shequ").get("/api/v1/grids?village=" + TANGLANG).json().get("items").get(0);
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "%s", "lat": %s, "lon": %s}""".formatted(description,
                grid.get("centroid").get("lat").asDouble(), grid.get("centroid").get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    void act(String user, long id, String action, String body) {
        var answer = Http.as(port, user).postJson("/api/v1/cases/" + id + "/actions/" + action, body);
        assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
    }

    @Test
    void casesDrivenThroughTheApiCountForTheVillageThatTookThemAndTheDepartmentWhistled() throws Exception {
        long unit = unitOfBumen();
        JsonNode village = rates("gucheng", TANGLANG, month());
        JsonNode department = rates("bumen", String.valueOf(unit), month());

        long handled = file("楼道灯坏了，晚上看不见台阶");
        act("shequ", handled, "accept", "{}");
        act("shequ", handled, "handle", "{}");
        act("shequ", handled, "resolve", "{\"note\": \"已更换\"}");
        act("shequ", handled, "verify", "{}");
        act("shequ", handled, "reply", "{\"note\": \"已修好\"}");
        act("jumin", handled, "rate", "{\"solved\": true, \"satisfaction\": \"BASIC\"}");
        long whistled = file("小区路面塌陷，需要住建部门处理");
        act("gucheng", whistled, "accept", "{}");
        act("gucheng", whistled, "dispatch", "{\"leadUnitId\": " + unit + "}");
        act("bumen", whistled, "check-in", "{}");
        long rejected = file("这不是一个需要办理的诉求内容");
        act("gucheng", rejected, "reject", "{\"reason\": \"重复反映\"}");

        long cases = village.get("cases").asLong();
        JsonNode after = await("gucheng", TANGLANG, month(), a -> a.get("closed").asLong() == village.get("closed").asLong() + 1
                && a.get("cases").asLong() == cases + 1);
        assertThat(after.get("cases").asLong()).as("the rejected and the whistled case are not the village's").isEqualTo(cases + 1);
        assertThat(after.get("responded").asLong()).isEqualTo(village.get("responded").asLong() + 1);
        assertThat(after.get("closed").asLong()).isEqualTo(village.get("closed").asLong() + 1);
        assertThat(after.get("rated").asLong()).isEqualTo(village.get("rated").asLong() + 1);
        assertThat(after.get("solved").asLong()).isEqualTo(village.get("solved").asLong() + 1);
        assertThat(after.get("basic").asLong()).isEqualTo(village.get("basic").asLong() + 1);
        assertThat(after.get("unitName").asString()).isEqualTo("堂琅社区居民委员会");
        assertThat(after.get("responseRate").decimalValue()).isPositive();
        JsonNode dept = await("bumen", String.valueOf(unit), month(), a -> a.get("responded").asLong() == department.get("responded").asLong() + 1);
        assertThat(dept.get("cases").asLong()).isEqualTo(department.get("cases").asLong() + 1);
        assertThat(dept.get("responded").asLong()).as("checked in at once").isEqualTo(department.get("responded").asLong() + 1);
        assertThat(dept.get("kind").asString()).isEqualTo("DEPARTMENT");

        JsonNode county = rates("admin", "530326", month());
        assertThat(county.get("cases").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode levels = Http.as(port, "gucheng").get("/api/v1/stats/levels?territory=530326001&month=" + month()).json();
        assertThat(levels.get("levels").get(1).get("level").asString()).isEqualTo("VILLAGE");
        assertThat(levels.get("levels").get(1).get("closed").asLong()).isPositive();
        assertThat(levels.get("levels").get(0).get("motto").asString()).isEqualTo("小事不出网格");
    }

    @Test
    void theLatestRatingCountsMergedDuplicatesCountOnceAndRedeliveryChangesNothing() throws Exception {
        long unit = unitOfBumen();
        Instant received = Instant.parse("2020-01-10T02:00:00Z");
        Instant due = received.plus(Duration.ofHours(24));
        // three real cases of 2020 (the notifier writes their reporters' messages), moved by hand-made events
        long villageId = hotlineCase("T1", received);
        long duplicateId = hotlineCase("T2", received.plusSeconds(60));
        long whistledId = hotlineCase("T3", received);
        CaseFacts village = new CaseFacts(villageId, "530326-T1", "530326103001", "0301", CaseChannel.HOTLINE,
                CaseLevel.VILLAGE, null, received, due, null);
        CaseFacts duplicate = new CaseFacts(duplicateId, "530326-T2", "530326103001", "0301", CaseChannel.HOTLINE,
                CaseLevel.VILLAGE, null, received.plusSeconds(60), due.plusSeconds(60), null);
        CaseFacts whistled = new CaseFacts(whistledId, "530326-T3", "530326103001", "0301", CaseChannel.HOTLINE,
                CaseLevel.VILLAGE, unit, received, due, null);
        List<Object> loop = List.of(
                new CaseFiled(village),
                move(village, CaseAction.ACCEPT, CaseState.ACCEPTED, received.plusSeconds(600), null),
                move(village, CaseAction.HANDLE, CaseState.IN_PROGRESS, due, null),
                move(village, CaseAction.RATE, CaseState.REOPENED, due.plusSeconds(86_400), new CaseMoved.Rating(false, Satisfaction.UNSATISFIED)),
                move(village, CaseAction.REOPEN, CaseState.IN_PROGRESS, due.plusSeconds(86_500), null),
                move(village, CaseAction.RATE, CaseState.CLOSED, due.plusSeconds(200_000), new CaseMoved.Rating(true, Satisfaction.SATISFIED)),
                new CaseFiled(duplicate),
                new CaseMoved(duplicate, CaseAction.MERGE, CaseState.RECEIVED, CaseState.CLOSED, received.plusSeconds(900), "t", null, null, villageId),
                new CaseFiled(whistled),
                move(whistled, CaseAction.CHECK_IN, CaseState.IN_PROGRESS, due.plusSeconds(1), null),
                move(whistled, CaseAction.AUTO_CLOSE, CaseState.CLOSED, due.plusSeconds(900_000), null));
        for (Object event : loop) {
            transaction.executeWithoutResult(s -> events.publishEvent(event));
        }
        transaction.executeWithoutResult(s -> events.publishEvent(loop.get(3)));   // redelivered, late

        JsonNode county = await("admin", "530326", "2020-01", a -> a.get("closed").asLong() == 2 && a.get("rated").asLong() == 1
                && a.get("satisfied").asLong() == 1 && a.get("cases").asLong() == 2);
        assertThat(county.get("cases").asLong()).isEqualTo(2);
        assertThat(county.get("responded").asLong()).as("at the deadline: on time; a second late: not").isEqualTo(1);
        assertThat(county.get("rated").asLong()).isEqualTo(1);
        assertThat(county.get("solved").asLong()).isEqualTo(1);
        assertThat(county.get("satisfied").asLong()).isEqualTo(1);
        assertThat(county.get("closed").asLong()).isEqualTo(2);
        assertThat(county.get("responseRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(county.get("satisfactionRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(county.get("composite").decimalValue()).isEqualByComparingTo("85.00");
        JsonNode town = rates("yiche", "530326103", "2020-01");
        assertThat(town.get("cases").asLong()).as("the whistled case is the department's").isEqualTo(1);
        JsonNode dept = rates("admin", String.valueOf(unit), "2020-01");
        assertThat(dept.get("cases").asLong()).isEqualTo(1);
        assertThat(dept.get("rated").asLong()).isZero();
        assertThat(dept.get("resolutionRate").isNull()).isTrue();

        JsonNode ranking = Http.as(port, "yiche").get("/api/v1/stats/rankings?of=towns&month=2020-01").json();
        assertThat(ranking.get("items")).hasSize(25);
        assertThat(ranking.get("items").get(0).get("unit").asString()).isEqualTo("530326103");
        assertThat(ranking.get("items").get(0).get("rank").asInt()).isEqualTo(1);
        JsonNode departments = Http.as(port, "admin").get("/api/v1/stats/rankings?of=departments&month=2020-01").json();
        assertThat(departments.get("items").valueStream().filter(i -> i.get("unit").asString().equals(String.valueOf(unit)))
                .findFirst().orElseThrow().get("cases").asLong()).isEqualTo(1);
        JsonNode levels = Http.as(port, "yiche").get("/api/v1/stats/levels?territory=530326103&month=2020-01").json();
        assertThat(levels.get("closed").asLong()).isEqualTo(2);
        assertThat(levels.get("levels").get(1).get("share").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(levels.get("levels").get(3).get("share").decimalValue()).as("a department closes at the county").isEqualByComparingTo("0.5");
    }

    long hotlineCase(String order, Instant received) {
        return cases.fileExternal(new ExternalIntake(CaseChannel.HOTLINE, "THREE-RATES-" + order, "0301", "三率测试工单 " + order,
                null, null, "迤车镇", "530326103001", null, received)).view().id();
    }

    static CaseMoved move(CaseFacts facts, CaseAction action, CaseState to, Instant at, CaseMoved.Rating rating) {
        return new CaseMoved(facts, action, CaseState.ACCEPTED, to, at, "t", null, rating, null);
    }

    @Test
    void anEventThatCannotBeFoldedIsSetAsideAndDoesNotHoldUpTheOthers() throws Exception {
        long broken = jdbc.sql("insert into analytics.case_event_queue (case_id, kind, payload) values (1, 'MOVED', '{\"facts\": 4')"
                + " returning id").query(Long.class).single();
        Instant received = Instant.parse("2021-03-10T02:00:00Z");
        long caseId = hotlineCase("PARK", received);

        JsonNode county = await("admin", "530326", "2021-03", a -> a.get("cases").asLong() == 1);
        assertThat(county.get("cases").asLong()).as("the case behind the broken event is counted").isEqualTo(1);
        var parked = jdbc.sql("select parked_at is not null as parked, error from analytics.case_event_queue where id = :id")
                .param("id", broken).query((rs, n) -> rs.getBoolean("parked") + " " + rs.getString("error")).single();
        assertThat(parked).startsWith("true ").containsIgnoringCase("jackson");
        assertThat(jdbc.sql("select count(*) from analytics.case_event_queue where case_id = :id").param("id", caseId)
                .query(Long.class).single()).as("the good event was folded and deleted").isZero();
    }

    @Test
    void anotherTownsFiguresAreRefused() {
        long unit = unitOfBumen();
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/stats/three-rates?unit=530326001").status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/stats/three-rates?unit=" + TANGLANG).status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/stats/three-rates?unit=530326").status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/stats/levels?territory=530326001").status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/stats/three-rates?unit=" + unit).status()).as("a department's detail").isEqualTo(403);
        assertThat(yiche.get("/api/v1/stats/rankings?of=towns").status()).as("the town ranking is published").isEqualTo(200);
        assertThat(yiche.get("/api/v1/stats/rankings?of=departments").status()).isEqualTo(403);
        assertThat(yiche.get("/stats/unit?unit=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/stats/three-rates?unit=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "shequ").get("/api/v1/stats/three-rates?unit=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/stats/three-rates").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/stats/rankings").status()).isEqualTo(403);
        var refused = Http.as(port, "gucheng").get("/api/v1/stats/three-rates?unit=530326103");
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.detail()).contains("不在您的辖区内");
    }

    @Test
    void badQueriesAreA400InChinese() {
        Http admin = Http.as(port, "admin");
        assertThat(admin.get("/api/v1/stats/three-rates?month=2026-13").detail()).contains("年-月");
        assertThat(admin.get("/api/v1/stats/three-rates?unit=abc").detail()).contains("unit");
        assertThat(admin.get("/api/v1/stats/rankings?of=villages").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/stats/levels?territory=53032600100100").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/stats/three-rates?unit=99999").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/stats/three-rates?unit=530326999").status()).isEqualTo(404);
    }

    @Test
    void thePagesWorkWithoutJavaScript() {
        Http admin = Http.anonymous(port);
        admin.formLogin("admin", Http.DEMO_PASSWORD);
        assertThat(admin.get("/").body()).contains("三率与排名");
        assertThat(admin.get("/stats").location()).contains("/stats/unit?unit=530326");
        var overview = admin.get("/stats/unit?unit=530326&month=2020-01");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("响应率", "小事不出网格", "迤车镇");
        var ranking = admin.get("/stats/rankings?of=departments&month=2020-01");
        assertThat(ranking.body()).contains("<table", "县住房和城乡建设局", "echarts.min.js");
        assertThat(admin.get("/stats/levels?territory=530326103&month=2020-01").body()).contains("难事不出乡");
        Http town = Http.anonymous(port);
        town.formLogin("gucheng", Http.DEMO_PASSWORD);
        assertThat(town.get("/stats/unit").body()).contains("古城街道", "堂琅社区");
        assertThat(town.get("/webjars/echarts/dist/echarts.min.js").status()).isEqualTo(200);
    }
}

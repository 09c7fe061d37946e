package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.internal.HouseholdProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Logging visits through the API, as the phone does online and from its offline queue. */
@AppTest
class VisitApiIT {

    @LocalServerPort
    int port;

    @Autowired
    HouseholdProjection projection;
    @Autowired
    TerritoryApi territory;
    @Autowired
    IdentityApi identity;
    @Autowired
    JdbcClient jdbc;

    VisitFixture fixture;
    GridView grid;
    long household;

    @BeforeEach
    void households() {
        fixture = new VisitFixture(projection, territory, identity, jdbc);
        fixture.households();
        grid = fixture.grids().getFirst();
        household = fixture.household(grid, 0);
    }

    String visit(String clientId, String found) {
        return """
                {"clientId": "%s", "householdId": %d, "kind": "HOME", "visitedAt": "%s", "lat": %s, "lon": %s,
                 "found": "%s", "requests": ["想申请临时救助", "门前路灯不亮"], "followUpNote": "下周送药上门",
                 "followUpDueOn": "%s"}"""
                .formatted(clientId, household, OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).withNano(0),
                        grid.centroid().lat(), grid.centroid().lon(), found, LocalDate.now().plusDays(7));
    }

    @Test
    void aGridWorkerLogsAVisitWithItsRequestsFollowUpAndPositionInTheHouseholdsGrid() {
        Http wangge = Http.as(port, "wangge");
        var logged = wangge.postJson("/api/v1/visits", visit(UUID.randomUUID().toString(), "独居老人身体尚可，药快吃完了"));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        JsonNode v = logged.json();
        assertThat(logged.location()).isEqualTo("/api/v1/visits/" + v.get("id").asLong());
        assertThat(v.get("householdId").asLong()).isEqualTo(household);
        assertThat(v.get("kind").asString()).isEqualTo("HOME");
        assertThat(v.get("kindLabel").asString()).isEqualTo("走访");
        assertThat(v.get("positionCheck").asString()).isEqualTo("SAME_GRID");
        assertThat(v.get("visitedAt").asString()).endsWith("+08:00");
        assertThat(v.get("visitorName").asString()).isEqualTo("堂琅社区网格员");
        assertThat(v.get("requests").valueStream().map(r -> r.get("text").asString() + ":" + r.get("status").asString()))
                .containsExactly("想申请临时救助:OPEN", "门前路灯不亮:OPEN");
        assertThat(v.get("followUps").get(0).get("note").asString()).isEqualTo("下周送药上门");
        assertThat(v.get("followUps").get(0).get("done").asBoolean()).isFalse();

        long id = v.get("id").asLong();
        JsonNode read = wangge.get("/api/v1/visits/" + id).json();
        assertThat(read.get("found").asString()).isEqualTo("独居老人身体尚可，药快吃完了");
        long followUp = read.get("followUps").get(0).get("id").asLong();
        var done = wangge.postJson("/api/v1/visits/" + id + "/follow-ups/" + followUp + "/done", "{}");
        assertThat(done.json().get("followUps").get(0).get("done").asBoolean()).isTrue();
    }

    @Test
    void theSameClientIdSentAgainWithTheSameContentAnswersTheFirstVisitWith200AndWritesNoSecondRow() {
        Http wangge = Http.as(port, "wangge");
        String clientId = UUID.randomUUID().toString();
        String body = visit(clientId, "家中漏雨，已拍照");
        var first = wangge.postJson("/api/v1/visits", body);
        var again = wangge.postJson("/api/v1/visits", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(again.json().get("clientId").asString()).isEqualTo(clientId);
        assertThat(fixture.visitsWithClientId(clientId)).isEqualTo(1);
    }

    @Test
    void theSameClientIdWithDifferentContentIs409AndChangesNothing() {
        Http wangge = Http.as(port, "wangge");
        String clientId = UUID.randomUUID().toString();
        long id = wangge.postJson("/api/v1/visits", visit(clientId, "一切正常")).json().get("id").asLong();
        var clash = wangge.postJson("/api/v1/visits", visit(clientId, "发现安全隐患"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.isProblem()).isTrue();
        assertThat(clash.detail()).startsWith("该离线记录的编号已用于另一条不同的走访记录");
        assertThat(fixture.visitsWithClientId(clientId)).isEqualTo(1);
        assertThat(wangge.get("/api/v1/visits/" + id).json().get("found").asString()).isEqualTo("一切正常");
    }

    @Test
    void theIdempotencyKeyHeaderStandsForAnAbsentClientId() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"householdId": %d, "kind": "RETURN", "found": "回访：路灯已修好"}""".formatted(household);
        String token = token();
        HttpClient client = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/visits"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(answer.statusCode());
        }
        assertThat(statuses).containsExactly(201, 200);
        assertThat(fixture.visitsWithClientId(key)).isEqualTo(1);
    }

    String token() {
        return Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"wangge\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}").json().get("token").asString();
    }

    @Test
    void sendsOfOneClientIdAtTheSameMomentMakeOneVisit() throws Exception {
        Http wangge = Http.as(port, "wangge");
        String clientId = UUID.randomUUID().toString();
        String body = visit(clientId, "同时提交的同一条记录");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sends.add(() -> wangge.postJson("/api/v1/visits", body).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(sends)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(fixture.visitsWithClientId(clientId)).isEqualTo(1);
    }

    @Test
    void badInputIs400InChineseAndWritesNothing() {
        Http wangge = Http.as(port, "wangge");
        int before = count();
        String future = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(1).toString();
        String old = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(31).toString();
        String[] bodies = {
                "{\"householdId\": %d, \"kind\": \"HOME\", \"visitedAt\": \"%s\"}".formatted(household, future),
                "{\"householdId\": %d, \"kind\": \"HOME\", \"visitedAt\": \"%s\"}".formatted(household, old),
                "{\"householdId\": %d, \"kind\": \"TEA\"}".formatted(household),
                "{\"householdId\": %d, \"kind\": \"HOME\", \"lat\": 26.4}".formatted(household),
                "{\"householdId\": %d, \"kind\": \"HOME\", \"clientId\": \"not-a-uuid\"}".formatted(household),
                "{\"kind\": \"HOME\"}",
                "{\"householdId\": %d, \"kind\": \"HOME\", \"followUpNote\": \"要回访\"}".formatted(household),
                "{\"householdId\": %d, \"kind\": \"HOME\", \"roundId\": 999999}".formatted(household)};
        for (String body : bodies) {
            var refused = wangge.postJson("/api/v1/visits", body);
            assertThat(refused.status()).as(body + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.detail()).as(body).matches(".*\\p{IsHan}.*");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aVisitFromAnotherGridIsKeptAndFlaggedAndOneWithoutPositionSaysSo() {
        Http wangge = Http.as(port, "wangge");
        GridView other = fixture.grids().get(1);
        var elsewhere = wangge.postJson("/api/v1/visits", """
                {"householdId": %d, "kind": "APPOINTMENT", "lat": %s, "lon": %s}"""
                .formatted(household, other.centroid().lat(), other.centroid().lon()));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
        assertThat(elsewhere.json().get("positionCheck").asString()).isEqualTo("OTHER_GRID");
        assertThat(elsewhere.json().get("gridCodeFound").asString()).isEqualTo(other.code());
        var nowhere = wangge.postJson("/api/v1/visits", "{\"householdId\": %d, \"kind\": \"RECEPTION\"}".formatted(household));
        assertThat(nowhere.json().get("positionCheck").asString()).isEqualTo("NO_POSITION");
    }

    @Test
    void theListFiltersByHouseholdKindAndDayAndPagesNewestFirst() {
        Http shequ = Http.as(port, "shequ");
        long second = fixture.household(grid, 1);
        for (int i = 0; i < 3; i++) {
            shequ.postJson("/api/v1/visits", "{\"householdId\": %d, \"kind\": \"PATROL\", \"found\": \"巡访 %d\"}"
                    .formatted(second, i));
        }
        JsonNode page = shequ.get("/api/v1/visits?household=" + second + "&kind=PATROL&limit=2").json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("found").asString()).isEqualTo("巡访 2");
        JsonNode rest = shequ.get("/api/v1/visits?household=" + second + "&kind=PATROL&limit=2&after=" + page.get("next").asString()).json();
        assertThat(rest.get("items").get(0).get("found").asString()).isEqualTo("巡访 0");
        assertThat(rest.get("next").isNull()).isTrue();
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        assertThat(shequ.get("/api/v1/visits?household=" + second + "&from=" + today + "&to=" + today).json().get("items").size())
                .isGreaterThanOrEqualTo(3);
        assertThat(shequ.get("/api/v1/visits?territory=530326103").json().get("items")).isEmpty();
        assertThat(shequ.get("/api/v1/visits?kind=TEA").status()).isEqualTo(400);
    }

    @Test
    void aRoundCountsTheVisitsThatCarryItAgainstTheHouseholdsPlanned() {
        Http shequ = Http.as(port, "shequ");
        long first = fixture.household(grid, 2);
        long second = fixture.household(grid, 3);
        String monday = LocalDate.now(ZoneOffset.ofHours(8)).with(java.time.DayOfWeek.MONDAY).toString();
        var planned = shequ.postJson("/api/v1/visits/rounds", """
                {"territoryCode": "%s", "courtyard": "老街院子", "week": "%s", "householdIds": [%d, %d]}"""
                .formatted(grid.code(), monday, first, second));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long round = planned.json().get("id").asLong();
        assertThat(planned.json().get("planned").asInt()).isEqualTo(2);
        assertThat(planned.json().get("done").asInt()).isZero();
        var visited = shequ.postJson("/api/v1/visits", "{\"householdId\": %d, \"kind\": \"HOME\", \"roundId\": %d}"
                .formatted(first, round));
        assertThat(visited.status()).as(visited.body()).isEqualTo(201);
        JsonNode read = shequ.get("/api/v1/visits/rounds/" + round).json();
        assertThat(read.get("done").asInt()).isEqualTo(1);
        assertThat(read.get("households").valueStream().filter(h -> h.get("visited").asBoolean())
                .map(h -> h.get("householdId").asLong())).containsExactly(first);
        assertThat(shequ.get("/api/v1/visits/rounds?week=" + monday).json().get("items").valueStream()
                .map(r -> r.get("id").asLong())).contains(round);
        var tuesday = shequ.postJson("/api/v1/visits/rounds", """
                {"territoryCode": "%s", "week": "%s", "householdIds": [%d]}"""
                .formatted(grid.code(), LocalDate.parse(monday).plusDays(1), first));
        assertThat(tuesday.status()).isEqualTo(400);
        assertThat(tuesday.detail()).contains("周一");
        assertThat(Http.as(port, "yiche").get("/api/v1/visits/rounds/" + round).status()).isEqualTo(404);
    }

    @Test
    void aFindingAsksTheCarePlanForAChangeAppendedDatedAndTheVisitRemembersIt() {
        Http shequ = Http.as(port, "shequ");
        long planned = fixture.household(grid, 4);
        jdbc.sql("""
                insert into visits.care_plan (county, household_id, territory_code, tags, visit_every_days, needs, starts_on,
                    next_due_on)
                values ('530326', :h, :grid, '{独居老人}', 7, '每周送药', current_date, current_date)""")
                .param("h", planned).param("grid", grid.code()).update();
        long id = VisitFixture.logged(shequ, planned, grid, "老人腿脚不便，需要上门理发");
        // the visit itself has moved the plan's due date on (and its version)
        int before = jdbc.sql("select version from visits.care_plan where household_id = :h").param("h", planned)
                .query(Integer.class).single();
        var noted = shequ.postJson("/api/v1/visits/" + id + "/care-plan-note", "{\"needs\": \"需要上门理发\"}");
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
        assertThat(noted.json().get("opened").get(0).get("kind").asString()).isEqualTo("CARE_PLAN");
        var plan = jdbc.sql("select needs, version from visits.care_plan where household_id = :h").param("h", planned)
                .query((rs, n) -> rs.getString("needs") + "|" + rs.getInt("version")).single();
        assertThat(plan).startsWith("每周送药\n需要上门理发（").contains("走访记录 " + id).endsWith("|" + (before + 1));

        long without = VisitFixture.logged(shequ, fixture.household(grid, 5), grid, "一切正常");
        var none = shequ.postJson("/api/v1/visits/" + without + "/care-plan-note", "{\"needs\": \"无\"}");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.detail()).contains("帮扶计划");
        assertThat(shequ.postJson("/api/v1/visits/" + id + "/care-plan-note", "{}").status()).isEqualTo(400);
    }

    @Test
    void aFindingRegistersADisputeAndTheVisitShowsIt() {
        Http shequ = Http.as(port, "shequ");
        long id = VisitFixture.logged(shequ, fixture.household(grid, 6), grid, "两户因排水沟堵塞发生争执");
        var registered = shequ.postJson("/api/v1/visits/" + id + "/dispute", """
                {"type": "NEIGHBOUR", "risk": "GREEN", "applicant": "张某", "respondent": "李某"}""");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        JsonNode opened = registered.json().get("opened").get(0);
        assertThat(opened.get("kind").asString()).isEqualTo("DISPUTE");
        JsonNode dispute = shequ.get("/api/v1/disputes/" + opened.get("targetId").asLong()).json();
        assertThat(dispute.get("dispute").get("summary").asString()).isEqualTo("两户因排水沟堵塞发生争执");
        assertThat(shequ.postJson("/api/v1/visits/" + id + "/dispute", "{\"type\": \"NEIGHBOUR\"}").status()).isEqualTo(400);
    }

    int count() {
        return jdbc.sql("select count(*) from visits.visit").query(Integer.class).single();
    }
}

package org.jiceng.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jiceng.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Automatic dispatch by the model (in {@code DispatchIT}'s context, where the demo start trained one): a town's
 * switch and threshold, rules first, the timeline's mark, corrections counted, and who may change the setting.
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchAutoRouteIT {

    static final String GUCHENG = "530326001";
    static final String LIGHT = "我们巷子里的路灯坏了一个多星期，晚上黑漆漆的，老人出门怕摔，麻烦派人来修一下";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void switchOff() {
        Http.as(port, "admin").putJson("/api/v1/dispatch/settings/" + GUCHENG,
                "{\"enabled\": false, \"thresholdPermille\": 900}");
    }

    Http.Response setting(String user, boolean enabled, int threshold) {
        return Http.as(port, user).putJson("/api/v1/dispatch/settings/" + GUCHENG,
                "{\"enabled\": %s, \"thresholdPermille\": %d}".formatted(enabled, threshold));
    }

    long file(String category, String description) {
        JsonNode c = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0)
                .get("centroid");
        Http.Response filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "%s", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(category, description, c.get("lat").asDouble(), c.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    JsonNode caseOf(long id) {
        return Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
    }

    /** The router runs after the filing committed; give it a moment. */
    JsonNode settled(long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        JsonNode c = caseOf(id);
        while (Instant.now().isBefore(until) && "RECEIVED".equals(c.get("state").asString())) {
            Thread.sleep(200);
            c = caseOf(id);
        }
        return c;
    }

    long unit(String user) {
        return Http.as(port, user).get("/api/v1/me").json().get("unitId").asLong();
    }

    @Test
    void withAutoRoutingOffANewCaseWaitsForAPerson() throws InterruptedException {
        assertThat(setting("gucheng", false, 0).status()).isEqualTo(200);
        long id = file("0301", LIGHT);
        Thread.sleep(2000);
        assertThat(caseOf(id).get("state").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void aCaseLeftInTheQueueByANodeThatStoppedIsRoutedByTheNextRound() throws InterruptedException {
        assertThat(setting("gucheng", false, 0).status()).isEqualTo(200);
        long id = file("0301", LIGHT);
        assertThat(setting("gucheng", true, 10).status()).isEqualTo(200);
        // the row a filing committed before its node died, with nobody having routed the case yet
        jdbc.sql("insert into dispatch.route_pending (case_id, town_code) values (:id, :town)")
                .param("id", id).param("town", GUCHENG).update();
        assertThat(settled(id).get("state").asString()).isEqualTo("DISPATCHED");
        assertThat(queued(id)).isZero();
    }

    @Test
    void aQueuedCaseThatCannotBeRoutedIsLeftToAPersonAfterThreeAttempts() throws InterruptedException {
        assertThat(setting("gucheng", true, 10).status()).isEqualTo(200);
        long missing = -4711;
        jdbc.sql("insert into dispatch.route_pending (case_id, town_code) values (:id, :town)")
                .param("id", missing).param("town", GUCHENG).update();
        // a round every half second: the row shows its failed attempts until the third takes it out
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        long mostAttempts = 0;
        while (Instant.now().isBefore(until) && queued(missing) > 0) {
            mostAttempts = Math.max(mostAttempts, jdbc.sql("select coalesce(max(attempts), 0) from dispatch.route_pending"
                    + " where case_id = :id").param("id", missing).query(Long.class).single());
            Thread.sleep(20);
        }
        assertThat(queued(missing)).isZero();
        assertThat(mostAttempts).as("tried again before it was given up").isEqualTo(2);
    }

    long queued(long caseId) {
        return jdbc.sql("select count(*) from dispatch.route_pending where case_id = :id").param("id", caseId)
                .query(Long.class).single();
    }

    @Test
    void withAutoRoutingOnANewCaseIsDispatchedToTheModelsUnitAndMarkedAsAutomatic() throws InterruptedException {
        Http.Response saved = setting("gucheng", true, 10);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("enabled").asBoolean()).isTrue();
        long id = file("0301", LIGHT);
        JsonNode c = settled(id);
        assertThat(c.get("state").asString()).isEqualTo("DISPATCHED");
        assertThat(c.get("leadUnitId").asLong()).isEqualTo(unit("bumen"));
        String timeline = Http.as(port, "gucheng").get("/api/v1/cases/" + id + "/timeline").body();
        assertThat(timeline).containsPattern("智能分派（置信度 \\d{1,3}%）");
        JsonNode other = Http.as(port, "yiche").get("/api/v1/dispatch/settings/530326103").json();
        assertThat(other.get("enabled").asBoolean()).isFalse();
    }

    @Test
    void aCaseFiledAsUnsortedGetsTheModelsCategoryWithItsUnitMarkedAutomatic() throws InterruptedException {
        assertThat(setting("gucheng", true, 10).status()).isEqualTo(200);
        JsonNode before = Http.as(port, "gucheng").get("/api/v1/dispatch/settings/" + GUCHENG).json();
        long id = file("9901", LIGHT);
        JsonNode c = settled(id);
        assertThat(c.get("state").asString()).isEqualTo("DISPATCHED");
        assertThat(c.get("categoryCode").asString()).isEqualTo("0301");
        String timeline = Http.as(port, "gucheng").get("/api/v1/cases/" + id + "/timeline").body();
        assertThat(timeline).contains("分类由“其他（待分类）”改为“路灯故障”（智能分派）");
        JsonNode after = Http.as(port, "gucheng").get("/api/v1/dispatch/settings/" + GUCHENG).json();
        assertThat(after.get("categorised").asLong()).isEqualTo(before.get("categorised").asLong() + 1);

        // a person's change of that category is a correction; the case now teaches the corrected category
        Http.Response corrected = Http.as(port, "gucheng").patchJson("/api/v1/cases/" + id, "{\"categoryCode\": \"0302\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("categoryCode").asString()).isEqualTo("0302");
        JsonNode counted = Http.as(port, "gucheng").get("/api/v1/dispatch/settings/" + GUCHENG).json();
        assertThat(counted.get("categoryCorrected").asLong()).isEqualTo(before.get("categoryCorrected").asLong() + 1);
    }

    @Test
    void theFilersOwnCategoryIsKeptWhenTheModelDispatches() throws InterruptedException {
        assertThat(setting("gucheng", true, 10).status()).isEqualTo(200);
        long id = file("0105", LIGHT);
        JsonNode c = settled(id);
        assertThat(c.get("state").asString()).isEqualTo("DISPATCHED");
        assertThat(c.get("categoryCode").asString()).isEqualTo("0105");
    }

    @Test
    void aCategoryIsCorrectedOnlyByStaffOfTheCasesTerritoryToAnActiveLeaf() {
        long id = file("0301", LIGHT);
        assertThat(Http.as(port, "yiche").patchJson("/api/v1/cases/" + id, "{\"categoryCode\": \"0302\"}").status())
                .isIn(403, 404);
        assertThat(Http.as(port, "jumin").patchJson("/api/v1/cases/" + id, "{\"categoryCode\": \"0302\"}").status())
                .isEqualTo(403);
        Http.Response group = Http.as(port, "gucheng").patchJson("/api/v1/cases/" + id, "{\"categoryCode\": \"03\"}");
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.body()).contains("categoryCode").contains("具体分类");
        assertThat(caseOf(id).get("categoryCode").asString()).isEqualTo("0301");
    }

    @Test
    void onTheCasePageStaffCorrectACategoryAndAResidentHasNoSuchForm() {
        long id = file("9901", LIGHT);
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).contains("id=\"category-form\"");
        assertThat(Http.as(port, "jumin").get("/cases/" + id).body()).doesNotContain("category-form");
        Http.Response bad = Http.as(port, "gucheng").postForm("/cases/" + id + "/category", java.util.Map.of("categoryCode", "03"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("未能更改分类");
        Http.Response moved = Http.as(port, "gucheng").postForm("/cases/" + id + "/category", java.util.Map.of("categoryCode", "0301"));
        assertThat(moved.status()).isIn(302, 303);
        assertThat(caseOf(id).get("categoryCode").asString()).isEqualTo("0301");
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).contains("更改分类").contains("路灯故障");
    }

    @Test
    void aThresholdAboveTheModelsConfidenceLeavesTheCaseToAPerson() throws InterruptedException {
        assertThat(setting("gucheng", true, 1000).status()).isEqualTo(200);
        long id = file("0301", "门口那个灯好像有点问题，也不知道该找谁，反正就是不太对劲");
        Thread.sleep(2000);
        assertThat(caseOf(id).get("state").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void aMatchingRoutingRuleWinsOverTheModel() throws InterruptedException {
        Http.Response rule = Http.as(port, "admin").postJson("/api/v1/routing-rules",
                "{\"categoryPrefix\": \"0301\", \"territoryPrefix\": \"530326001\", \"level\": \"TOWN\"}");
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        try {
            assertThat(setting("gucheng", true, 10).status()).isEqualTo(200);
            long id = file("0301", LIGHT);
            Thread.sleep(2000);
            JsonNode c = caseOf(id);
            assertThat(c.get("state").asString()).isEqualTo("RECEIVED");
            assertThat(c.get("level").asString()).isEqualTo("TOWN");
        } finally {
            Http.as(port, "admin").delete("/api/v1/routing-rules/" + rule.json().get("id").asLong());
        }
    }

    @Test
    void aReRouteOfAnAutomaticDispatchCountsAsACorrection() throws InterruptedException {
        assertThat(setting("gucheng", true, 10).status()).isEqualTo(200);
        JsonNode before = Http.as(port, "gucheng").get("/api/v1/dispatch/settings/" + GUCHENG).json();
        long id = file("0301", LIGHT);
        assertThat(settled(id).get("state").asString()).isEqualTo("DISPATCHED");
        long other = Http.as(port, "gucheng").get("/api/v1/units?territory=530326").json().get("items").valueStream()
                .map(u -> u.get("id").asLong()).filter(u -> u != unit("bumen")).findFirst().orElseThrow();
        Http.Response returned = Http.as(port, "bumen").postJson("/api/v1/cases/" + id + "/actions/return",
                "{\"reason\": \"不属于本单位职责\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        Http.Response again = Http.as(port, "gucheng").postJson("/api/v1/cases/" + id + "/actions/dispatch",
                "{\"leadUnitId\": " + other + "}");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        JsonNode after = Http.as(port, "gucheng").get("/api/v1/dispatch/settings/" + GUCHENG).json();
        assertThat(after.get("automatic").asLong()).isEqualTo(before.get("automatic").asLong() + 1);
        assertThat(after.get("corrected").asLong()).isEqualTo(before.get("corrected").asLong() + 1);
        assertThat(Http.as(port, "gucheng").get("/dispatch/model").body()).contains("被改派纠正");
    }

    @Test
    void onlyTheTownAndTheCountyMayReadOrChangeATownsSetting() {
        assertThat(setting("yiche", true, 10).status()).isIn(403, 404);
        assertThat(Http.as(port, "yiche").get("/api/v1/dispatch/settings/" + GUCHENG).status()).isIn(403, 404);
        assertThat(setting("jumin", true, 10).status()).isEqualTo(403);
        assertThat(setting("bumen", true, 10).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/dispatch/settings/" + GUCHENG).status()).isEqualTo(403);
        assertThat(setting("shequ", true, 10).status()).isEqualTo(403);
        assertThat(setting("admin", true, 10).status()).isEqualTo(200);
        Http.Response bad = setting("gucheng", true, 1001);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("置信度门槛");
        assertThat(Http.as(port, "gucheng").get("/api/v1/dispatch/settings/5303260").status()).isEqualTo(404);
        assertThat(Http.as(port, "gucheng").putJson("/api/v1/dispatch/settings/" + GUCHENG,
                "{\"enabled\": true, \"thresholdPermille\": 10, \"version\": 99999}").status()).isEqualTo(409);
    }
}

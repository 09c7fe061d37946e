package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.cases.internal.AutoCloser;
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

/** A visit's finding opens a case in one step; the case keeps the visit as its source and runs the whole loop. */
@AppTest
class VisitOpensCaseIT {

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
    @Autowired
    AutoCloser autoCloser;

    VisitFixture fixture;
    GridView grid;

    @BeforeEach
    void households() {
        fixture = new VisitFixture(projection, territory, identity, jdbc);
        fixture.households();
        grid = fixture.grids().getFirst();
    }

    Http.Response act(String user, long id, String action, String body) {
        return Http.as(port, user).postJson("/api/v1/cases/" + id + "/actions/" + action, body);
    }

    @Test
    void aVisitOpensACaseThatKeepsItAsItsSourceAndThenRunsTheLoop() {
        Http wangge = Http.as(port, "wangge");
        long visit = VisitFixture.logged(wangge, fixture.household(grid, 7), grid, "走访发现巷口路灯损坏");
        long request = wangge.get("/api/v1/visits/" + visit).json().get("requests").get(0).get("id").asLong();

        var opened = wangge.postJson("/api/v1/visits/" + visit + "/case",
                "{\"categoryCode\": \"0301\", \"requestId\": " + request + "}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        JsonNode link = opened.json().get("opened").get(0);
        assertThat(link.get("kind").asString()).isEqualTo("CASE");
        assertThat(opened.json().get("requests").get(0).get("status").asString()).isEqualTo("TURNED_INTO_CASE");
        long id = link.get("targetId").asLong();

        JsonNode filed = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        assertThat(filed.get("sourceRef").asString()).isEqualTo("visit:" + visit);
        assertThat(filed.get("channel").asString()).isEqualTo("VISIT");
        assertThat(filed.get("territoryCode").asString()).isEqualTo(grid.code());
        assertThat(filed.get("description").asString()).isEqualTo("门前路灯不亮，晚上出行不便");

        assertThat(act("gucheng", id, "accept", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "handle", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "resolve", "{\"note\": \"已更换灯泡\"}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "verify", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "reply", "{\"note\": \"路灯已修复，已回访该户\"}").status()).isEqualTo(200);
        jdbc.sql("update cases.case_file set replied_at = now() - interval '7 days 1 minute' where id = :id").param("id", id).update();
        autoCloser.sweep();
        JsonNode closed = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("sourceRef").asString()).isEqualTo("visit:" + visit);

        assertThat(wangge.postJson("/api/v1/visits/" + visit + "/case",
                "{\"categoryCode\": \"0301\", \"requestId\": " + request + "}").status()).as("turned once").isEqualTo(409);
    }

    @Test
    void theCasePageShowsItCameFromAVisitAndLinksToIt() {
        Http shequ = Http.as(port, "shequ");
        long visit = VisitFixture.logged(shequ, fixture.household(grid, 8), grid, "院坝积水，排水沟堵塞");
        long id = shequ.postJson("/api/v1/visits/" + visit + "/case", "{\"categoryCode\": \"0301\"}").json()
                .get("opened").get(0).get("targetId").asLong();
        Http browser = Http.anonymous(port);
        browser.formLogin("shequ", Http.DEMO_PASSWORD);
        String page = browser.get("/cases/" + id).body();
        assertThat(page).contains("来源：走访记录").contains("href=\"/visits/" + visit + "\"");
        String visitPage = browser.get("/visits/" + visit).body();
        assertThat(visitPage).contains("院坝积水，排水沟堵塞").contains("/cases/" + id);
    }

    @Test
    void aBadCategoryOpensNothingAndTheVisitStaysAsItWas() {
        Http shequ = Http.as(port, "shequ");
        long visit = VisitFixture.logged(shequ, fixture.household(grid, 9), grid, "发现问题需要立案");
        var refused = shequ.postJson("/api/v1/visits/" + visit + "/case", "{\"categoryCode\": \"9999\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("分类");
        assertThat(shequ.get("/api/v1/visits/" + visit).json().get("opened")).isEmpty();
    }

    @Test
    void aCaseFiledThroughTheApiCannotClaimAVisitAsItsSource() {
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "路灯坏了好几天了", "lat": %s, "lon": %s, "source": "visit:1"}"""
                .formatted(grid.centroid().lat(), grid.centroid().lon()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(Http.as(port, "jumin").get("/api/v1/cases/" + filed.json().get("id").asLong()).json().get("sourceRef").isNull())
                .isTrue();
    }
}

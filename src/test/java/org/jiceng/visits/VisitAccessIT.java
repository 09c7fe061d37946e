package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Who logs and reads which visits, as the permission policy says. */
@AppTest
class VisitAccessIT {

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
    GridView own;
    GridView other;

    @BeforeEach
    void households() {
        fixture = new VisitFixture(projection, territory, identity, jdbc);
        fixture.households();
        own = fixture.grids().get(0);
        other = fixture.grids().get(1);
    }

    @Test
    void aGridWorkerLogsVisitsInTheirGridOnly() {
        Http wangge = Http.as(port, "wangge");
        VisitFixture.logged(wangge, fixture.household(own, 0), own, "本网格走访");
        var elsewhere = wangge.postJson("/api/v1/visits", VisitFixture.body(fixture.household(other, 0), other, "别的网格"));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.detail()).contains("不存在或不在您的辖区内");
        long theirs = VisitFixture.logged(Http.as(port, "shequ"), fixture.household(other, 0), other, "社区走访别的网格");
        assertThat(wangge.get("/api/v1/visits/" + theirs).status()).isEqualTo(404);
        assertThat(wangge.get("/api/v1/visits?limit=500").body()).doesNotContain("社区走访别的网格");
    }

    @Test
    void anotherTownNeitherLogsNorReadsAndLearnsNothing() {
        long household = fixture.household(own, 1);
        long id = VisitFixture.logged(Http.as(port, "gucheng"), household, own, "街道干部走访记录");
        Http yiche = Http.as(port, "yiche");
        var read = yiche.get("/api/v1/visits/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("街道干部走访记录");
        assertThat(yiche.get("/api/v1/visits?limit=500").body()).doesNotContain("街道干部走访记录");
        assertThat(yiche.postJson("/api/v1/visits", VisitFixture.body(household, own, "外镇")).status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/visits/" + id + "/case", "{\"categoryCode\": \"0301\"}").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/visits/rounds", """
                {"territoryCode": "%s", "householdIds": [%d]}""".formatted(own.code(), household)).status()).isIn(403, 404);
    }

    @Test
    void residentsAndDepartmentsAreRefusedAndToldWhoMay() {
        long id = VisitFixture.logged(Http.as(port, "shequ"), fixture.household(own, 2), own, "社区走访");
        for (String user : new String[] {"jumin", "bumen", "dangjian"}) {
            Http http = Http.as(port, user);
            var list = http.get("/api/v1/visits");
            assertThat(list.status()).as(user).isEqualTo(403);
            assertThat(list.detail()).as(user).contains("网格员");
            assertThat(http.get("/api/v1/visits/" + id).status()).as(user).isEqualTo(403);
            assertThat(http.postJson("/api/v1/visits", VisitFixture.body(fixture.household(own, 2), own, "x")).status())
                    .as(user).isEqualTo(403);
            assertThat(http.postJson("/api/v1/visits/" + id + "/case", "{\"categoryCode\": \"0301\"}").status()).as(user)
                    .isEqualTo(403);
            assertThat(http.get("/api/v1/visits/rounds").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theAuditorReadsVisitsButLogsNone() {
        long id = VisitFixture.logged(Http.as(port, "shequ"), fixture.household(own, 3), own, "供巡察查看的走访");
        Http jijian = Http.as(port, "jijian");
        assertThat(jijian.get("/api/v1/visits/" + id).status()).isEqualTo(200);
        assertThat(jijian.postJson("/api/v1/visits", VisitFixture.body(fixture.household(own, 3), own, "x")).status())
                .isEqualTo(403);
        assertThat(jijian.postJson("/api/v1/visits/" + id + "/case", "{\"categoryCode\": \"0301\"}").status()).isEqualTo(403);
    }

    @Test
    void aHouseholdChiefLogsAndReadsOnlyTheHouseholdsTheyHold() {
        long held = fixture.household(other, 4);
        long notHeld = fixture.household(other, 5);
        fixture.chiefHolding(held, other);
        Http chief = Http.as(port, VisitFixture.CHIEF);
        long mine = VisitFixture.logged(chief, held, other, "户长走访本户");
        assertThat(chief.postJson("/api/v1/visits", VisitFixture.body(notHeld, other, "不归我管")).status()).isEqualTo(404);
        long neighbours = VisitFixture.logged(Http.as(port, "shequ"), notHeld, other, "邻户的走访记录");
        long heldByStaff = VisitFixture.logged(Http.as(port, "shequ"), held, other, "社区走访户长包保的户");
        assertThat(chief.get("/api/v1/visits/" + mine).status()).isEqualTo(200);
        assertThat(chief.get("/api/v1/visits/" + heldByStaff).status()).isEqualTo(200);
        assertThat(chief.get("/api/v1/visits/" + neighbours).status()).isEqualTo(404);
        String list = chief.get("/api/v1/visits?limit=500").body();
        assertThat(list).contains("户长走访本户").contains("社区走访户长包保的户").doesNotContain("邻户的走访记录");
    }
}

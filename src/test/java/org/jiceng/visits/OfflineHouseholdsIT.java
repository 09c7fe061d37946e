package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.visits.internal.HouseholdProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The households a phone keeps offline: a grid worker's grids, a 户长's own households, nobody else's. */
@AppTest
class OfflineHouseholdsIT {

    static final String GUCHENG = "530326001";

    @LocalServerPort
    int port;

    @Autowired
    HouseholdProjection projection;

    @Autowired
    JdbcClient jdbc;

    String grid;

    @BeforeEach
    void theTownsHouseholdsAreProjected() {
        projection.refresh(GUCHENG);
        grid = Http.as(port, "wangge").get("/api/v1/me").json().get("territory").get("code").asString();
    }

    List<JsonNode> all(Http http) {
        List<JsonNode> items = new ArrayList<>();
        String after = null;
        do {
            var page = http.get("/api/v1/visits/households?limit=50" + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(items::add);
            after = page.json().get("next").isNull() ? null : page.json().get("next").asString();
        } while (after != null);
        return items;
    }

    long householdsIn(String prefix) {
        return jdbc.sql("select count(*) from visits.household where territory_code like :p || '%'").param("p", prefix)
                .query(Long.class).single();
    }

    @Test
    void aGridWorkerListsEveryHouseholdOfTheirGridAndNoneOfAnother() {
        List<JsonNode> items = all(Http.as(port, "wangge"));
        assertThat(items).isNotEmpty().allSatisfy(h -> assertThat(h.get("gridCode").asString()).isEqualTo(grid));
        assertThat((long) items.size()).isEqualTo(householdsIn(grid));
        assertThat(householdsIn(GUCHENG)).as("the town has households in other grids too").isGreaterThan(items.size());
        JsonNode first = items.getFirst();
        assertThat(first.get("address").asString()).isNotBlank();
        assertThat(items.stream().map(h -> h.get("id").asLong()).distinct().count()).as("keyset pages never repeat")
                .isEqualTo(items.size());
    }

    @Test
    void theHeadIsMaskedAndCareTagsAreInChinese() {
        List<JsonNode> items = all(Http.as(port, "wangge"));
        assertThat(items).allSatisfy(h -> {
            if (!h.get("head").isNull()) {
                assertThat(h.get("head").asString()).matches(".\\*+");
            }
            h.get("careTags").forEach(tag -> assertThat(tag.asString()).doesNotMatch("[A-Z_]+"));
        });
    }

    @Test
    void theNextDueDateComesFromTheCarePlanAndTheLastVisitFromTheLog() {
        // one no other test has visited or planned for, since the tests share the database
        JsonNode household = all(Http.as(port, "wangge")).stream()
                .filter(h -> h.get("lastVisitedOn").isNull() && h.get("nextDueOn").isNull()).findFirst().orElseThrow();
        long id = household.get("id").asLong();
        jdbc.sql("""
                insert into visits.visit (county, household_id, territory_code, kind, visitor_id, visitor_name, visited_at)
                values ('530326', :id, :grid, 'HOME', 1, '网格员', timestamptz '2026-11-20 10:00+08')""")
                .param("id", id).param("grid", grid).update();
        jdbc.sql("""
                insert into visits.care_plan (county, household_id, territory_code, visit_every_days, starts_on, next_due_on)
                values ('530326', :id, :grid, 30, date '2026-01-01', date '2026-12-20')""")
                .param("id", id).param("grid", grid).update();
        JsonNode shown = all(Http.as(port, "wangge")).stream().filter(h -> h.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(shown.get("lastVisitedOn").asString()).isEqualTo("2026-11-20");
        assertThat(shown.get("nextDueOn").asString()).isEqualTo("2026-12-20");
    }

    @Test
    void aHouseholdChiefListsOnlyTheHouseholdsTheyHold() {
        String password = "Huzhang-mima-2026";
        var created = Http.as(port, "admin").postJson("/api/v1/accounts", """
                {"username": "huzhang%d", "displayName": "测试户长", "password": "%s",
                 "roles": [{"role": "HOUSEHOLD_CHIEF", "territory": "%s"}]}""".formatted(System.nanoTime() % 100000, password, grid));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long account = created.json().get("id").asLong();
        String username = created.json().get("username").asString();
        JsonNode held = all(Http.as(port, "wangge")).get(1);
        jdbc.sql("""
                insert into visits.assignment (county, level, territory_code, household_id, holder_kind, holder_id,
                                               holder_name, starts_on)
                values ('530326', 'HOUSEHOLD', :grid, :household, 'ACCOUNT', :account, '测试户长', date '2020-01-01')""")
                .param("grid", grid).param("household", held.get("id").asLong()).param("account", account).update();
        var token = Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        List<JsonNode> items = all(Http.anonymous(port).withToken(token.json().get("token").asString()));
        assertThat(items).extracting(h -> h.get("id").asLong()).containsExactly(held.get("id").asLong());
    }

    @Test
    void anotherTownSeesNoneOfTheseHouseholds() {
        assertThat(all(Http.as(port, "yiche"))).noneSatisfy(h -> assertThat(h.get("gridCode").asString()).startsWith(GUCHENG));
    }

    @Test
    void aResidentAndADepartmentAreRefusedTheList() {
        for (String user : new String[] {"jumin", "bumen"}) {
            var answer = Http.as(port, user).get("/api/v1/visits/households");
            assertThat(answer.status()).as(user).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.detail()).contains("走访");
        }
    }

    @Test
    void aMalformedCursorIsABadRequest() {
        var answer = Http.as(port, "wangge").get("/api/v1/visits/households?after=bm90LWEtbnVtYmVy");
        assertThat(answer.status()).isEqualTo(400);
    }
}

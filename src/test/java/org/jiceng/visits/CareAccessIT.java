package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.care.CarePlanService;
import org.jiceng.visits.internal.care.CarePlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may read and change which care plan: another town, a resident and a department are refused. */
@AppTest
class CareAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HouseholdProjection households;

    @Autowired
    CarePlans plans;

    @Autowired
    CarePlanService service;

    @Autowired
    IdentityApi identity;

    @Autowired
    MovableClock clock;

    CareFixtures care;
    String grid;
    long id;

    @BeforeEach
    void setUp() {
        care = new CareFixtures(jdbc, households, plans, identity, clock);
        grid = care.grid();
        id = care.plan(grid, 10);
    }

    @Test
    void anotherTownNeitherReadsNorChangesAPlanAndSeesNotThatItExists() {
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/care-plans/" + id).status()).isEqualTo(404);
        assertThat(yiche.get("/visits/care-plans/" + id).status()).isEqualTo(404);
        assertThat(yiche.patchJson("/api/v1/care-plans/" + id, "{\"version\": 0, \"needs\": \"x\"}").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/care-plans/" + id + "/close", "{\"version\": 0, \"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/care-plans?limit=500").json().get("items").valueStream()
                .map(p -> p.get("territoryCode").asString())).allMatch(code -> !code.startsWith(CareFixtures.TANGLANG));
        assertThat(yiche.get("/api/v1/care-plans?territory=" + grid).json().get("items").isEmpty()).isTrue();
        var overdue = yiche.get("/api/v1/care-plans/overdue?territory=" + CareFixtures.TANGLANG);
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.json().get("total").asLong()).isZero();
    }

    @Test
    void aResidentAndADepartmentAreRefusedEveryPlanAndEveryList() {
        for (String user : new String[] {"jumin", "bumen"}) {
            Http http = Http.as(port, user);
            var list = http.get("/api/v1/care-plans");
            assertThat(list.status()).as(user).isEqualTo(403);
            assertThat(list.detail()).as(user).contains("一人一策").contains("网格员");
            assertThat(http.get("/api/v1/care-plans/" + id).status()).as(user).isEqualTo(403);
            assertThat(http.get("/api/v1/care-plans/overdue").status()).as(user).isEqualTo(403);
            assertThat(http.get("/api/v1/care-plans/frequencies").status()).as(user).isEqualTo(403);
            assertThat(http.patchJson("/api/v1/care-plans/" + id, "{\"version\": 0}").status()).as(user).isEqualTo(403);
            assertThat(http.get("/visits/care-plans").status()).as(user).isEqualTo(403);
            assertThat(http.get("/").body()).as(user).doesNotContain("go-care-plans").doesNotContain("count-care-overdue");
        }
    }

    @Test
    void aGridWorkerAndTheAuditorReadButDoNotChangeAPlan() {
        for (String user : new String[] {"wangge", "jijian"}) {
            Http http = Http.as(port, user);
            var plan = http.get("/api/v1/care-plans/" + id);
            assertThat(plan.status()).as(user).isEqualTo(200);
            int version = plan.json().get("version").asInt();
            var change = http.patchJson("/api/v1/care-plans/" + id, "{\"version\": %d, \"needs\": \"x\"}".formatted(version));
            assertThat(change.status()).as(user).isEqualTo(403);
            assertThat(http.postJson("/api/v1/care-plans/" + id + "/close", "{\"version\": %d, \"reason\": \"x\"}"
                    .formatted(version)).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void onlyTheCountyAdministratorSetsTheFrequencies() {
        for (String user : new String[] {"gucheng", "shequ", "wangge", "jijian"}) {
            var put = Http.as(port, user).putJson("/api/v1/care-plans/frequencies", "{\"county\": \"530326\", \"frequencies\": {}}");
            assertThat(put.status()).as(user).isEqualTo(403);
        }
        assertThat(Http.as(port, "gucheng").get("/api/v1/care-plans/frequencies").status()).isEqualTo(200);
        assertThat(Http.as(port, "yiche").get("/api/v1/care-plans/frequencies?county=110101").status()).isEqualTo(404);
    }

    @Test
    void aHouseholdChiefReadsOnlyThePlansTheyAreResponsibleFor() {
        long theirs = care.plan(grid, 11);
        long other = care.plan(grid, 12);
        long resident = 900_000_000L + theirs;
        jdbc.sql("update visits.care_plan set responsible_kind = 'RESIDENT', responsible_id = :r, responsible_name = '户长甲'"
                + " where id = :id").param("r", resident).param("id", theirs).update();
        CurrentUser chief = new CurrentUser(-1, "huzhang", "户长甲",
                List.of(new CurrentUser.Grant(Role.HOUSEHOLD_CHIEF, grid, null)), resident, null);

        assertThat(service.detail(chief, theirs).id()).isEqualTo(theirs);
        assertThatThrownBy(() -> service.detail(chief, other)).isInstanceOf(NotFoundException.class);
        Page<CarePlanView> listed = service.list(chief, new CarePlanService.Query(null, null, null, null, null), null, 500);
        assertThat(listed.items()).extracting(CarePlanView::id).containsExactly(theirs);
        assertThatThrownBy(() -> service.update(chief, theirs, new org.jiceng.visits.internal.care.CareRequests.Change(
                service.detail(chief, theirs).version(), null, null, null, null, "x", null, null)))
                .isInstanceOf(org.jiceng.ForbiddenException.class);
    }
}

package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.internal.HouseholdProjection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the visit tests stand on: 堂琅社区's households in the projection, its grids (the first is wangge's), a
 * household of each grid, a 户长 account holding one household, and a visit logged through the API. Built by each
 * test from the application's beans.
 */
public class VisitFixture {

    public static final String TANGLANG = "530326001001";
    public static final String CHIEF = "huzhang-visits";

    private final HouseholdProjection projection;
    private final TerritoryApi territory;
    private final IdentityApi identity;
    private final JdbcClient jdbc;

    public VisitFixture(HouseholdProjection projection, TerritoryApi territory, IdentityApi identity, JdbcClient jdbc) {
        this.projection = projection;
        this.territory = territory;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    public void households() {
        projection.refresh(TANGLANG);
    }

    /** 堂琅社区's grids; the first is the grid worker wangge's. */
    public List<GridView> grids() {
        return territory.grids(TANGLANG, Scope.everything());
    }

    /** The {@code n}-th household (by id) of a grid. */
    public long household(GridView grid, int n) {
        List<Long> ids = jdbc.sql("select id from visits.household where territory_code = :grid order by id limit :n")
                .param("grid", grid.code()).param("n", n + 1).query(Long.class).list();
        assertThat(ids).as("households of grid " + grid.code()).hasSizeGreaterThan(n);
        return ids.get(n);
    }

    /** A 户长 account (password as the demo's) holding {@code householdId} through an active HOUSEHOLD assignment. */
    public void chiefHolding(long householdId, GridView grid) {
        CurrentUser chief = identity.findByUsername(CHIEF).orElseGet(() -> identity.findById(identity.createUser(
                new IdentityApi.NewUser(CHIEF, "十户长", Http.DEMO_PASSWORD,
                        List.of(new CurrentUser.Grant(Role.HOUSEHOLD_CHIEF, TANGLANG, null))))).orElseThrow());
        jdbc.sql("""
                        insert into visits.assignment (county, level, territory_code, household_id, holder_kind, holder_id,
                            holder_name, starts_on)
                        select '530326', 'HOUSEHOLD', :grid, :household, 'ACCOUNT', :holder, '十户长', :from
                        where not exists (select 1 from visits.assignment where household_id = :household
                            and holder_kind = 'ACCOUNT' and holder_id = :holder)""")
                .param("grid", grid.code()).param("household", householdId).param("holder", chief.id())
                .param("from", LocalDate.now().minusDays(10)).update();
    }

    public int visitsWithClientId(String clientId) {
        return jdbc.sql("select count(*) from visits.visit where client_id = cast(:c as uuid)").param("c", clientId)
                .query(Integer.class).single();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** A visit's body at the grid's centre, with a fresh client id and the given finding. */
    public static String body(long householdId, GridView grid, String found) {
        return """
                {"clientId": "%s", "householdId": %d, "kind": "HOME", "lat": %s, "lon": %s, "found": "%s",
                 "requests": ["门前路灯不亮，晚上出行不便"]}"""
                .formatted(UUID.randomUUID(), householdId, grid.centroid().lat(), grid.centroid().lon(), found);
    }

    /** Logs a visit as {@code user}; answers its id. */
    public static long logged(Http http, long householdId, GridView grid, String found) {
        var answer = http.postJson("/api/v1/visits", body(householdId, grid, found));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }
}

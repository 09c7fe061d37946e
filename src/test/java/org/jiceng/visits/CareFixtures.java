package org.jiceng.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.identity.IdentityApi;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.care.CarePlans;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the care-plan tests set up: the demo grid worker's grid projected and planned, and households held. */
record CareFixtures(JdbcClient jdbc, HouseholdProjection households, CarePlans plans, IdentityApi identity, Clock clock) {

    static final String TANGLANG = "530326001001";

    /** The grid of {@code wangge} (in 堂琅社区), with its households projected and their plans made. */
    String grid() {
        String grid = identity.findByUsername("wangge").orElseThrow().grants().getFirst().territoryCode();
        households.refresh(grid);
        plans.ensureFor(grid);
        return grid;
    }

    long accountId(String username) {
        return identity.findByUsername(username).orElseThrow().id();
    }

    /** An active plan of the grid nobody else's test uses: the {@code n}-th by id. */
    long plan(String grid, int n) {
        List<Long> ids = jdbc.sql("select id from visits.care_plan where territory_code = :grid and status = 'ACTIVE' order by id")
                .param("grid", grid).query(Long.class).list();
        if (ids.size() <= n) {
            throw new IllegalStateException("the demo grid " + grid + " has only " + ids.size() + " care plans");
        }
        return ids.get(n);
    }

    long household(long plan) {
        return jdbc.sql("select household_id from visits.care_plan where id = :id").param("id", plan).query(Long.class).single();
    }

    /** Makes {@code username}'s account the active HOUSEHOLD holder (包保) of the plan's household. */
    void hold(long plan, String username) {
        jdbc.sql("""
                        insert into visits.assignment (county, level, territory_code, household_id, holder_kind, holder_id,
                            holder_name, holder_title, starts_on)
                        select p.county, 'HOUSEHOLD', p.territory_code, p.household_id, 'ACCOUNT', :holder, :name, '网格员',
                               :since from visits.care_plan p where p.id = :plan""")
                .param("holder", accountId(username)).param("name", username + " 测试").param("plan", plan)
                .param("since", Beijing.today(clock).minusDays(30)).update();
    }

    LocalDate today() {
        return Beijing.today(clock);
    }
}

package org.jiceng.visits.internal;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.County;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdSummary;
import org.jiceng.people.PeopleApi;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code visits.household} level with the register: {@link #refresh} reads every household under a prefix
 * through {@link PeopleApi}, upserts them in batches and drops those the register no longer has there.
 */
@Component
public class HouseholdProjection {

    private static final int BATCH = 2_000;

    private final PeopleApi people;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    HouseholdProjection(PeopleApi people, JdbcClient jdbc, JdbcTemplate batch) {
        this.people = people;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Brings the households under {@code prefix} (a grid, village, town or county code) in line; returns how many. */
    @Transactional
    public int refresh(String prefix) {
        List<HouseholdSummary> pending = new ArrayList<>(BATCH);
        int[] count = {0};
        jdbc.sql("create temporary table if not exists seen_household (id bigint primary key) on commit drop").update();
        people.forEachHousehold(prefix, household -> {
            pending.add(household);
            if (pending.size() == BATCH) {
                count[0] += write(pending);
                pending.clear();
            }
        });
        count[0] += write(pending);
        Scope range = Scope.of(prefix);
        jdbc.sql("delete from visits.household h where " + range.where("h.territory_code", "h.county")
                        + " and not exists (select 1 from seen_household s where s.id = h.id)")
                .params(range.params()).update();
        jdbc.sql("drop table seen_household").update();
        return count[0];
    }

    private int write(List<HouseholdSummary> households) {
        if (households.isEmpty()) {
            return 0;
        }
        batch.batchUpdate("""
                insert into visits.household (county, id, territory_code, address, head, members, care_tags, synced_at)
                values (?, ?, ?, ?, ?, ?, ?, now())
                on conflict (id, county) do update set territory_code = excluded.territory_code,
                    address = excluded.address, head = excluded.head, members = excluded.members,
                    care_tags = excluded.care_tags, synced_at = now()""", households, households.size(), (ps, h) -> {
            ps.setString(1, County.of(h.territoryCode()));
            ps.setLong(2, h.id());
            ps.setString(3, h.territoryCode());
            ps.setString(4, h.address());
            ps.setString(5, h.head());
            ps.setInt(6, h.members());
            Array tags = ps.getConnection().createArrayOf("text", h.careTags().toArray());
            ps.setArray(7, tags);
        });
        batch.batchUpdate("insert into seen_household (id) values (?) on conflict do nothing", households,
                households.size(), (ps, h) -> ps.setLong(1, h.id()));
        return households.size();
    }
}

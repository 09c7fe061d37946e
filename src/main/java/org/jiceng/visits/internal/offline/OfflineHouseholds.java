package org.jiceng.visits.internal.offline;

import static org.jiceng.Action.CREATE;
import static org.jiceng.Resource.VISIT;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.visits.internal.Holders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The households a person works, for the phone to keep offline: those in the territory where they may log visits
 * (a grid worker's grids, a cadre's village or town), and those they hold by an active HOUSEHOLD assignment (a
 * 户长's ten). Keyset by id, so a phone pages through a town without the list shifting under it.
 */
@Component
public class OfflineHouseholds {

    private final JdbcClient jdbc;
    private final Clock clock;

    OfflineHouseholds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Up to {@code limit} households after id {@code afterId} (fetch one more to know a next page exists). */
    public List<OfflineHousehold> page(CurrentUser user, long afterId, int limit) {
        Scope scope = AccessPolicy.scope(user, VISIT, CREATE);
        boolean holds = AccessPolicy.relations(user, VISIT, CREATE).contains(Relation.RESPONSIBLE);
        if (scope.isEmpty() && !holds) {
            return List.of();
        }
        Holders holders = Holders.of(user);
        // a 户长's households come by their assignments, so the territory test alone would miss them
        String held = !holds ? "false" : """
                exists (select 1 from visits.assignment a
                        where a.level = 'HOUSEHOLD' and a.household_id = h.id and a.county = h.county
                          and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today) and\s"""
                + holders.where("a.holder_kind", "a.holder_id") + ")";
        return jdbc.sql("""
                        select h.id, h.address, h.head, h.care_tags, h.territory_code,
                               coalesce(p.last_visited_on,
                                        (select (max(v.visited_at) at time zone 'Asia/Shanghai')::date from visits.visit v
                                         where v.household_id = h.id and v.county = h.county)) as last_visited_on,
                               p.next_due_on
                        from visits.household h
                        left join visits.care_plan p on p.household_id = h.id and p.county = h.county and p.status = 'ACTIVE'
                        where (""" + scope.where("h.territory_code", "h.county") + " or " + held + """
                        ) and h.id > :after order by h.id limit :limit""")
                .params(scope.params()).params(holders.params())
                .param("today", Beijing.today(clock)).param("after", afterId).param("limit", limit)
                .query(OfflineHouseholds::row).list();
    }

    private static OfflineHousehold row(ResultSet rs, int n) throws SQLException {
        Array tags = rs.getArray("care_tags");
        return new OfflineHousehold(rs.getLong("id"), rs.getString("address"), CareTagNames.masked(rs.getString("head")),
                CareTagNames.of(Arrays.asList((String[]) tags.getArray())), rs.getString("territory_code"),
                day(rs.getDate("last_visited_on")), day(rs.getDate("next_due_on")));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

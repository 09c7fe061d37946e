package org.jiceng.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Scope;
import org.jiceng.cases.CaseWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workbench's counts and map, each shaped to an index of V9/V12: a town's (or its villages' and grids') cases
 * by {@code left(territory_code, 9)}, the open unresolved ones index-only from the partial open-case index, a
 * department's by its lead unit. A county by the time index alone. No query walks the county's closed cases.
 */
@Repository
class WorkCountRepository {

    private static final String OPEN = "c.state not in ('CLOSED', 'REJECTED')";

    private final JdbcClient jdbc;

    WorkCountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the counted cases lie: a territory code, or (code null) the cases a unit leads. */
    record Place(String code, Long unitId) {

        String where() {
            if (code == null) {
                return "c.lead_unit_id = :unit";
            }
            String range = Scope.of(code).where("c.territory_code", "c.county");
            return code.length() >= 9 ? "left(c.territory_code, 9) = :town and " + range : range;
        }

        Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>();
            if (code == null) {
                params.put("unit", unitId);
                return params;
            }
            params.putAll(Scope.of(code).params());
            if (code.length() >= 9) {
                params.put("town", code.substring(0, 9));
            }
            return params;
        }
    }

    CaseWork.Counts counts(Place place, Instant dayStart, Instant dayEnd, Instant now) {
        String where = place.where();
        return jdbc.sql("select (select count(*) from cases.case_file c where " + where
                        + " and c.received_at >= :dayStart and c.received_at < :dayEnd) as new_today,"
                        + " (select count(*) from cases.case_file c where " + where + " and " + OPEN
                        + " and c.resolved_at is not null) as resolved_open, u.*"
                        + " from (select count(*) as unresolved,"
                        + " count(*) filter (where c.resolve_due_at >= :dayStart and c.resolve_due_at < :dayEnd) as due_today,"
                        + " count(*) filter (where c.resolve_due_at < :now) as overdue"
                        + " from cases.case_file c where " + where + " and " + OPEN + " and c.resolved_at is null) u")
                .params(place.params()).param("dayStart", Timestamp.from(dayStart)).param("dayEnd", Timestamp.from(dayEnd))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new CaseWork.Counts(place.code(), place.unitId(), rs.getLong("new_today"),
                        rs.getLong("unresolved") + rs.getLong("resolved_open"), rs.getLong("due_today"),
                        rs.getLong("overdue")))
                .single();
    }

    List<CaseWork.GridLoad> openByGrid(Place place, Instant now, int limit) {
        return jdbc.sql("select c.territory_code, count(*) as open,"
                        + " count(*) filter (where c.resolved_at is null and c.resolve_due_at < :now) as overdue"
                        + " from cases.case_file c where " + place.where() + " and " + OPEN
                        + " group by c.territory_code order by 2 desc, 1 limit :limit")
                .params(place.params()).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new CaseWork.GridLoad(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    List<CaseWork.MapCase> openOnMap(Place place, Instant now, int cap) {
        return jdbc.sql("select c.id, c.number, k.name, c.lat, c.lon,"
                        + " (c.resolved_at is null and c.resolve_due_at < :now) as overdue"
                        + " from cases.case_file c join cases.category k on k.code = c.category_code where "
                        + place.where() + " and " + OPEN + " and c.lat is not null and c.lon is not null"
                        + " order by c.received_at desc, c.id desc limit :cap")
                .params(place.params()).param("now", Timestamp.from(now)).param("cap", cap)
                .query((rs, n) -> new CaseWork.MapCase(rs.getLong("id"), rs.getString("number"), rs.getString("name"),
                        rs.getDouble("lat"), rs.getDouble("lon"), rs.getBoolean("overdue")))
                .list();
    }
}

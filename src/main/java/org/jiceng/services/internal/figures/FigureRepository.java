package org.jiceng.services.internal.figures;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The month's sums of the tallies, grouped by village or office: counts and the sum of working days only. A reader
 * confined to one office ({@code unit} not null) counts that office's items and no bookings.
 */
@Repository
class FigureRepository {

    /** The integers behind one row of figures. */
    record Sums(String key, String name, long handled, long ended, long onTime, long agency, long workingDays,
                long attended, long noShow, long cancelled) {

        Sums plus(Sums b) {
            return new Sums(key, name.isEmpty() ? b.name : name, handled + b.handled, ended + b.ended,
                    onTime + b.onTime, agency + b.agency, workingDays + b.workingDays, attended + b.attended,
                    noShow + b.noShow, cancelled + b.cancelled);
        }
    }

    private static final String ITEM_SUMS = """
            count(*) filter (where outcome = 'DONE') as handled, count(*) filter (where outcome = 'ENDED') as ended,
            count(*) filter (where outcome = 'DONE' and on_time) as on_time,
            count(*) filter (where outcome = 'DONE' and agency) as agency,
            coalesce(sum(working_days) filter (where outcome = 'DONE'), 0) as working_days""";

    private final JdbcClient jdbc;

    FigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per village (the first 12 digits of the place), items and bookings together, village code order. */
    List<Sums> byVillage(Scope scope, Long unit, YearMonth month) {
        Map<String, Sums> rows = new LinkedHashMap<>();
        jdbc.sql("select substr(village_code, 1, 12) as key, " + ITEM_SUMS + " from services.handled_item where "
                        + scope.where("village_code", "county") + " and month = :month" + unitFilter(unit) + " group by 1")
                .params(scope.params()).param("month", month.atDay(1)).params(unitParam(unit))
                .query((rs, n) -> items(rs.getString("key"), "", rs)).list()
                .forEach(s -> rows.merge(s.key(), s, Sums::plus));
        if (unit == null) {
            jdbc.sql("""
                            select substr(community_code, 1, 12) as key,
                                   count(*) filter (where outcome = 'ATTENDED') as attended,
                                   count(*) filter (where outcome = 'NO_SHOW') as no_show,
                                   count(*) filter (where outcome = 'CANCELLED') as cancelled
                              from services.closed_booking where\s""" + scope.where("community_code", "county")
                            + " and month = :month group by 1")
                    .params(scope.params()).param("month", month.atDay(1))
                    .query((rs, n) -> new Sums(rs.getString("key"), "", 0, 0, 0, 0, 0, rs.getLong("attended"),
                            rs.getLong("no_show"), rs.getLong("cancelled"))).list()
                    .forEach(s -> rows.merge(s.key(), s, Sums::plus));
        }
        return rows.values().stream().sorted(java.util.Comparator.comparing(Sums::key)).toList();
    }

    /** Per office that handled items of the place (the office's id as key; items of no office under "0"). */
    List<Sums> byOffice(Scope scope, Long unit, YearMonth month) {
        return jdbc.sql("select coalesce(office_unit_id, 0) as key, max(office_name) as name, " + ITEM_SUMS
                        + " from services.handled_item where " + scope.where("village_code", "county") + " and month = :month"
                        + unitFilter(unit) + " group by 1 order by handled desc, 1")
                .params(scope.params()).param("month", month.atDay(1)).params(unitParam(unit))
                .query((rs, n) -> items(rs.getString("key"), rs.getString("name"), rs)).list();
    }

    private static Sums items(String key, String name, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Sums(key, name == null ? "" : name, rs.getLong("handled"), rs.getLong("ended"), rs.getLong("on_time"),
                rs.getLong("agency"), rs.getLong("working_days"), 0, 0, 0);
    }

    private static String unitFilter(Long unit) {
        return unit == null ? "" : " and office_unit_id = :unit";
    }

    private static Map<String, Object> unitParam(Long unit) {
        return unit == null ? Map.of() : Map.of("unit", unit);
    }
}

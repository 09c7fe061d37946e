package org.jiceng.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jiceng.ArrayColumns;
import org.jiceng.Scope;
import org.jiceng.cases.CaseLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counters of the three rates: deltas in, sums out; every read takes the {@link Scope} it may see. */
@Repository
class CounterRepository {

    static final String SUMS = """
            coalesce(sum(cases), 0) as cases, coalesce(sum(responded), 0) as responded, coalesce(sum(rated), 0) as rated,
            coalesce(sum(solved), 0) as solved, coalesce(sum(satisfied), 0) as satisfied,
            coalesce(sum(basic), 0) as basic, coalesce(sum(closed), 0) as closed""";

    private final JdbcClient jdbc;

    CounterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds each change to the row of its key, creating rows, in one statement. The rows are locked in the keys'
     * order, as every writer of the counters adds them, so that two transactions cannot deadlock.
     */
    void addAll(SortedMap<CounterKey, Counts> changes) {
        List<Map.Entry<CounterKey, Counts>> rows = changes.entrySet().stream().filter(e -> !e.getValue().isZero()).toList();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into analytics.three_rates (county, month, territory_code, unit_id, level, cases, responded,
                            rated, solved, satisfied, basic, closed)
                        select left(territory_code, 6), month, territory_code, unit_id, level, cases, responded, rated, solved, satisfied, basic, closed
                        from unnest(cast(:month as date[]), cast(:territory as text[]), cast(:unit as bigint[]),
                                    cast(:level as text[]), cast(:cases as bigint[]), cast(:responded as bigint[]),
                                    cast(:rated as bigint[]), cast(:solved as bigint[]), cast(:satisfied as bigint[]),
                                    cast(:basic as bigint[]), cast(:closed as bigint[]))
                             with ordinality as c(month, territory_code, unit_id, level, cases, responded, rated, solved,
                                                  satisfied, basic, closed, n)
                        order by n
                        on conflict (county, month, territory_code, unit_id, level) do update set
                            cases = three_rates.cases + excluded.cases, responded = three_rates.responded + excluded.responded,
                            rated = three_rates.rated + excluded.rated, solved = three_rates.solved + excluded.solved,
                            satisfied = three_rates.satisfied + excluded.satisfied, basic = three_rates.basic + excluded.basic,
                            closed = three_rates.closed + excluded.closed""")
                .param("month", ArrayColumns.text(rows, e -> e.getKey().month().atDay(1)))
                .param("territory", ArrayColumns.text(rows, e -> e.getKey().territoryCode()))
                .param("unit", ArrayColumns.text(rows, e -> e.getKey().unitId()))
                .param("level", ArrayColumns.text(rows, e -> e.getKey().level().name()))
                .param("cases", ArrayColumns.text(rows, e -> e.getValue().cases()))
                .param("responded", ArrayColumns.text(rows, e -> e.getValue().responded()))
                .param("rated", ArrayColumns.text(rows, e -> e.getValue().rated()))
                .param("solved", ArrayColumns.text(rows, e -> e.getValue().solved()))
                .param("satisfied", ArrayColumns.text(rows, e -> e.getValue().satisfied()))
                .param("basic", ArrayColumns.text(rows, e -> e.getValue().basic()))
                .param("closed", ArrayColumns.text(rows, e -> e.getValue().closed()))
                .update();
    }

    /** Cases of one month led by {@code unitId}, in the scope. */
    Counts ofUnit(YearMonth month, long unitId, Scope scope) {
        return jdbc.sql("select " + SUMS + " from analytics.three_rates where month = :month and unit_id = :unit and "
                        + scope.where("territory_code", "county"))
                .params(scope.params()).param("month", month.atDay(1)).param("unit", unitId)
                .query((rs, n) -> counts(rs)).single();
    }

    /**
     * Cases of one month whose handling unit lies in {@code scope}: handled by the territory nodes at
     * {@code levels} (those at or below the territory asked), or led by one of {@code units} (those located in it).
     */
    Counts ofTerritory(YearMonth month, Scope scope, Collection<CaseLevel> levels, Collection<Long> units) {
        return jdbc.sql("select " + SUMS + " from analytics.three_rates where month = :month and "
                        + scope.where("territory_code", "county")
                        + " and ((unit_id = 0 and level in (:levels)) or unit_id in (:units))")
                .params(scope.params()).param("month", month.atDay(1))
                .param("levels", levels.stream().map(Enum::name).toList()).param("units", nonEmpty(units))
                .query((rs, n) -> counts(rs)).single();
    }

    /** One row of a breakdown: the child territory a counters row lies in, its unit and level. */
    record Part(String child, long unitId, CaseLevel level, Counts counts) {
    }

    /** The month's counters in the scope, summed by the child territory (codes cut to {@code childLength}), unit and level. */
    List<Part> breakdown(YearMonth month, Scope scope, int childLength) {
        return jdbc.sql("select substr(territory_code, 1, :length) as child, unit_id, level, " + SUMS
                        + " from analytics.three_rates where month = :month and " + scope.where("territory_code", "county")
                        + " group by 1, 2, 3 order by 1, 2, 3")
                .params(scope.params()).param("month", month.atDay(1)).param("length", childLength)
                .query((rs, n) -> new Part(rs.getString("child"), rs.getLong("unit_id"),
                        CaseLevel.valueOf(rs.getString("level")), counts(rs)))
                .list();
    }

    /** Cases located in the scope (whoever handles them), summed by the level they are handled at. */
    Map<CaseLevel, Counts> byLevel(YearMonth month, Scope scope) {
        Map<CaseLevel, Counts> result = new java.util.EnumMap<>(CaseLevel.class);
        jdbc.sql("select level, " + SUMS + " from analytics.three_rates where month = :month and "
                        + scope.where("territory_code", "county") + " group by level")
                .params(scope.params()).param("month", month.atDay(1))
                .query((rs, n) -> result.put(CaseLevel.valueOf(rs.getString("level")), counts(rs))).list();
        return result;
    }

    private static List<Long> nonEmpty(Collection<Long> units) {
        return units.isEmpty() ? List.of(-1L) : List.copyOf(units);
    }

    static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getLong("cases"), rs.getLong("responded"), rs.getLong("rated"), rs.getLong("solved"),
                rs.getLong("satisfied"), rs.getLong("basic"), rs.getLong("closed"));
    }

}

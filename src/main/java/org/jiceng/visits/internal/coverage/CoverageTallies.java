package org.jiceng.visits.internal.coverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.visits.CoverageReport.Figures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-grid tallies of {@code visits/V60__coverage_tallies.sql}: brought up to date for the grids a read covers
 * (those a write marked, and those computed on an earlier day), then summed by town, village or grid.
 * <p>
 * Why tallies: at 300,000 households the same figures aggregated from the base tables took about two seconds for
 * a county (docs/benchmarks.md, "Visit coverage"); summing ~5,000 grid rows takes a few milliseconds. Why
 * recompute a marked grid rather than add deltas: a grid holds ~60 households, so its recount is a few index
 * lookups, and a recount can never drift, whatever order writes and reads come in.
 */
@Repository
class CoverageTallies {

    private final JdbcClient jdbc;

    CoverageTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes, under {@code prefix}, the grids whose as-of-today figures or whose {@code month}'s visits changed. */
    void refresh(String prefix, LocalDate today, LocalDate month) {
        Scope scope = Scope.of(prefix);
        jdbc.sql("""
                with marked as (
                    delete from visits.coverage_dirty d where %s and d.month = '-infinity'
                    returning d.county, d.grid_code
                ), todo as (
                    select county, grid_code from marked
                    union
                    select county, grid_code from visits.coverage_grid g where %s and g.as_of <> :today
                ), households as (
                    select h.county, h.territory_code as grid_code, count(*) as households,
                           count(*) filter (where exists (select 1 from visits.assignment a
                               where a.household_id = h.id and a.county = h.county and a.level = 'HOUSEHOLD'
                                 and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today))) as held
                    from visits.household h join todo t on t.grid_code = h.territory_code and t.county = h.county
                    group by h.county, h.territory_code
                ), plans as (
                    select p.county, p.territory_code as grid_code, count(*) as plans,
                           count(*) filter (where p.next_due_on < :today) as overdue
                    from visits.care_plan p join todo t on t.grid_code = p.territory_code and t.county = p.county
                    where p.status = 'ACTIVE'
                    group by p.county, p.territory_code
                )
                insert into visits.coverage_grid (county, grid_code, as_of, households, held, plans, plans_overdue)
                select t.county, t.grid_code, :today, coalesce(h.households, 0), coalesce(h.held, 0),
                       coalesce(p.plans, 0), coalesce(p.overdue, 0)
                from todo t left join households h using (county, grid_code) left join plans p using (county, grid_code)
                order by t.grid_code
                on conflict (grid_code, county) do update set as_of = excluded.as_of, households = excluded.households,
                    held = excluded.held, plans = excluded.plans, plans_overdue = excluded.plans_overdue
                """.formatted(scope.where("d.grid_code", "d.county"), scope.where("g.grid_code", "g.county")))
                .params(scope.params()).param("today", today).update();
        jdbc.sql("""
                with marked as (
                    delete from visits.coverage_dirty d where %s and d.month = :month
                    returning d.county, d.grid_code
                )
                insert into visits.coverage_grid_month (county, grid_code, month, visited)
                select m.county, m.grid_code, :month, (select count(distinct v.household_id) from visits.visit v
                    where v.territory_code = m.grid_code and v.county = m.county
                      and v.visited_at >= :from and v.visited_at < :to)
                from marked m
                order by m.grid_code
                on conflict (grid_code, month, county) do update set visited = excluded.visited
                """.formatted(scope.where("d.grid_code", "d.county")))
                .params(scope.params()).param("month", month).param("from", start(month))
                .param("to", start(month.plusMonths(1))).update();
    }

    /** The figures under {@code prefix} summed by the first {@code length} digits of the grid code. */
    Map<String, Figures> sums(String prefix, int length, LocalDate month) {
        Scope scope = Scope.of(prefix);
        Map<String, Figures> sums = new LinkedHashMap<>();
        jdbc.sql("""
                select substr(grid_code, 1, :length) as code, sum(households) as households, sum(held) as held,
                       sum(visited) as visited, sum(plans) as plans, sum(plans_overdue) as overdue
                from (select grid_code, households, held, 0 as visited, plans, plans_overdue
                      from visits.coverage_grid g where %s
                      union all
                      select grid_code, 0, 0, visited, 0, 0
                      from visits.coverage_grid_month m where %s and m.month = :month) figures
                group by 1 order by 1
                """.formatted(scope.where("g.grid_code", "g.county"), scope.where("m.grid_code", "m.county")))
                .params(scope.params()).param("length", length).param("month", month)
                .query(rs -> {
                    sums.put(rs.getString("code"), new Figures(rs.getLong("households"), rs.getLong("held"),
                            rs.getLong("visited"), rs.getLong("plans"), rs.getLong("overdue")));
                });
        return sums;
    }

    /** The instant a Beijing month (its first day) begins. */
    static OffsetDateTime start(LocalDate month) {
        return month.atStartOfDay(Beijing.ZONE).toOffsetDateTime();
    }
}

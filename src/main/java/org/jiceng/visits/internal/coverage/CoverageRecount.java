package org.jiceng.visits.internal.coverage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Scope;
import org.jiceng.visits.CoverageReport.Figures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coverage figures counted straight from the base tables, with no tally: the definition the tallies must
 * agree with (the tests compare the two), the baseline the benchmark times, and the per-cadre rows, which are
 * asked of a town or smaller and so stay small enough to count each time.
 */
@Repository
public class CoverageRecount {

    /** A holder of HOUSEHOLD assignments and the figures of the households they hold. */
    public record Cadre(String holderKind, long holderId, String name, Figures figures) {
    }

    private static final String ACTIVE = "a.level = 'HOUSEHOLD' and a.starts_on <= :today"
            + " and (a.ends_on is null or a.ends_on >= :today)";

    private final JdbcClient jdbc;

    public CoverageRecount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures under {@code prefix} by the first {@code length} digits of the grid code, counted afresh. */
    public Map<String, Figures> sums(String prefix, int length, LocalDate today, LocalDate month) {
        Scope scope = Scope.of(prefix);
        Map<String, Figures> sums = new LinkedHashMap<>();
        jdbc.sql("""
                select code, sum(households) as households, sum(held) as held, sum(visited) as visited,
                       sum(plans) as plans, sum(overdue) as overdue
                from (select substr(h.territory_code, 1, :length) as code, count(*) as households,
                             count(*) filter (where exists (select 1 from visits.assignment a
                                 where a.household_id = h.id and a.county = h.county and %s)) as held,
                             0 as visited, 0 as plans, 0 as overdue
                      from visits.household h where %s group by 1
                      union all
                      select substr(v.territory_code, 1, :length), 0, 0, count(distinct (v.territory_code, v.household_id)), 0, 0
                      from visits.visit v where %s and v.visited_at >= :from and v.visited_at < :to group by 1
                      union all
                      select substr(p.territory_code, 1, :length), 0, 0, 0, count(*), count(*) filter (where p.next_due_on < :today)
                      from visits.care_plan p where %s and p.status = 'ACTIVE' group by 1) figures
                group by code order by code
                """.formatted(ACTIVE, scope.where("h.territory_code", "h.county"), scope.where("v.territory_code", "v.county"),
                        scope.where("p.territory_code", "p.county")))
                .params(scope.params()).param("length", length).param("today", today)
                .param("from", CoverageTallies.start(month)).param("to", CoverageTallies.start(month.plusMonths(1)))
                .query(rs -> {
                    sums.put(rs.getString("code"), new Figures(rs.getLong("households"), rs.getLong("held"),
                            rs.getLong("visited"), rs.getLong("plans"), rs.getLong("overdue")));
                });
        return sums;
    }

    /**
     * Each holder of an active HOUSEHOLD assignment under {@code prefix}: the households they hold, how many of those
     * were visited in the month (by anyone), and their care plans, overdue or not. Ordered by name.
     */
    public List<Cadre> cadres(String prefix, LocalDate today, LocalDate month) {
        Scope scope = Scope.of(prefix);
        return jdbc.sql("""
                with held as (
                    select a.holder_kind, a.holder_id, max(a.holder_name) as name, a.household_id
                    from visits.assignment a
                    join visits.household h on h.id = a.household_id and h.county = a.county
                    where %s and %s
                    group by a.holder_kind, a.holder_id, a.household_id
                ), visited as (
                    select distinct v.household_id from visits.visit v
                    where %s and v.visited_at >= :from and v.visited_at < :to
                ), plans as (
                    select p.household_id, p.next_due_on < :today as overdue from visits.care_plan p
                    where %s and p.status = 'ACTIVE'
                )
                select h.holder_kind, h.holder_id, max(h.name) as name, count(*) as households,
                       count(v.household_id) as visited, count(p.household_id) as plans,
                       count(*) filter (where p.overdue) as overdue
                from held h left join visited v using (household_id) left join plans p using (household_id)
                group by h.holder_kind, h.holder_id
                order by name, h.holder_kind, h.holder_id
                """.formatted(scope.where("a.territory_code", "a.county"), ACTIVE, scope.where("v.territory_code", "v.county"),
                        scope.where("p.territory_code", "p.county")))
                .params(scope.params()).param("today", today)
                .param("from", CoverageTallies.start(month)).param("to", CoverageTallies.start(month.plusMonths(1)))
                .query((rs, row) -> new Cadre(rs.getString("holder_kind"), rs.getLong("holder_id"), rs.getString("name"),
                        new Figures(rs.getLong("households"), rs.getLong("households"), rs.getLong("visited"),
                                rs.getLong("plans"), rs.getLong("overdue"))))
                .list();
    }
}

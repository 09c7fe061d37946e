package org.jiceng.analytics.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.Scope;
import org.jiceng.cases.CaseLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counters summed month by month over a range of months: {@link CounterRepository}'s one-month sums, in one query. */
@Repository
class TrendRepository {

    private final JdbcClient jdbc;

    TrendRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** As {@link CounterRepository#ofTerritory}, for each month from {@code first} to {@code last}. */
    Map<YearMonth, Counts> ofTerritory(YearMonth first, YearMonth last, Scope scope, Collection<CaseLevel> levels,
                                       Collection<Long> units) {
        return byMonth(jdbc.sql("select month, " + CounterRepository.SUMS + " from analytics.three_rates"
                        + " where month between :first and :last and " + scope.where("territory_code", "county")
                        + " and ((unit_id = 0 and level in (:levels)) or unit_id in (:units)) group by month")
                .params(scope.params()).param("levels", levels.stream().map(Enum::name).toList())
                .param("units", units.isEmpty() ? List.of(-1L) : List.copyOf(units)), first, last);
    }

    /** As {@link CounterRepository#ofUnit}, for each month from {@code first} to {@code last}. */
    Map<YearMonth, Counts> ofUnit(YearMonth first, YearMonth last, long unitId, Scope scope) {
        return byMonth(jdbc.sql("select month, " + CounterRepository.SUMS + " from analytics.three_rates"
                        + " where month between :first and :last and unit_id = :unit and " + scope.where("territory_code", "county")
                        + " group by month")
                .params(scope.params()).param("unit", unitId), first, last);
    }

    private static Map<YearMonth, Counts> byMonth(JdbcClient.StatementSpec query, YearMonth first, YearMonth last) {
        Map<YearMonth, Counts> sums = new TreeMap<>();
        query.param("first", Date.valueOf(first.atDay(1))).param("last", Date.valueOf(last.atDay(1)))
                .query((rs, n) -> sums.put(YearMonth.from(rs.getDate("month").toLocalDate()), CounterRepository.counts(rs)))
                .list();
        return sums;
    }
}

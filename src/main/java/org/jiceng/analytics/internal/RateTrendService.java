package org.jiceng.analytics.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.analytics.RateTrend;
import org.jiceng.cases.CaseLevel;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.stereotype.Service;

/**
 * The monthly series of the three rates, counted as {@link StatsService#threeRates} counts one month (the same
 * counters rows: a territory's own nodes and the departments located in it, or one department), in one query.
 */
@Service
class RateTrendService implements RateTrend {

    private final TrendRepository trend;
    private final StatsService stats;
    private final TerritoryApi territory;
    private final Clock clock;

    RateTrendService(TrendRepository trend, StatsService stats, TerritoryApi territory, Clock clock) {
        this.trend = trend;
        this.stats = stats;
        this.territory = territory;
        this.clock = clock;
    }

    @Override
    public List<MonthRates> lastMonths(CurrentUser user, int months) {
        YearMonth last = YearMonth.from(Beijing.today(clock));
        YearMonth first = last.minusMonths(Math.clamp(months, 1, 36) - 1L);
        Scope own = StatsAccess.territorial(user);
        Map<YearMonth, Counts> sums;
        String unit;
        String name;
        if (!own.isEmpty()) {
            unit = own.covers(user.homeTerritory()) ? user.homeTerritory() : own.prefixes().getFirst();
            Scope scope = own.narrowedTo(unit);
            List<CaseLevel> levels = Arrays.stream(CaseLevel.values())
                    .filter(l -> StatsService.depth(l) >= unit.length()).toList();
            List<Long> units = territory.units(unit, scope).stream()
                    .filter(u -> u.territoryCode().startsWith(unit)).map(UnitView::id).toList();
            sums = trend.ofTerritory(first, last, scope, levels, units);
            name = unit.length() == Level.GRID.codeLength()
                    ? territory.grid(unit, scope).map(GridView::name).orElse(unit)
                    : territory.division(unit).map(DivisionView::name).orElse(unit);
        } else {
            Long department = StatsAccess.ownUnit(user).orElse(null);
            UnitView view = department == null ? null : territory.unit(department).orElse(null);
            if (view == null) {
                return List.of();
            }
            unit = String.valueOf(view.id());
            name = view.name();
            sums = trend.ofUnit(first, last, view.id(), Scope.of(view.territoryCode()));
        }
        List<MonthRates> series = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            UnitRates r = UnitRates.of(unit, name, "", m.toString(), sums.getOrDefault(m, Counts.ZERO), stats.weights());
            series.add(new MonthRates(unit, name, m.toString(), r.cases(), r.responseRate(), r.resolutionRate(),
                    r.satisfactionRate()));
        }
        return series;
    }
}

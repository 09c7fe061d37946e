package org.jiceng.analytics.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jiceng.BadInputException;
import org.jiceng.Scope;
import org.jiceng.analytics.MonthRates;
import org.springframework.stereotype.Service;

/** {@link MonthRates} from the counters, as {@link StatsService} reads them for the statistics pages. */
@Service
class MonthRatesService implements MonthRates {

    private final StatsService stats;

    MonthRatesService(StatsService stats) {
        this.stats = stats;
    }

    @Override
    public Figures of(String territory, YearMonth month) {
        if (territory == null || !territory.matches("[0-9]{6}([0-9]{3}){0,2}")) {
            throw new BadInputException("territory", "territory 须为 6、9 或 12 位区划代码（县、乡镇街道或村社区）");
        }
        Scope scope = Scope.of(territory);
        UnitRates rates = stats.ofTerritory(territory, scope, month);
        LevelShares shares = stats.levels(territory, scope, month);
        BigDecimal pleased = BigDecimal.valueOf(rates.satisfied())
                .add(stats.weights().basic().multiply(BigDecimal.valueOf(rates.basic())));
        return new Figures(territory, month.toString(), rates.cases(), rates.responded(), rates.rated(),
                rates.solved(), pleased, shares.closed(), shares.levels().stream()
                .map(s -> new LevelClosed(s.level(), s.label(), s.motto(), s.closed())).toList());
    }
}

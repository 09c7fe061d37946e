package org.jiceng.analytics.internal;

import java.time.YearMonth;
import java.util.Comparator;
import org.jiceng.cases.CaseLevel;

/**
 * One row of the counters: the Beijing month of receipt, where the case is (its grid when a grid handles it
 * itself, its village otherwise), the lead unit ({@code 0} when no unit was whistled) and the level it is
 * handled at. The handling unit is the lead unit when there is one, else {@code level.nodeOf(territoryCode)}.
 */
public record CounterKey(YearMonth month, String territoryCode, long unitId, CaseLevel level)
        implements Comparable<CounterKey> {

    private static final Comparator<CounterKey> ORDER = Comparator.comparing(CounterKey::month)
            .thenComparing(CounterKey::territoryCode).thenComparingLong(CounterKey::unitId)
            .thenComparing(CounterKey::level);

    @Override
    public int compareTo(CounterKey other) {
        return ORDER.compare(this, other);
    }
}

package org.jiceng.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.TreeMap;
import org.jiceng.Scope;
import org.jiceng.cases.CaseLevel;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A month no other test counts in, rolled back at the end. */
@AppTest
class CounterRepositoryIT {

    private static final YearMonth MONTH = YearMonth.of(2032, 5);

    @Autowired
    CounterRepository counters;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void changesOfManyKeysAreAddedInOneStatementCreatingRowsAndSubtractingToo() {
        CounterKey village = new CounterKey(MONTH, "530326001001", 0, CaseLevel.VILLAGE);
        CounterKey department = new CounterKey(MONTH, "530326001001", 42, CaseLevel.TOWN);
        transaction.executeWithoutResult(status -> {
            TreeMap<CounterKey, Counts> first = new TreeMap<>();
            first.put(village, new Counts(2, 1, 0, 0, 0, 0, 0));
            first.put(department, new Counts(1, 0, 0, 0, 0, 0, 0));
            counters.addAll(first);
            TreeMap<CounterKey, Counts> moved = new TreeMap<>();   // one case whistled from the village to the department
            moved.put(village, new Counts(-1, -1, 0, 0, 0, 0, 0));
            moved.put(department, new Counts(1, 1, 1, 1, 1, 0, 1));
            moved.put(new CounterKey(MONTH, "530326001002", 0, CaseLevel.VILLAGE), Counts.ZERO);   // no row for nothing
            counters.addAll(moved);

            Scope town = Scope.of("530326001");
            assertThat(counters.ofUnit(MONTH, 42, town)).isEqualTo(new Counts(2, 1, 1, 1, 1, 0, 1));
            assertThat(counters.breakdown(MONTH, town, 12)).extracting(CounterRepository.Part::child, CounterRepository.Part::counts)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("530326001001", new Counts(1, 0, 0, 0, 0, 0, 0)),
                            org.assertj.core.groups.Tuple.tuple("530326001001", new Counts(2, 1, 1, 1, 1, 0, 1)));
            status.setRollbackOnly();
        });
    }
}

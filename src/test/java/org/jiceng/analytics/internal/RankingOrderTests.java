package org.jiceng.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The order of a ranking: units with no case are never above units with cases, and take no place. */
class RankingOrderTests {

    static UnitRates unit(String code, long cases, long responded, long rated, long solved, long satisfied) {
        return UnitRates.of(code, "单位" + code, "TOWN", "2026-11",
                new Counts(cases, responded, rated, solved, satisfied, 0, rated), Weights.DEFAULT);
    }

    @Test
    void aTownWithoutCasesIsListedLastWithoutAPlaceEvenWhenItsRatesWouldReadOneHundredPercent() {
        // a rating counted in a month with no case received: every rate it has is 100%, but it had nothing to do
        UnitRates empty = unit("530326002", 0, 0, 1, 1, 1);
        UnitRates none = unit("530326003", 0, 0, 0, 0, 0);
        UnitRates busy = unit("530326001", 40, 30, 20, 15, 15);
        List<StatsService.Ranked> ranked = StatsService.Ranked.rank(List.of(empty, none, busy));
        assertThat(ranked).extracting(r -> r.rates().unit()).containsExactly("530326001", "530326002", "530326003");
        assertThat(ranked).extracting(StatsService.Ranked::rank).containsExactly(1, null, null);
    }

    @Test
    void equalScoresShareAPlaceAndTheNextPlaceSkips() {
        UnitRates a = unit("530326001", 10, 10, 0, 0, 0);
        UnitRates b = unit("530326002", 5, 5, 0, 0, 0);
        UnitRates c = unit("530326003", 10, 5, 0, 0, 0);
        assertThat(StatsService.Ranked.rank(List.of(c, b, a))).extracting(StatsService.Ranked::rank).containsExactly(1, 1, 3);
    }

    @Property
    void unitsWithCasesComeFirstAndPlacesCountTheBetterOnes(@ForAll("units") List<UnitRates> units) {
        List<StatsService.Ranked> ranked = StatsService.Ranked.rank(units);
        assertThat(ranked).hasSameSizeAs(units);
        boolean unrankedSeen = false;
        for (StatsService.Ranked r : ranked) {
            if (r.rates().cases() == 0) {
                assertThat(r.rank()).isNull();
            }
            if (r.rank() == null) {
                unrankedSeen = true;
            } else {
                assertThat(unrankedSeen).as("a ranked unit after an unranked one").isFalse();
                long better = ranked.stream().filter(o -> o.rank() != null
                        && o.rates().composite().compareTo(r.rates().composite()) > 0).count();
                assertThat(r.rank()).isEqualTo((int) better + 1);
            }
        }
        List<Long> tail = new ArrayList<>();
        ranked.stream().filter(r -> r.rank() == null).forEach(r -> tail.add(r.rates().cases()));
        for (int i = 1; i < tail.size(); i++) {
            assertThat(tail.get(i) == 0 || tail.get(i - 1) > 0).as("units without cases are the very last").isTrue();
        }
    }

    @Provide
    Arbitrary<List<UnitRates>> units() {
        Arbitrary<UnitRates> one = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.longs().between(0, 5),
                Arbitraries.longs().between(0, 5), Arbitraries.longs().between(0, 5), Arbitraries.integers().between(1, 999))
                .as((casesKind, cases, responded, rated, code) -> {
                    long n = casesKind == 0 ? 0 : cases;
                    long r = Math.min(rated, Math.max(n, casesKind == 0 ? rated : 0));
                    return unit("530326" + String.format("%03d", code), n, Math.min(responded, n), r, Math.min(r, responded),
                            Math.min(r, cases));
                });
        return one.list().ofMaxSize(12).uniqueElements(UnitRates::unit);
    }
}

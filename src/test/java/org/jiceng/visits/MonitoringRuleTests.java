package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.visits.internal.monitoring.MonitoringRule.Flag.BELOW_LINE;
import static org.jiceng.visits.internal.monitoring.MonitoringRule.Flag.INCOME_DROP;
import static org.jiceng.visits.internal.monitoring.MonitoringRule.Flag.SHOCK;

import java.math.BigInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.visits.internal.monitoring.MonitoringRule;
import org.jiceng.visits.internal.monitoring.MonitoringRule.Thresholds;

/** The 防返贫 flag rule at its boundaries and as properties of exact arithmetic. */
class MonitoringRuleTests {

    static final Thresholds LINE_7000 = new Thresholds(700_000, 30, 50);

    @Example
    void aHouseholdExactlyAtTheLineIsNotBelowIt() {
        assertThat(MonitoringRule.evaluate(700_000L * 4, 4, 0, null, LINE_7000)).isEmpty();
    }

    @Example
    void oneFenLessForTheHouseholdPutsItBelowTheLineBecausePerCapitaRoundsDown() {
        assertThat(MonitoringRule.perCapita(700_000L * 4 - 1, 4)).isEqualTo(699_999);
        assertThat(MonitoringRule.evaluate(700_000L * 4 - 1, 4, 0, null, LINE_7000)).containsExactly(BELOW_LINE);
    }

    @Example
    void aDropOfExactlyThirtyPercentFlags() {
        assertThat(MonitoringRule.evaluate(1_400_000, 1, 0, 2_000_000L, LINE_7000)).containsExactly(INCOME_DROP);
    }

    @Example
    void aDropJustUnderThirtyPercentDoesNot() {
        assertThat(MonitoringRule.evaluate(1_400_001, 1, 0, 2_000_000L, LINE_7000)).isEmpty();
    }

    @Example
    void aShockOfExactlyHalfTheIncomeDoesNotFlagButOneFenMoreDoes() {
        assertThat(MonitoringRule.evaluate(2_000_000, 1, 1_000_000, null, LINE_7000)).isEmpty();
        assertThat(MonitoringRule.evaluate(2_000_000, 1, 1_000_001, null, LINE_7000)).containsExactly(SHOCK);
    }

    @Example
    void anyShockToAHouseholdWithoutIncomeFlagsAndSoDoesTheLine() {
        assertThat(MonitoringRule.evaluate(0, 3, 1, null, LINE_7000)).containsExactlyInAnyOrder(BELOW_LINE, SHOCK);
    }

    @Example
    void aBusinessLossRoundsPerCapitaDownNotTowardsZero() {
        assertThat(MonitoringRule.perCapita(-7, 2)).isEqualTo(-4);
    }

    @Property
    void belowTheLineIsExactlyTotalIncomeBelowLineTimesSize(@ForAll @LongRange(min = -1_000_000_000L, max = 5_000_000_000L) long income,
                                                            @ForAll @IntRange(min = 1, max = 50) int size,
                                                            @ForAll @LongRange(min = 1, max = 100_000_000L) long line) {
        boolean below = MonitoringRule.evaluate(income, size, 0, null, new Thresholds(line, 30, 50)).contains(BELOW_LINE);
        assertThat(below).isEqualTo(income < line * size);
    }

    @Property
    void perCapitaTimesSizeNeverExceedsTheIncomeAndMissesItByLessThanTheSize(
            @ForAll @LongRange(min = -1_000_000_000L, max = 5_000_000_000L) long income,
            @ForAll @IntRange(min = 1, max = 50) int size) {
        long perCapita = MonitoringRule.perCapita(income, size);
        assertThat(perCapita * size).isLessThanOrEqualTo(income);
        assertThat(income - perCapita * size).isLessThan(size);
    }

    @Property
    void aDropFlagsExactlyWhenTheFallIsAtLeastTheShareOfLastYear(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long lastYear,
            @ForAll @LongRange(min = -1_000_000_000L, max = 2_000_000_000L) long now,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        boolean dropped = MonitoringRule.evaluate(now, 1, 0, lastYear, new Thresholds(1, percent, 50)).contains(INCOME_DROP);
        BigInteger fall = BigInteger.valueOf(lastYear - now).multiply(BigInteger.valueOf(100));
        assertThat(dropped).isEqualTo(fall.compareTo(BigInteger.valueOf(lastYear).multiply(BigInteger.valueOf(percent))) >= 0);
    }

    @Property
    void aDropOfExactlyTheShareAlwaysFlags(@ForAll @LongRange(min = 1, max = 10_000_000L) long hundredths,
                                           @ForAll @IntRange(min = 1, max = 100) int percent) {
        long lastYear = hundredths * 100;
        long now = lastYear - hundredths * percent;
        assertThat(MonitoringRule.evaluate(now, 1, 0, lastYear, new Thresholds(1, percent, 50))).contains(INCOME_DROP);
        assertThat(MonitoringRule.evaluate(now + 1, 1, 0, lastYear, new Thresholds(1, percent, 50)))
                .doesNotContain(INCOME_DROP);
    }

    @Property
    void moreIncomeNeverAddsAFlag(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long income,
                                  @ForAll @LongRange(min = 0, max = 1_000_000L) long more,
                                  @ForAll @IntRange(min = 1, max = 10) int size,
                                  @ForAll @LongRange(min = 0, max = 1_000_000_000L) long shocks) {
        var before = MonitoringRule.evaluate(income, size, shocks, 1_000_000L, LINE_7000);
        var after = MonitoringRule.evaluate(income + more, size, shocks, 1_000_000L, LINE_7000);
        assertThat(before).containsAll(after);
    }
}

package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.assessment.internal.scorecard.Period;
import org.jiceng.assessment.internal.scorecard.Ratio;
import org.jiceng.assessment.internal.scorecard.ScoreRule;
import org.junit.jupiter.api.Test;

/** The scoring rule at its boundaries: at target, zero, over target, lower-is-better, and the weighted total. */
class ScorecardRuleTests {

    @Test
    void aValueAtItsTargetEarnsTheWholeWeightEitherWay() {
        assertThat(ScoreRule.score(Ratio.of(95), Ratio.of(95), true, 20)).isEqualTo(Ratio.of(20));
        assertThat(ScoreRule.score(Ratio.of(95), Ratio.of(95), false, 20)).isEqualTo(Ratio.of(20));
    }

    @Test
    void zeroEarnsNothingWhenHigherIsBetterAndEverythingWhenLowerIs() {
        assertThat(ScoreRule.score(Ratio.ZERO, Ratio.of(95), true, 20)).isEqualTo(Ratio.ZERO);
        assertThat(ScoreRule.score(Ratio.ZERO, Ratio.of(3), false, 20)).isEqualTo(Ratio.of(20));
    }

    @Test
    void halfWayToTheTargetEarnsHalfTheWeightExactly() {
        // 45 of a target of 90 with weight 15: 7.5, not 7.499999
        assertThat(ScoreRule.score(Ratio.of(45), Ratio.of(90), true, 15)).isEqualTo(Ratio.of(15, 2));
        assertThat(ScoreRule.score(Ratio.of(2, 3), Ratio.of(1), true, 3)).isEqualTo(Ratio.of(2));
    }

    @Test
    void lowerIsBetterLosesInProportionToHowFarOverTheTargetItIs() {
        assertThat(ScoreRule.score(Ratio.of(6), Ratio.of(3), false, 20)).isEqualTo(Ratio.of(10));
        assertThat(ScoreRule.score(Ratio.of(1), Ratio.ZERO, false, 20)).isEqualTo(Ratio.ZERO);
    }

    @Test
    void aTotalLeavesOutIndicatorsWithoutAValueAndIsRoundedHalfUpOnlyWhenShown() {
        Ratio total = ScoreRule.total(List.of(new ScoreRule.Part(Ratio.of(20), 20),
                new ScoreRule.Part(Ratio.of(1, 3), 10), new ScoreRule.Part(null, 50)));
        assertThat(total).isEqualTo(Ratio.of(100).times(Ratio.of(61, 3)).dividedBy(Ratio.of(30)));
        assertThat(total.rounded(2).toPlainString()).isEqualTo("67.78");
        assertThat(ScoreRule.total(List.of(new ScoreRule.Part(null, 10)))).isNull();
    }

    @Test
    void progressIsThisQuartersTotalLessTheLast() {
        assertThat(ScoreRule.progress(Ratio.of(70), Ratio.of(55))).isEqualTo(Ratio.of(15));
        assertThat(ScoreRule.progress(Ratio.of(70), null)).isNull();
    }

    @Test
    void periodsKnowTheirMonthsAndTheOneBefore() {
        Period q1 = Period.parse("2026-Q1", "period");
        assertThat(q1.months()).hasSize(3);
        assertThat(q1.previous().toString()).isEqualTo("2025-Q4");
        assertThat(Period.parse("2026-01", "period").previous().toString()).isEqualTo("2025-12");
        assertThat(Period.parse("2026", "period").overlaps(q1)).isTrue();
        assertThat(Period.parse("2025-12", "period").overlaps(q1)).isFalse();
    }

    @Property
    void higherIsBetterNeverExceedsTheWeightAndReachesItExactlyFromTheTargetOn(
            @ForAll @LongRange(min = 0, max = 100_000) long value, @ForAll @LongRange(min = 1, max = 100_000) long target,
            @ForAll @IntRange(min = 1, max = 1000) int weight) {
        Ratio score = ScoreRule.score(Ratio.of(value, 100), Ratio.of(target, 100), true, weight);
        assertThat(score.compareTo(Ratio.of(weight))).isLessThanOrEqualTo(0);
        assertThat(score.signum()).isGreaterThanOrEqualTo(0);
        assertThat(score.equals(Ratio.of(weight))).isEqualTo(value >= target);
        // below the target the points are the weight's share value/target, exactly
        if (value < target) {
            assertThat(score.times(Ratio.of(target))).isEqualTo(Ratio.of(weight).times(Ratio.of(value)));
        }
    }

    @Property
    void lowerIsBetterReachesTheWeightExactlyUpToTheTargetAndFallsAfter(
            @ForAll @LongRange(min = 0, max = 100_000) long value, @ForAll @LongRange(min = 0, max = 100_000) long target,
            @ForAll @IntRange(min = 1, max = 1000) int weight) {
        Ratio score = ScoreRule.score(Ratio.of(value), Ratio.of(target), false, weight);
        assertThat(score.equals(Ratio.of(weight))).isEqualTo(value <= target);
        assertThat(score.compareTo(Ratio.of(weight))).isLessThanOrEqualTo(0);
        Ratio worse = ScoreRule.score(Ratio.of(value + 1), Ratio.of(target), false, weight);
        assertThat(worse.compareTo(score)).isLessThanOrEqualTo(0);
    }

    @Property
    void aTotalLiesBetweenZeroAndAHundred(@ForAll @LongRange(min = 0, max = 200) long a,
                                          @ForAll @LongRange(min = 0, max = 200) long b,
                                          @ForAll @IntRange(min = 1, max = 100) int wa, @ForAll @IntRange(min = 1, max = 100) int wb) {
        Ratio total = ScoreRule.total(List.of(
                new ScoreRule.Part(ScoreRule.score(Ratio.of(a), Ratio.of(100), true, wa), wa),
                new ScoreRule.Part(ScoreRule.score(Ratio.of(b), Ratio.of(50), false, wb), wb)));
        assertThat(total.signum()).isGreaterThanOrEqualTo(0);
        assertThat(total.compareTo(Ratio.of(100))).isLessThanOrEqualTo(0);
    }
}

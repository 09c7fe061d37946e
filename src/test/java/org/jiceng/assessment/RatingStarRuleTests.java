package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.assessment.internal.rating.ListRule;
import org.jiceng.assessment.internal.rating.StarRule;
import org.junit.jupiter.api.Test;

/** Star proposals at the boundaries of each criterion, and the lists the stars decide. */
class RatingStarRuleTests {

    @Provide
    Arbitrary<int[]> thresholds() {
        return Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(StarRule.MAX_STARS)
                .map(t -> {
                    int[] sorted = t.clone();
                    Arrays.sort(sorted);
                    return sorted;
                });
    }

    @Property
    void aMeasureAtAStarsThresholdEarnsAtLeastThatStarAndJustBelowItFewer(
            @ForAll("thresholds") int[] thresholds, @ForAll @IntRange(min = 1, max = 7) int star) {
        int threshold = thresholds[star - 1];
        assertThat(StarRule.stars(threshold, thresholds)).isGreaterThanOrEqualTo(star);
        assertThat(StarRule.stars(threshold + 1, thresholds)).isGreaterThanOrEqualTo(star);
        if (threshold > 0) {
            assertThat(StarRule.stars(threshold - 1, thresholds)).isLessThan(star);
        }
    }

    @Property
    void theStarsAreTheThresholdsReachedAndNeverMoreThanSeven(@ForAll("thresholds") int[] thresholds,
                                                             @ForAll @IntRange(min = 0, max = 1200) int measure) {
        long reached = Arrays.stream(thresholds).filter(t -> t <= measure).count();
        assertThat(StarRule.stars(measure, thresholds)).isEqualTo((int) reached).isBetween(0, 7);
    }

    @Property
    void aHigherMeasureNeverEarnsFewerStars(@ForAll("thresholds") int[] thresholds,
                                           @ForAll @IntRange(min = 0, max = 1200) int measure) {
        assertThat(StarRule.stars(measure + 1, thresholds)).isGreaterThanOrEqualTo(StarRule.stars(measure, thresholds));
    }

    @Test
    void distinctThresholdsGiveEachStarExactlyAtItsBoundary() {
        int[] meetings = {4, 8, 12, 16, 20, 24, 28};
        for (int star = 1; star <= 7; star++) {
            assertThat(StarRule.stars(meetings[star - 1] - 1, meetings)).isEqualTo(star - 1);
            assertThat(StarRule.stars(meetings[star - 1], meetings)).isEqualTo(star);
            assertThat(StarRule.stars(meetings[star - 1] + 1, meetings)).isEqualTo(star);
        }
        assertThat(StarRule.stars(0, meetings)).isZero();
        assertThat(StarRule.stars(10_000, meetings)).isEqualTo(7);
    }

    @Property
    void theProposalIsTheFewestStarsOfAnyCriterion(@ForAll List<@IntRange(min = 0, max = 7) Integer> stars) {
        int proposed = StarRule.proposed(stars);
        assertThat(proposed).isEqualTo(stars.isEmpty() ? 0 : stars.stream().mapToInt(Integer::intValue).min().orElseThrow());
    }

    @Test
    void thresholdsMustBeSevenNonNegativeAndNeverDecreasing() {
        assertThat(StarRule.refuse(new int[] {1, 2, 3, 4, 5, 6, 7})).isEmpty();
        assertThat(StarRule.refuse(new int[] {1, 1, 1, 1, 1, 1, 1})).isEmpty();
        assertThat(StarRule.refuse(new int[] {1, 2, 3})).hasValueSatisfying(r -> assertThat(r).contains("7"));
        assertThat(StarRule.refuse(new int[] {-1, 2, 3, 4, 5, 6, 7})).hasValueSatisfying(r -> assertThat(r).contains("负数"));
        assertThat(StarRule.refuse(new int[] {1, 2, 3, 5, 4, 6, 7})).hasValueSatisfying(r -> assertThat(r).contains("5星"));
        assertThat(StarRule.refuse(null)).isPresent();
    }

    @Property
    void theListsFollowTheStarsAtTheirBoundaries(@ForAll @IntRange(min = 1, max = 7) int redFlagMin,
                                                @ForAll @IntRange(min = 0, max = 6) int weakMax,
                                                @ForAll @IntRange(min = 0, max = 7) int stars) {
        if (weakMax >= redFlagMin) {
            return;
        }
        ListRule rule = new ListRule(redFlagMin, weakMax);
        ListRule.Standing expected = stars >= redFlagMin ? ListRule.Standing.RED_FLAG
                : stars <= weakMax ? ListRule.Standing.WEAK : ListRule.Standing.NEITHER;
        assertThat(rule.standing(stars)).isEqualTo(expected);
        assertThat(rule.standing(redFlagMin)).isEqualTo(ListRule.Standing.RED_FLAG);
        assertThat(rule.standing(weakMax)).isEqualTo(ListRule.Standing.WEAK);
    }
}

package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.volunteer.internal.points.PointsArithmetic;
import org.junit.jupiter.api.Test;

class PointsArithmeticTests {

    @Test
    void minutesEarnWholePointsRoundedDown() {
        assertThat(PointsArithmetic.forMinutes(60, 10)).isEqualTo(10);
        assertThat(PointsArithmetic.forMinutes(59, 10)).isEqualTo(9);
        assertThat(PointsArithmetic.forMinutes(5, 10)).isZero();
        assertThat(PointsArithmetic.forMinutes(6, 10)).isOne();
        assertThat(PointsArithmetic.forMinutes(95, 10)).isEqualTo(15);
    }

    @Property
    void timePointsNeverExceedTheExactValueAndMissItByLessThanOnePoint(@ForAll @LongRange(max = 100_000) long minutes,
                                                                     @ForAll @IntRange(max = 1000) int perHour) {
        long points = PointsArithmetic.forMinutes(minutes, perHour);
        assertThat(points * 60).isLessThanOrEqualTo(minutes * perHour);
        assertThat((points + 1) * 60).isGreaterThan(minutes * perHour);
    }

    @Property
    void aDeedNeverTakesTheDayPastItsCap(@ForAll @IntRange(min = 1, max = 100) int points,
                                         @ForAll @IntRange(min = 1, max = 1000) int capOver,
                                         @ForAll @LongRange(max = 2000) long earned) {
        int cap = points + capOver - 1;
        long awarded = PointsArithmetic.forDeed(points, cap, earned);
        assertThat(awarded).isBetween(0L, (long) points);
        assertThat(earned + awarded).isLessThanOrEqualTo(Math.max(cap, earned));
        if (earned + points <= cap) {
            assertThat(awarded).isEqualTo(points);
        }
    }
}

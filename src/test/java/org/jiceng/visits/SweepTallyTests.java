package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.visits.internal.sweep.SweepViews.Tally;
import org.junit.jupiter.api.Test;

/** A sweep's coverage figures: exact counts, the percent rounded half up to one decimal only for display. */
class SweepTallyTests {

    @Test
    void aSweepWithoutTargetsShowsNoCoverageRatherThanDividingByZero() {
        assertThat(Tally.of(0, 0)).isEqualTo(new Tally(0, 0, 0, "0.0%", 0));
    }

    @Test
    void thePercentIsRoundedHalfUpToOneDecimalAtItsBoundaries() {
        assertThat(Tally.of(3, 1).percent()).isEqualTo("33.3%");
        assertThat(Tally.of(3, 2).percent()).isEqualTo("66.7%");
        assertThat(Tally.of(2000, 1).percent()).isEqualTo("0.1%");
        assertThat(Tally.of(2001, 1).percent()).isEqualTo("0.0%");
        assertThat(Tally.of(8, 7).percent()).isEqualTo("87.5%");
        assertThat(Tally.of(10, 10).percent()).isEqualTo("100.0%");
    }

    @Property
    void theRemainingAreTheTargetsNotCheckedAndTheBarNeverPassesTheWhole(
            @ForAll @LongRange(min = 1, max = 400_000) long targets, @ForAll @LongRange(min = 0, max = 400_000) long checked) {
        long done = Math.min(targets, checked);
        Tally tally = Tally.of(targets, done);
        assertThat(tally.remaining()).isEqualTo(targets - done);
        assertThat(tally.width()).isBetween(0, 100);
        assertThat(tally.width() == 100).isEqualTo(done == targets);
        double shown = Double.parseDouble(tally.percent().replace("%", ""));
        assertThat(Math.abs(shown - 100.0 * done / targets)).isLessThanOrEqualTo(0.05 + 1e-9);
    }
}

package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.services.ServiceFigures.Average;
import org.jiceng.services.ServiceFigures.Figures;
import org.jiceng.services.ServiceFigures.Share;
import org.junit.jupiter.api.Test;

/** The arithmetic of the figures of services: exact integers divided once, half up, to one decimal. */
class ServiceFiguresTests {

    @Test
    void aShareOfNothingIsShownAsADash() {
        Share none = Share.of(0, 0);
        assertThat(none.percent()).isNull();
        assertThat(none.shown()).isEqualTo("—");
        assertThat(Average.of(0, 0).value()).isNull();
        assertThat(Average.of(0, 0).shown()).isEqualTo("—");
    }

    @Test
    void sharesAreRoundedHalfUpOnceToOneDecimal() {
        assertThat(Share.of(7, 8).shown()).isEqualTo("87.5%");
        assertThat(Share.of(1, 3).shown()).isEqualTo("33.3%");
        assertThat(Share.of(2, 3).shown()).isEqualTo("66.7%");
        assertThat(Share.of(1, 16).shown()).isEqualTo("6.3%");   // 6.25 goes up
        assertThat(Share.of(1999, 2000).shown()).isEqualTo("100.0%"); // 99.95 goes up, never beyond the whole
        assertThat(Share.of(0, 5).shown()).isEqualTo("0.0%");
        assertThat(Share.of(5, 5).shown()).isEqualTo("100.0%");
    }

    @Test
    void anAverageIsTheSumOverTheCountWithOneDecimal() {
        assertThat(Average.of(7, 2).shown()).isEqualTo("3.5");
        assertThat(Average.of(10, 3).shown()).isEqualTo("3.3");
        assertThat(Average.of(5, 3).shown()).isEqualTo("1.7");
        assertThat(Average.of(0, 4).shown()).isEqualTo("0.0");
        assertThat(Average.of(1, 20).shown()).isEqualTo("0.1");   // 0.05 goes up
    }

    @Test
    void attendanceLeavesCancelledBookingsOutAndRatesCountDoneItemsOnly() {
        Figures f = Figures.of(8, 2, 6, 4, 30, 3, 1, 5);
        assertThat(f.bookings()).isEqualTo(9);
        assertThat(f.attendance()).isEqualTo(Share.of(3, 4));
        assertThat(f.onTime().whole()).isEqualTo(8);
        assertThat(f.agency().shown()).isEqualTo("50.0%");
        assertThat(f.workingDays().shown()).isEqualTo("3.8");
        Figures onlyCancelled = Figures.of(0, 1, 0, 0, 0, 0, 0, 2);
        assertThat(onlyCancelled.attendance().shown()).isEqualTo("—");
        assertThat(onlyCancelled.onTime().shown()).isEqualTo("—");
        assertThat(onlyCancelled.workingDays().shown()).isEqualTo("—");
    }

    @Property
    void aShareLiesWithinHalfATenthOfItsExactValue(@ForAll @LongRange(min = 1, max = 1_000_000) long whole,
                                                    @ForAll @LongRange(min = 0, max = 1_000_000) long part) {
        long p = Math.min(part, whole);
        BigDecimal shown = Share.of(p, whole).percent();
        // |shown − 100p/whole| ≤ 0.05, in integers: |shown×10×whole − 1000p| ≤ whole/2
        long scaled = shown.movePointRight(1).longValueExact() * whole;
        assertThat(Math.abs(scaled - 1000 * p) * 2).isLessThanOrEqualTo(whole);
        assertThat(shown).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
}

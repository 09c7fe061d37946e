package org.jiceng.mediation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.internal.SettlementFigures.Count;
import org.jiceng.mediation.internal.SettlementFigures.Figures;
import org.jiceng.mediation.internal.SettlementFigures.Ratio;
import org.junit.jupiter.api.Test;

class SettlementFiguresTests {

    @Test
    void percentagesAreRoundedHalfUpToOneDecimalOnlyForDisplay() {
        assertThat(new Ratio(1, 3).percent()).isEqualTo("33.3");
        assertThat(new Ratio(2, 3).percent()).isEqualTo("66.7");
        assertThat(new Ratio(1, 16).percent()).isEqualTo("6.3");
        assertThat(new Ratio(1, 8).percent()).isEqualTo("12.5");
        assertThat(new Ratio(1, 2000).percent()).isEqualTo("0.1");
        assertThat(new Ratio(1, 2001).percent()).isEqualTo("0.0");
        assertThat(new Ratio(0, 5).percent()).isEqualTo("0.0");
        assertThat(new Ratio(5, 5).percent()).isEqualTo("100.0");
        assertThat(new Ratio(0, 0).percent()).isNull();
    }

    @Test
    void successIsSettledOverEndedAndNotEscalatedLeavesOutTheCounty() {
        Figures f = SettlementFigures.of(List.of(
                new Count(MediationLevel.GRID, DisputeState.AGREED, 5),
                new Count(MediationLevel.VILLAGE, DisputeState.FULFILLED, 3),
                new Count(MediationLevel.TOWN, DisputeState.REFERRED, 1),
                new Count(MediationLevel.COUNTY, DisputeState.AGREED, 1),
                new Count(MediationLevel.VILLAGE, DisputeState.MEDIATING, 7),
                new Count(MediationLevel.GRID, DisputeState.REGISTERED, 2)));
        assertThat(f.open()).isEqualTo(9);
        assertThat(f.successRate()).isEqualTo(new Ratio(9, 10));
        assertThat(f.notEscalatedRate()).isEqualTo(new Ratio(8, 10));
        assertThat(f.levels().stream().map(l -> l.share())).containsExactly(new Ratio(5, 9), new Ratio(3, 9),
                new Ratio(0, 9), new Ratio(1, 9));
        assertThat(SettlementFigures.of(List.of()).successRate().percent()).isNull();
    }

    @Property
    void theLevelSharesAddUpToEverySettledDisputeAndTheRatesStayWithinTheWhole(
            @ForAll @Size(max = 20) List<@IntRange(max = 1000) Integer> amounts) {
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            counts.add(new Count(MediationLevel.values()[i % 4], DisputeState.values()[(i / 4) % 5], amounts.get(i)));
        }
        Figures f = SettlementFigures.of(counts);
        long total = amounts.stream().mapToLong(Integer::longValue).sum();
        assertThat(f.open() + f.concluded()).isEqualTo(total);
        assertThat(f.settled() + f.referred()).isEqualTo(f.concluded());
        assertThat(f.levels().stream().mapToLong(l -> l.share().numerator()).sum()).isEqualTo(f.settled());
        assertThat(f.levels()).allSatisfy(l -> assertThat(l.share().denominator()).isEqualTo(f.settled()));
        assertThat(f.notEscalatedRate().numerator()).isLessThanOrEqualTo(f.successRate().numerator());
    }

    @Property
    void aDisplayedPercentageIsWithinHalfATenthOfTheExactValue(@ForAll @IntRange(max = 100_000) int numerator,
                                                                @ForAll @IntRange(min = 1, max = 100_000) int extra) {
        long denominator = (long) numerator + extra;
        BigDecimal exact = BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
        BigDecimal shown = new BigDecimal(new Ratio(numerator, denominator).percent());
        assertThat(shown.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
        assertThat(shown.scale()).isEqualTo(1);
    }
}

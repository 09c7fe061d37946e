package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.party.internal.duty.PledgeRules;
import org.jiceng.party.internal.duty.PledgeState;
import org.junit.jupiter.api.Test;

/** The rules of a pledge at their boundaries: due dates, the states that may change, the day it is kept. */
class PledgeRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aPledgeMayFallDueTodayOrAYearAheadButNotADayEitherSide() {
        assertThat(PledgeRules.refuseDueDate(TODAY, TODAY)).isEmpty();
        assertThat(PledgeRules.refuseDueDate(TODAY, TODAY.plusDays(PledgeRules.MAX_DAYS_AHEAD))).isEmpty();
        assertThat(PledgeRules.refuseDueDate(TODAY, TODAY.minusDays(1))).hasValueSatisfying(r -> assertThat(r).contains("不能早于今天"));
        assertThat(PledgeRules.refuseDueDate(TODAY, TODAY.plusDays(PledgeRules.MAX_DAYS_AHEAD + 1)))
                .hasValueSatisfying(r -> assertThat(r).contains("一年之后"));
    }

    @Property
    void aDueDateIsAcceptedExactlyWhenItLiesInTheYearAhead(@ForAll("days") LocalDate today,
                                                           @ForAll @IntRange(min = -800, max = 800) int offset) {
        boolean inside = offset >= 0 && offset <= PledgeRules.MAX_DAYS_AHEAD;
        assertThat(PledgeRules.refuseDueDate(today, today.plusDays(offset)).isEmpty()).isEqualTo(inside);
    }

    @Property
    void onlyAPromisedPledgeChanges(@ForAll PledgeState state) {
        assertThat(PledgeRules.refuseChange(state).isEmpty()).isEqualTo(state == PledgeState.PROMISED);
    }

    @Property
    void aPledgeIsKeptOnADayFromTheDayItWasMadeToToday(@ForAll("days") LocalDate pledgedOn,
                                                        @ForAll @IntRange(min = 0, max = 400) int age,
                                                        @ForAll @IntRange(min = -500, max = 500) int keptAfter) {
        LocalDate today = pledgedOn.plusDays(age);
        LocalDate keptOn = pledgedOn.plusDays(keptAfter);
        boolean allowed = !keptOn.isBefore(pledgedOn) && !keptOn.isAfter(today);
        assertThat(PledgeRules.refuseKeptOn(pledgedOn, today, keptOn).isEmpty()).isEqualTo(allowed);
    }

    @Property
    void aPledgeIsOverdueOnlyWhenStillPromisedAfterItsDueDay(@ForAll PledgeState state, @ForAll("days") LocalDate due,
                                                             @ForAll @IntRange(min = -5, max = 5) int daysAfter) {
        boolean overdue = PledgeRules.overdue(state, due, due.plusDays(daysAfter));
        assertThat(overdue).isEqualTo(state == PledgeState.PROMISED && daysAfter > 0);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }
}

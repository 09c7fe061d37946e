package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.ConflictException;
import org.jiceng.assessment.internal.inspection.FindingRules;
import org.jiceng.assessment.internal.inspection.FindingState;
import org.jiceng.assessment.internal.inspection.FindingStep;
import org.junit.jupiter.api.Test;

/** The life of a finding, its lateness and the ledger's on-time rate, at their boundaries. */
class InspectionFindingRulesTests {

    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    @Test
    void aFindingGoesFromTheUnitToTheTeamAndIsCancelledOnlyAfterAcceptance() {
        FindingState state = FindingState.ASSIGNED;
        state = FindingRules.after(state, FindingStep.PROGRESS);
        assertThat(state).isEqualTo(FindingState.ASSIGNED);
        state = FindingRules.after(state, FindingStep.SUBMIT);
        assertThat(state).isEqualTo(FindingState.SUBMITTED);
        state = FindingRules.after(state, FindingStep.RETURN);
        assertThat(state).isEqualTo(FindingState.RETURNED);
        state = FindingRules.after(state, FindingStep.EVIDENCE);
        state = FindingRules.after(state, FindingStep.SUBMIT);
        state = FindingRules.after(state, FindingStep.ACCEPT);
        assertThat(state).isEqualTo(FindingState.ACCEPTED);
        assertThat(FindingRules.after(state, FindingStep.CANCEL)).isEqualTo(FindingState.CANCELLED);
    }

    @Test
    void cancellingBeforeAcceptanceIsRefusedSayingWhy() {
        for (FindingState state : new FindingState[]{FindingState.ASSIGNED, FindingState.SUBMITTED, FindingState.RETURNED}) {
            assertThatThrownBy(() -> FindingRules.after(state, FindingStep.CANCEL))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("验收通过后方可销账");
        }
        assertThatThrownBy(() -> FindingRules.after(FindingState.CANCELLED, FindingStep.CANCEL))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theUnitNoLongerWritesOnceItHasSubmittedOrTheTeamHasDecided() {
        for (FindingState state : new FindingState[]{FindingState.SUBMITTED, FindingState.ACCEPTED, FindingState.CANCELLED}) {
            assertThatThrownBy(() -> FindingRules.after(state, FindingStep.PROGRESS)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> FindingRules.after(state, FindingStep.SUBMIT)).isInstanceOf(ConflictException.class);
        }
        assertThatThrownBy(() -> FindingRules.after(FindingState.ASSIGNED, FindingStep.ACCEPT))
                .hasMessageContaining("尚未提交验收");
    }

    @Property
    void aFindingWithTheUnitIsLateExactlyFromTheDayAfterItsDeadline(@ForAll @IntRange(min = -400, max = 400) int days) {
        LocalDate today = DEADLINE.plusDays(days);
        assertThat(FindingRules.late(FindingState.ASSIGNED, DEADLINE, null, today)).isEqualTo(days > 0);
        assertThat(FindingRules.late(FindingState.RETURNED, DEADLINE, DEADLINE.minusDays(3), today)).isEqualTo(days > 0);
    }

    @Property
    void aSubmissionIsOnTimeUpToAndIncludingTheDeadline(@ForAll @IntRange(min = -400, max = 400) int days) {
        LocalDate submitted = DEADLINE.plusDays(days);
        assertThat(FindingRules.onTime(submitted, DEADLINE)).isEqualTo(days <= 0);
        assertThat(FindingRules.late(FindingState.SUBMITTED, DEADLINE, submitted, DEADLINE.plusDays(500)))
                .as("waiting for the team is not the unit's delay").isEqualTo(days > 0);
    }

    @Property
    void theRateIsTheExactFractionShownRoundedHalfUpToOneDecimal(@ForAll @IntRange(min = 0, max = 1000) int onTime,
                                                                @ForAll @IntRange(min = 1, max = 1000) int extra) {
        long due = onTime + extra - 1L;
        if (due == 0) {
            assertThat(new FindingRules.Rate(0, 0).shown()).isEqualTo("—");
            return;
        }
        FindingRules.Rate rate = new FindingRules.Rate(onTime, due);
        long tenths = (onTime * 1000L * 2 + due) / (due * 2);
        assertThat(rate.shown()).startsWith(tenths / 10 + "." + tenths % 10 + "%");
        assertThat(rate.shown()).endsWith("（" + onTime + "/" + due + "）");
    }

    @Test
    void twoOfThreeIsShownAsSixtySixPointSeven() {
        assertThat(new FindingRules.Rate(2, 3).shown()).isEqualTo("66.7%（2/3）");
        assertThat(new FindingRules.Rate(1, 8).shown()).isEqualTo("12.5%（1/8）");
        assertThat(FindingRules.due(FindingState.ASSIGNED, DEADLINE, DEADLINE)).isFalse();
        assertThat(FindingRules.due(FindingState.ASSIGNED, DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(FindingRules.due(FindingState.ACCEPTED, DEADLINE, DEADLINE.minusDays(9))).isTrue();
    }
}

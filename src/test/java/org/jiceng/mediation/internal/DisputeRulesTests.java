package org.jiceng.mediation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jiceng.Role;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.internal.DisputeRules.Step;
import org.junit.jupiter.api.Test;

class DisputeRulesTests {

    @Test
    void escalationClimbsGridVillageTownCountyOneStepAtATimeAndStopsAtTheCounty() {
        List<MediationLevel> climbed = new ArrayList<>();
        Optional<MediationLevel> level = Optional.of(MediationLevel.GRID);
        while (level.isPresent()) {
            climbed.add(level.get());
            level = level.get().up();
        }
        assertThat(climbed).containsExactly(MediationLevel.GRID, MediationLevel.VILLAGE, MediationLevel.TOWN, MediationLevel.COUNTY);
        assertThat(MediationLevel.COUNTY.up()).isEmpty();
    }

    @Property
    void escalationIsAlwaysExactlyOneLevelUp(@ForAll MediationLevel level) {
        level.up().ifPresentOrElse(up -> assertThat(up.ordinal()).isEqualTo(level.ordinal() + 1),
                () -> assertThat(level).isEqualTo(MediationLevel.COUNTY));
    }

    @Property
    void aStepIsAllowedExactlyInTheStatesOfItsRowAndOtherwiseRefusedInChinese(@ForAll Step step, @ForAll DisputeState state) {
        if (step == Step.REGISTER) {
            return;
        }
        boolean allowed = DisputeRules.of(step).from().contains(state);
        assertThat(DisputeRules.refusal(step, state).isEmpty()).isEqualTo(allowed);
        DisputeRules.refusal(step, state).ifPresent(reason -> assertThat(reason).containsPattern("\\p{IsHan}"));
    }

    @Property
    void aReferredDisputeTakesNoFurtherStep(@ForAll Step step) {
        if (step != Step.REGISTER) {
            assertThat(DisputeRules.refusal(step, DisputeState.REFERRED)).isPresent();
        }
    }

    @Test
    void theOutcomesAndWhereTheyLead() {
        assertThat(DisputeRules.after(Step.RECORD_SESSION, DisputeState.REGISTERED, false)).isEqualTo(DisputeState.MEDIATING);
        assertThat(DisputeRules.after(Step.AGREE, DisputeState.MEDIATING, false)).isEqualTo(DisputeState.AGREED);
        assertThat(DisputeRules.after(Step.REFER, DisputeState.REGISTERED, false)).isEqualTo(DisputeState.REFERRED);
        assertThat(DisputeRules.after(Step.ESCALATE, DisputeState.MEDIATING, false)).isEqualTo(DisputeState.MEDIATING);
        assertThat(DisputeRules.after(Step.FOLLOW_UP, DisputeState.AGREED, false)).isEqualTo(DisputeState.AGREED);
        assertThat(DisputeRules.after(Step.FOLLOW_UP, DisputeState.AGREED, true)).isEqualTo(DisputeState.FULFILLED);
        assertThat(DisputeRules.refusal(Step.AGREE, DisputeState.REGISTERED)).hasValueSatisfying(r -> assertThat(r).contains("请先记录调解"));
        assertThat(DisputeRules.refusal(Step.FOLLOW_UP, DisputeState.MEDIATING)).isPresent();
    }

    @Property
    void whoRunsALevelAlsoRunsEveryLevelBelowIt(@ForAll Role role, @ForAll MediationLevel level) {
        if (DisputeRules.runs(role, level)) {
            for (MediationLevel below : MediationLevel.values()) {
                if (below.ordinal() <= level.ordinal()) {
                    assertThat(DisputeRules.runs(role, below)).isTrue();
                }
            }
        }
    }

    @Test
    void villagesRunUpToTheVillageTownsUpToTheTownTheCountyEverything() {
        assertThat(DisputeRules.runs(Role.VILLAGE_STAFF, MediationLevel.VILLAGE)).isTrue();
        assertThat(DisputeRules.runs(Role.VILLAGE_STAFF, MediationLevel.TOWN)).isFalse();
        assertThat(DisputeRules.runs(Role.TOWN_STAFF, MediationLevel.TOWN)).isTrue();
        assertThat(DisputeRules.runs(Role.TOWN_STAFF, MediationLevel.COUNTY)).isFalse();
        assertThat(DisputeRules.runs(Role.COUNTY_ADMIN, MediationLevel.COUNTY)).isTrue();
        for (Role none : List.of(Role.GRID_WORKER, Role.RESIDENT, Role.AUDITOR, Role.DEPT_STAFF, Role.PARTY_ORG_ADMIN)) {
            assertThat(DisputeRules.runs(none, MediationLevel.GRID)).as(none.name()).isFalse();
        }
    }

    @Test
    void registrationStartsAtTheRegistrantsLevelAndGridMediationNeedsAGrid() {
        assertThat(DisputeRules.startsAt(Role.GRID_WORKER, "530326001001001")).isEqualTo(MediationLevel.GRID);
        assertThat(DisputeRules.startsAt(Role.VILLAGE_STAFF, "530326001001")).isEqualTo(MediationLevel.VILLAGE);
        assertThat(DisputeRules.startsAt(Role.VILLAGE_STAFF, "530326001001001")).isEqualTo(MediationLevel.GRID);
        assertThat(DisputeRules.startsAt(Role.TOWN_STAFF, "530326001001")).isEqualTo(MediationLevel.TOWN);
        assertThat(DisputeRules.registrationRefusal(Role.VILLAGE_STAFF, MediationLevel.GRID, "530326001001")).isPresent();
        assertThat(DisputeRules.registrationRefusal(Role.VILLAGE_STAFF, MediationLevel.TOWN, "530326001001")).isPresent();
        assertThat(DisputeRules.registrationRefusal(Role.GRID_WORKER, MediationLevel.VILLAGE, "530326001001001")).isPresent();
        assertThat(DisputeRules.registrationRefusal(Role.TOWN_STAFF, MediationLevel.VILLAGE, "530326001001")).isEmpty();
    }
}

package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jiceng.Role;
import org.junit.jupiter.api.Test;

class CaseTransitionsTests {

    @Test
    void everyActionHasExactlyOneRow() {
        for (CaseAction action : CaseAction.values()) {
            assertThat(CaseTransitions.TABLE.stream().filter(t -> t.action() == action)).as(action.path()).hasSize(1);
        }
    }

    @Test
    void theHappyPathOfTheDiagramIsAllowedStepByStep() {
        assertAllowed(CaseAction.ACCEPT, CaseState.RECEIVED, Role.TOWN_STAFF, CaseState.ACCEPTED);
        assertAllowed(CaseAction.DISPATCH, CaseState.ACCEPTED, Role.TOWN_STAFF, CaseState.DISPATCHED);
        assertAllowed(CaseAction.CHECK_IN, CaseState.DISPATCHED, Role.DEPT_STAFF, CaseState.IN_PROGRESS);
        assertAllowed(CaseAction.RESOLVE, CaseState.IN_PROGRESS, Role.DEPT_STAFF, CaseState.RESOLVED);
        assertAllowed(CaseAction.VERIFY, CaseState.RESOLVED, Role.TOWN_STAFF, CaseState.VERIFIED);
        assertAllowed(CaseAction.REPLY, CaseState.VERIFIED, Role.TOWN_STAFF, CaseState.REPLIED);
        assertAllowed(CaseAction.RATE, CaseState.REPLIED, Role.RESIDENT, CaseState.CLOSED);
    }

    @Test
    void aReturnGoesBackToAcceptedForReDispatch() {
        assertAllowed(CaseAction.RETURN, CaseState.DISPATCHED, Role.DEPT_STAFF, CaseState.ACCEPTED);
    }

    @Test
    void anExtensionKeepsTheState() {
        assertThat(CaseTransitions.of(CaseAction.EXTEND).orElseThrow().to()).isNull();
        assertThat(CaseTransitions.of(CaseAction.APPROVE_EXTENSION).orElseThrow().to()).isNull();
    }

    @Test
    void aWrongStateIsAConflictExplainedInChinese() {
        var refusal = CaseTransitions.refusal(CaseAction.VERIFY, CaseState.IN_PROGRESS, Set.of(Role.TOWN_STAFF));
        assertThat(refusal).isPresent();
        assertThat(refusal.get().wrongState()).isTrue();
        assertThat(refusal.get().message()).contains("办理中").contains("不能核查").contains("已办结");
    }

    @Test
    void aWrongRoleIsForbiddenExplainedInChinese() {
        var refusal = CaseTransitions.refusal(CaseAction.CHECK_IN, CaseState.DISPATCHED, Set.of(Role.TOWN_STAFF));
        assertThat(refusal.get().wrongState()).isFalse();
        assertThat(refusal.get().message()).isEqualTo("只有县直部门工作人员可以报到签收");
        assertThat(CaseTransitions.refusal(CaseAction.AUTO_CLOSE, CaseState.REPLIED, Set.of(Role.COUNTY_ADMIN))
                .get().message()).contains("系统自动");
    }

    @Test
    void aResidentMayOnlyRateOrReopen() {
        for (CaseState state : CaseState.values()) {
            assertThat(CaseTransitions.available(state, Set.of(Role.RESIDENT)))
                    .isSubsetOf(CaseAction.RATE, CaseAction.REOPEN);
        }
    }

    @Test
    void closedAndRejectedCasesAcceptNoAction() {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        assertThat(CaseTransitions.available(CaseState.CLOSED, everyone)).isEmpty();
        assertThat(CaseTransitions.available(CaseState.REJECTED, everyone)).isEmpty();
    }

    @Property
    void anActionIsAvailableExactlyWhenItIsNotRefused(@ForAll CaseAction action, @ForAll CaseState state, @ForAll Role role) {
        boolean refused = CaseTransitions.refusal(action, state, Set.of(role)).isPresent();
        assertThat(CaseTransitions.available(state, Set.of(role)).contains(action)).isEqualTo(!refused);
    }

    private static void assertAllowed(CaseAction action, CaseState from, Role role, CaseState to) {
        assertThat(CaseTransitions.refusal(action, from, Set.of(role))).as(action.path()).isEmpty();
        assertThat(CaseTransitions.of(action).orElseThrow().to()).isEqualTo(to);
    }
}

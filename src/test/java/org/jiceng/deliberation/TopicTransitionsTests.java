package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jiceng.Role;
import org.junit.jupiter.api.Test;

class TopicTransitionsTests {

    private static final Set<Role> COMMITTEE = EnumSet.of(Role.VILLAGE_STAFF);

    @Test
    void theCommitteeCarriesATopicThroughTheSixStepsInOrder() {
        TopicStep step = TopicStep.COLLECTED;
        List<TopicStep> visited = new java.util.ArrayList<>(List.of(step));
        for (TopicAction action : List.of(TopicAction.CONFIRM, TopicAction.DELIBERATE, TopicAction.RESOLVE,
                TopicAction.EXECUTE, TopicAction.REVIEW)) {
            assertThat(TopicTransitions.refusal(action, step, COMMITTEE)).isEmpty();
            step = TopicTransitions.of(action).to();
            visited.add(step);
        }
        assertThat(visited).containsExactlyElementsOf(TopicStep.six());
        assertThat(TopicTransitions.available(TopicStep.REVIEWED, COMMITTEE)).isEmpty();
    }

    @Test
    void aCollectedTopicIsConfirmedOrDeclined() {
        assertThat(TopicTransitions.available(TopicStep.COLLECTED, COMMITTEE))
                .containsExactly(TopicAction.CONFIRM, TopicAction.DECLINE);
        assertThat(TopicTransitions.available(TopicStep.DECLINED, EnumSet.allOf(Role.class))).isEmpty();
    }

    @Test
    void theWrongStepIsAConflictExplainedInChinese() {
        var refusal = TopicTransitions.refusal(TopicAction.RESOLVE, TopicStep.COLLECTED, COMMITTEE).orElseThrow();
        assertThat(refusal.wrongStep()).isTrue();
        assertThat(refusal.message()).isEqualTo("议题当前处于“收集”环节，不能形成决议；只有处于“协商”环节的议题可以形成决议");
    }

    @Test
    void residentsAndGridWorkersDoNotMoveTopics() {
        var refusal = TopicTransitions.refusal(TopicAction.CONFIRM, TopicStep.COLLECTED,
                EnumSet.of(Role.RESIDENT, Role.GRID_WORKER)).orElseThrow();
        assertThat(refusal.wrongStep()).isFalse();
        assertThat(refusal.message()).contains("只有").contains("村(社区)两委").contains("确定为议题");
    }

    @Test
    void aPathLeadsForwardAndNeverBack() {
        assertThat(TopicTransitions.path(TopicStep.COLLECTED, TopicStep.RESOLVED))
                .containsExactly(TopicAction.CONFIRM, TopicAction.DELIBERATE, TopicAction.RESOLVE);
        assertThat(TopicTransitions.path(TopicStep.EXECUTING, TopicStep.RESOLVED)).isEmpty();
        assertThat(TopicTransitions.path(TopicStep.RESOLVED, TopicStep.RESOLVED)).isEmpty();
        assertThat(TopicTransitions.path(TopicStep.DECLINED, TopicStep.CONFIRMED)).isEmpty();
    }

    @Property
    void everyMoveGoesOneStepForwardOrAside(@ForAll TopicAction action) {
        var transition = TopicTransitions.of(action);
        if (transition.to() == TopicStep.DECLINED) {
            assertThat(transition.from()).isEqualTo(TopicStep.COLLECTED);
        } else {
            assertThat(transition.to().number()).isEqualTo(transition.from().number() + 1);
        }
    }

    @Property
    void onlyTheCommitteeTownAndCountyMayAct(@ForAll TopicAction action, @ForAll TopicStep step, @ForAll Role role) {
        var refusal = TopicTransitions.refusal(action, step, EnumSet.of(role));
        boolean rightStep = TopicTransitions.of(action).from() == step;
        boolean mover = TopicTransitions.MOVERS.contains(role);
        assertThat(refusal.isEmpty()).isEqualTo(rightStep && mover);
        refusal.ifPresent(r -> {
            assertThat(r.wrongStep()).isEqualTo(!rightStep);
            assertThat(r.message()).containsPattern("\\p{IsHan}");
        });
    }

    @Property
    void atMostTwoActionsAreOfferedAtAnyStep(@ForAll TopicStep step) {
        assertThat(TopicTransitions.available(step, EnumSet.allOf(Role.class))).hasSizeLessThanOrEqualTo(2);
        assertThat(TopicTransitions.available(step, EnumSet.of(Role.RESIDENT, Role.GRID_WORKER, Role.DEPT_STAFF,
                Role.AUDITOR, Role.PARTY_ORG_ADMIN))).isEmpty();
    }

    @Property
    void aPathArrivesWhereItWasAskedToGo(@ForAll TopicStep from, @ForAll TopicStep to) {
        List<TopicAction> path = TopicTransitions.path(from, to);
        TopicStep at = from;
        for (TopicAction action : path) {
            assertThat(TopicTransitions.of(action).from()).isEqualTo(at);
            at = TopicTransitions.of(action).to();
        }
        if (!path.isEmpty()) {
            assertThat(at).isEqualTo(to);
            assertThat(to.number()).isGreaterThan(from.number());
        }
    }
}

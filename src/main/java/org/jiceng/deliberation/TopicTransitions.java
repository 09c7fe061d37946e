package org.jiceng.deliberation;

import static org.jiceng.Role.COUNTY_ADMIN;
import static org.jiceng.Role.TOWN_STAFF;
import static org.jiceng.Role.VILLAGE_STAFF;
import static org.jiceng.deliberation.TopicStep.COLLECTED;
import static org.jiceng.deliberation.TopicStep.CONFIRMED;
import static org.jiceng.deliberation.TopicStep.DECLINED;
import static org.jiceng.deliberation.TopicStep.DELIBERATING;
import static org.jiceng.deliberation.TopicStep.EXECUTING;
import static org.jiceng.deliberation.TopicStep.RESOLVED;
import static org.jiceng.deliberation.TopicStep.REVIEWED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.Role;

/**
 * The one table of 六步议事: each row names the step an action starts from, the step it leads to and the
 * roles that may take it — the village (community) committee and those above it. Residents and grid workers
 * raise topics, comment and support them; they do not move them. Refusals are explained in Chinese.
 */
public final class TopicTransitions {

    /** One row of the table. */
    public record Transition(TopicAction action, TopicStep from, TopicStep to, Set<Role> roles) {
    }

    /** Who moves topics: the committee of the topic's village or community, its town and the county. */
    public static final Set<Role> MOVERS = EnumSet.of(VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN);

    static final List<Transition> TABLE = List.of(
            new Transition(TopicAction.CONFIRM, COLLECTED, CONFIRMED, MOVERS),
            new Transition(TopicAction.DECLINE, COLLECTED, DECLINED, MOVERS),
            new Transition(TopicAction.DELIBERATE, CONFIRMED, DELIBERATING, MOVERS),
            new Transition(TopicAction.RESOLVE, DELIBERATING, RESOLVED, MOVERS),
            new Transition(TopicAction.EXECUTE, RESOLVED, EXECUTING, MOVERS),
            new Transition(TopicAction.REVIEW, EXECUTING, REVIEWED, MOVERS));

    private TopicTransitions() {
    }

    public static List<Transition> table() {
        return TABLE;
    }

    public static Transition of(TopicAction action) {
        return TABLE.stream().filter(t -> t.action() == action).findFirst().orElseThrow();
    }

    /** A refusal: {@code wrongStep} answers 409 (the topic is not there), otherwise 403 (not for this person). */
    public record Refusal(boolean wrongStep, String message) {
    }

    /** Why {@code action} may not be taken now by someone holding {@code roles} here, or empty when it may. */
    public static Optional<Refusal> refusal(TopicAction action, TopicStep step, Set<Role> roles) {
        Transition transition = of(action);
        if (transition.from() != step) {
            return Optional.of(new Refusal(true, "议题当前处于“" + step.label() + "”环节，不能" + action.label()
                    + "；只有处于“" + transition.from().label() + "”环节的议题可以" + action.label()));
        }
        if (transition.roles().stream().noneMatch(roles::contains)) {
            return Optional.of(new Refusal(false, "只有议题所在村(社区)的"
                    + transition.roles().stream().map(Role::label).collect(Collectors.joining("、"))
                    + "可以" + action.label()));
        }
        return Optional.empty();
    }

    /** The actions a person with these roles may take at this step: the buttons a page shows. */
    public static List<TopicAction> available(TopicStep step, Set<Role> roles) {
        return TABLE.stream().filter(t -> refusal(t.action(), step, roles).isEmpty()).map(Transition::action).toList();
    }

    /**
     * The actions that carry a topic forward from {@code step} to {@code target} along the six steps, in order;
     * empty when it is there already or past it, or when {@code target} cannot be reached (a declined topic).
     */
    public static List<TopicAction> path(TopicStep step, TopicStep target) {
        List<TopicAction> actions = new java.util.ArrayList<>();
        TopicStep at = step;
        while (at != target) {
            TopicStep from = at;
            Optional<Transition> next = TABLE.stream()
                    .filter(t -> t.from() == from && t.to() != DECLINED).findFirst();
            if (next.isEmpty()) {
                return List.of();
            }
            actions.add(next.get().action());
            at = next.get().to();
        }
        return actions;
    }
}

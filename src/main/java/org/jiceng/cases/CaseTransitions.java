package org.jiceng.cases;

import static org.jiceng.Role.COUNTY_ADMIN;
import static org.jiceng.Role.DEPT_STAFF;
import static org.jiceng.Role.GRID_WORKER;
import static org.jiceng.Role.RESIDENT;
import static org.jiceng.Role.TOWN_STAFF;
import static org.jiceng.Role.VILLAGE_STAFF;
import static org.jiceng.cases.CaseState.ACCEPTED;
import static org.jiceng.cases.CaseState.CLOSED;
import static org.jiceng.cases.CaseState.DISPATCHED;
import static org.jiceng.cases.CaseState.IN_PROGRESS;
import static org.jiceng.cases.CaseState.RECEIVED;
import static org.jiceng.cases.CaseState.REJECTED;
import static org.jiceng.cases.CaseState.REOPENED;
import static org.jiceng.cases.CaseState.REPLIED;
import static org.jiceng.cases.CaseState.RESOLVED;
import static org.jiceng.cases.CaseState.VERIFIED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;

/**
 * The one table of allowed transitions (DESIGN §4). Each row names the states it starts from, where it
 * leads ({@code null}: the state stays, as for an extension), and the roles that may take it. Refusals are
 * explained in Chinese. Conditions that need the case's data (the lead unit, the reporter, the one working
 * day of a return) are the service's; this table is the part a reader checks against the diagram.
 */
public final class CaseTransitions {

    /** One row of the table. */
    public record Transition(CaseAction action, Set<CaseState> from, CaseState to, Set<Role> roles) {
    }

    private static final Set<Role> TRIAGE = EnumSet.of(GRID_WORKER, VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN);
    private static final Set<Role> DISPATCHERS = EnumSet.of(VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN);
    private static final Set<Role> HANDLERS = EnumSet.of(GRID_WORKER, VILLAGE_STAFF, TOWN_STAFF, DEPT_STAFF, COUNTY_ADMIN);

    static final List<Transition> TABLE = List.of(
            new Transition(CaseAction.ACCEPT, EnumSet.of(RECEIVED), ACCEPTED, TRIAGE),
            new Transition(CaseAction.REJECT, EnumSet.of(RECEIVED), REJECTED, TRIAGE),
            new Transition(CaseAction.HANDLE, EnumSet.of(ACCEPTED), IN_PROGRESS, TRIAGE),
            new Transition(CaseAction.DISPATCH, EnumSet.of(ACCEPTED), DISPATCHED, DISPATCHERS),
            new Transition(CaseAction.CHECK_IN, EnumSet.of(DISPATCHED), IN_PROGRESS, EnumSet.of(DEPT_STAFF)),
            new Transition(CaseAction.RETURN, EnumSet.of(DISPATCHED, IN_PROGRESS), ACCEPTED, EnumSet.of(DEPT_STAFF)),
            new Transition(CaseAction.ESCALATE, EnumSet.of(ACCEPTED, IN_PROGRESS), ACCEPTED, TRIAGE),
            new Transition(CaseAction.EXTEND, EnumSet.of(IN_PROGRESS), null, HANDLERS),
            new Transition(CaseAction.APPROVE_EXTENSION, EnumSet.of(IN_PROGRESS), null, DISPATCHERS),
            new Transition(CaseAction.RESOLVE, EnumSet.of(IN_PROGRESS), RESOLVED, HANDLERS),
            new Transition(CaseAction.VERIFY, EnumSet.of(RESOLVED), VERIFIED, DISPATCHERS),
            new Transition(CaseAction.REPLY, EnumSet.of(VERIFIED), REPLIED, DISPATCHERS),
            // a rating of "not solved" or "unsatisfied" leads to REOPENED instead, while reopens are left
            new Transition(CaseAction.RATE, EnumSet.of(REPLIED), CLOSED, EnumSet.of(RESIDENT)),
            new Transition(CaseAction.REOPEN, EnumSet.of(REOPENED), IN_PROGRESS, EnumSet.noneOf(Role.class)),
            new Transition(CaseAction.MERGE, EnumSet.of(RECEIVED, ACCEPTED), CLOSED, TRIAGE),
            new Transition(CaseAction.AUTO_CLOSE, EnumSet.of(REPLIED), CLOSED, EnumSet.noneOf(Role.class)));

    private CaseTransitions() {
    }

    public static Optional<Transition> of(CaseAction action) {
        return TABLE.stream().filter(t -> t.action() == action).findFirst();
    }

    /**
     * A refusal: {@code WRONG_STATE} answers 409 (the case is not there, or not ready for this), {@code NOT_YOURS}
     * 403 (not for this person), {@code BAD_INPUT} 400 naming the request's {@code field} (what was sent will not do).
     */
    public record Refusal(Kind kind, String message, String field) {

        public enum Kind { WRONG_STATE, NOT_YOURS, BAD_INPUT }

        public Refusal(boolean wrongState, String message) {
            this(wrongState ? Kind.WRONG_STATE : Kind.NOT_YOURS, message, null);
        }

        public static Refusal wrongState(String message) {
            return new Refusal(Kind.WRONG_STATE, message, null);
        }

        public static Refusal notYours(String message) {
            return new Refusal(Kind.NOT_YOURS, message, null);
        }

        public static Refusal badInput(String field, String message) {
            return new Refusal(Kind.BAD_INPUT, message, field);
        }

        public boolean wrongState() {
            return kind == Kind.WRONG_STATE;
        }

        /** The exception that answers this refusal: 409, 403 or 400. */
        public RuntimeException exception() {
            return switch (kind) {
                case WRONG_STATE -> new ConflictException(message);
                case NOT_YOURS -> new ForbiddenException(message);
                case BAD_INPUT -> new BadInputException(field, message);
            };
        }
    }

    /** Why {@code action} may not be taken now by someone holding {@code roles}, or empty when it may. */
    public static Optional<Refusal> refusal(CaseAction action, CaseState state, Set<Role> roles) {
        Transition transition = of(action).orElseThrow();
        if (!transition.from().contains(state)) {
            return Optional.of(new Refusal(true, "案件当前状态为“" + state.label() + "”，不能" + action.label() + "；可" + action.label()
                    + "的状态：" + transition.from().stream().map(CaseState::label).collect(Collectors.joining("、"))));
        }
        if (transition.roles().stream().noneMatch(roles::contains)) {
            return Optional.of(new Refusal(false, transition.roles().isEmpty() ? action.label() + "由系统自动执行"
                    : "只有" + transition.roles().stream().map(Role::label).collect(Collectors.joining("、"))
                    + "可以" + action.label()));
        }
        return Optional.empty();
    }

    /** The actions a person with these roles may take in this state: the buttons a page shows. */
    public static List<CaseAction> available(CaseState state, Set<Role> roles) {
        return TABLE.stream().filter(t -> refusal(t.action(), state, roles).isEmpty()).map(Transition::action).toList();
    }
}

package org.jiceng.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.cases.CaseTransitions.Refusal;

/**
 * The rules of each action that need the case's data, as pure functions {@code (facts, user, request, now) →
 * refusal}: the whistled unit, the reporter, the one working day of a return, a pending extension, what must be
 * written. {@link #refusal} asks the transition table first, then the action's rules in order; the first refusal
 * wins. The service asks them before it moves a case, and the case page asks the same ones to decide which
 * buttons to show, with no request yet ({@code null}): rules about what is typed wait until something is sent,
 * so they never hide a button.
 */
public final class CaseRules {

    /**
     * What the rules look at: the case, its reporter's user id, who whistled it and when, and the working-day
     * calendar deadlines count in.
     */
    public record Facts(CaseView view, Long reporterId, String dispatcherTerritory, Instant dispatchedAt,
                        WorkingCalendar calendar) {
    }

    /** One rule; {@code request} is null while nothing has been sent (a page deciding its buttons). */
    @FunctionalInterface
    public interface Rule {
        Optional<Refusal> refusal(Facts facts, CurrentUser user, CaseActionRequest request, Instant now);
    }

    /** The longest extension one request may ask for, in working days. */
    public static final int MAX_EXTENSION_DAYS = 60;

    /** A whistled case is the lead unit's to check in, return, extend and resolve; nobody else's. */
    static Rule leadUnitOnly(String what) {
        return (facts, user, request, now) -> {
            Long lead = facts.view().leadUnitId();
            boolean refused = lead != null ? !Objects.equals(user.unitId().orElse(null), lead) : departmentOnly(user);
            return refused ? Optional.of(Refusal.notYours("只有被派遣的主办部门可以" + what)) : Optional.empty();
        };
    }

    /** A text the action cannot go without (a reason, a result, an answer); checked once something is sent. */
    static Rule required(String field, String message) {
        return input((facts, request) -> {
            String value = "reason".equals(field) ? request.reason() : request.note();
            return value == null || value.isBlank() ? Optional.of(Refusal.badInput(field, message)) : Optional.empty();
        });
    }

    /** A department returns a case it cannot handle within one working day of its dispatch, not later. */
    static final Rule WITHIN_ONE_WORKING_DAY = (facts, user, request, now) ->
            facts.dispatchedAt() == null || !now.isBefore(returnDeadline(facts))
                    ? Optional.of(Refusal.wrongState("派遣已超过 1 个工作日，不能退回；如确有困难，请申请延期或由派遣方改派"))
                    : Optional.empty();

    static final Rule BELOW_COUNTY = (facts, user, request, now) ->
            CaseLevel.valueOf(facts.view().level()) == CaseLevel.COUNTY
                    ? Optional.of(Refusal.wrongState("案件已在县级办理，无法再上报")) : Optional.empty();

    static final Rule NO_PENDING_EXTENSION = (facts, user, request, now) ->
            facts.view().extensionDays() != null
                    ? Optional.of(Refusal.wrongState("已有延期申请（" + facts.view().extensionDays() + " 个工作日）待批准"))
                    : Optional.empty();

    static final Rule EXTENSION_DAYS = input((facts, request) -> {
        Integer days = request.workingDays();
        return days == null || days < 1 || days > MAX_EXTENSION_DAYS
                ? Optional.of(Refusal.badInput("workingDays", "延期天数 workingDays 须为 1 到 " + MAX_EXTENSION_DAYS + " 个工作日"))
                : Optional.empty();
    });

    static final Rule PENDING_EXTENSION = (facts, user, request, now) ->
            facts.view().extensionDays() == null ? Optional.of(Refusal.wrongState("没有待批准的延期申请")) : Optional.empty();

    /** The one who whistled the case approves its extension (whoever covers the place, when nobody whistled it). */
    static final Rule DISPATCHER_APPROVES = (facts, user, request, now) -> {
        String approver = facts.dispatcherTerritory() != null ? facts.dispatcherTerritory() : facts.view().territoryCode();
        return user.scope().covers(approver) ? Optional.empty() : Optional.of(Refusal.notYours("只有派遣方可以批准延期"));
    };

    static final Rule REPORTER_ONLY = (facts, user, request, now) ->
            facts.reporterId() == null || facts.reporterId() != user.id()
                    ? Optional.of(Refusal.notYours("只有反映人本人可以评价")) : Optional.empty();

    static final Rule RATING_GIVEN = input((facts, request) ->
            request.solved() == null || request.satisfactionGiven().isEmpty()
                    ? Optional.of(Refusal.badInput(request.solved() == null ? "solved" : "satisfaction", "请评价：问题是否解决（solved：true/false）和满意度（satisfaction：SATISFIED 满意 / BASIC 基本满意 / UNSATISFIED 不满意）"))
                    : Optional.empty());

    static final Rule ANOTHER_CASE = input((facts, request) ->
            request.intoCaseId() == null || request.intoCaseId() == facts.view().id()
                    ? Optional.of(Refusal.badInput("intoCaseId", "请指定要并入的案件 intoCaseId（不能是本案）"))
                    : Optional.empty());

    /** Each action's rules, in the order they are asked; an action missing here has none beyond the table. */
    static final Map<CaseAction, List<Rule>> RULES = Map.of(
            CaseAction.REJECT, List.of(required("reason", "不予受理须说明理由（reason）")),
            CaseAction.CHECK_IN, List.of(leadUnitOnly("报到签收")),
            CaseAction.RETURN, List.of(leadUnitOnly("退回"), required("reason", "退回须说明理由（reason），如不属本部门职责"),
                    WITHIN_ONE_WORKING_DAY),
            CaseAction.ESCALATE, List.of(BELOW_COUNTY),
            CaseAction.EXTEND, List.of(leadUnitOnly("申请延期"), NO_PENDING_EXTENSION, EXTENSION_DAYS,
                    required("reason", "申请延期须说明理由（reason）")),
            CaseAction.APPROVE_EXTENSION, List.of(PENDING_EXTENSION, DISPATCHER_APPROVES),
            CaseAction.RESOLVE, List.of(leadUnitOnly("办结"), required("note", "请填写办理结果（note）")),
            CaseAction.REPLY, List.of(required("note", "请填写给反映人的答复（note）")),
            CaseAction.RATE, List.of(REPORTER_ONLY, RATING_GIVEN),
            CaseAction.MERGE, List.of(ANOTHER_CASE));

    private CaseRules() {
    }

    /**
     * Why {@code user} may not take {@code action} on the case now, or empty when they may: the transition table
     * (state, then role), then the action's own rules. {@code request} null means nothing has been sent yet.
     */
    public static Optional<Refusal> refusal(CaseAction action, Facts facts, CurrentUser user, CaseActionRequest request,
                                            Instant now) {
        Optional<Refusal> table = CaseTransitions.refusal(action, facts.view().state(), roles(user));
        if (table.isPresent()) {
            return table;
        }
        for (Rule rule : RULES.getOrDefault(action, List.of())) {
            Optional<Refusal> refused = rule.refusal(facts, user, request, now);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** The actions the user may take now, before typing anything: the buttons of the case page. */
    public static List<CaseAction> offered(Facts facts, CurrentUser user, Instant now) {
        return CaseTransitions.TABLE.stream().map(CaseTransitions.Transition::action)
                .filter(action -> refusal(action, facts, user, null, now).isEmpty()).toList();
    }

    /** An assisting unit (协办) checks in on its own, while the case is whistled or in hand; nothing else moves. */
    public static boolean assisting(Facts facts, CurrentUser user) {
        return user.has(Role.DEPT_STAFF) && user.unitId().isPresent()
                && facts.view().assistUnitIds().contains(user.unitId().get());
    }

    public static Optional<Refusal> assistCheckInRefusal(Facts facts) {
        CaseState state = facts.view().state();
        return state == CaseState.DISPATCHED || state == CaseState.IN_PROGRESS ? Optional.empty()
                : Optional.of(Refusal.wrongState("案件当前状态为“" + state.label() + "”，协办部门无需报到"));
    }

    /** A rating of "not solved" or "unsatisfied" reopens the case while reopens are left; otherwise it closes it. */
    public static boolean reopens(int reopenCount, int maxReopens, boolean solved, Satisfaction satisfaction) {
        return (!solved || satisfaction == Satisfaction.UNSATISFIED) && reopenCount < maxReopens;
    }

    /** The end of the one working day after dispatch within which a department may return the case. */
    public static Instant returnDeadline(Facts facts) {
        return facts.calendar().afterWorkingDays(facts.dispatchedAt(), 1).at();
    }

    /** Whether a person works only for a department (and so acts on a case only when it is whistled to them). */
    static boolean departmentOnly(CurrentUser user) {
        return user.has(Role.DEPT_STAFF)
                && !user.hasAny(Role.COUNTY_ADMIN, Role.TOWN_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER);
    }

    static Set<Role> roles(CurrentUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.grants().forEach(g -> roles.add(g.role()));
        return roles;
    }

    /** A rule about what was sent: it waits until a request is there. */
    private static Rule input(InputRule rule) {
        return (facts, user, request, now) -> request == null ? Optional.empty() : rule.refusal(facts, request);
    }

    private interface InputRule {
        Optional<Refusal> refusal(Facts facts, CaseActionRequest request);
    }
}

package org.jiceng.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseRules;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseTransitions;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.Satisfaction;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.territory.TerritoryApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What each action changes, once {@link CaseRules} has let it through: the state it leads to, the typed
 * {@link CaseChange}, the timeline note, and the units whistled or let go. Checks left here need other data than
 * the case's (a unit that exists, a case to merge into, photos that are the user's).
 */
@Component
class CaseSteps {

    /** One move being made: where it leads, what it changes, what the timeline and the event say. */
    record Step(CaseState to, CaseChange change, String note, List<String> photos, CaseMoved.Rating rating,
                Long mergedInto) {

        Step(CaseState to, CaseChange change, String note) {
            this(to, change, note, List.of(), null, null);
        }
    }

    private final CaseRepository cases;
    private final CategoryService categories;
    private final CalendarService calendar;
    private final TerritoryApi territory;
    private final AttachmentService attachments;
    private final int maxReopens;

    CaseSteps(CaseRepository cases, CategoryService categories, CalendarService calendar, TerritoryApi territory,
              AttachmentService attachments, @Value("${jiceng.cases.max-reopens:1}") int maxReopens) {
        this.cases = cases;
        this.categories = categories;
        this.calendar = calendar;
        this.territory = territory;
        this.attachments = attachments;
        this.maxReopens = maxReopens;
    }

    Step take(CaseAction action, CaseRules.Facts facts, CurrentUser user, CaseActionRequest request, Instant now) {
        CaseView current = facts.view();
        if (action == CaseAction.MERGE) {
            return merge(user, current, request, CaseService.blankToNull(request.note()), now);
        }
        if (action == CaseAction.DISPATCH) {
            checkUnits(current, request);
        }
        Step step = decide(action, facts, user, request, now, unit -> territory.unit(unit).orElseThrow().name());
        switch (step.change()) {
            case CaseChange.Dispatched d -> {
                cases.clearUnits(current.id());
                cases.whistle(current.id(), d.leadUnitId(), true, now, d.checkInDue());
                d.assistUnitIds().forEach(unit -> cases.whistle(current.id(), unit, false, now, d.checkInDue()));
            }
            case CaseChange.Returned r -> cases.clearUnits(current.id());
            case CaseChange.Escalated e -> cases.clearUnits(current.id());
            case CaseChange.Responded r when action == CaseAction.CHECK_IN -> cases.checkIn(current.id(), current.leadUnitId(), now);
            case CaseChange.Resolved r -> {
                return new Step(step.to(), step.change(), step.note(), attachments.attach(user, current.id(), request.photoIds()),
                        null, null);
            }
            default -> {
            }
        }
        return step;
    }

    /**
     * What an action changes, decided from the case alone: the pure part of {@link #take}, which then writes the
     * units and photos it implies. Also how a past life is replayed in memory ({@link CaseReplay}).
     */
    Step decide(CaseAction action, CaseRules.Facts facts, CurrentUser user, CaseActionRequest request, Instant now,
                java.util.function.LongFunction<String> unitName) {
        CaseView current = facts.view();
        CaseState target = CaseTransitions.of(action).orElseThrow().to();
        CaseState to = target == null ? current.state() : target;   // an extension keeps the state
        String note = CaseService.blankToNull(request.note());
        return switch (action) {
            case ACCEPT, CHECK_IN -> new Step(to, new CaseChange.Responded(now), note);
            case REJECT -> new Step(to, new CaseChange.Closed(now), request.reason().strip());
            case HANDLE -> new Step(to, new CaseChange.Handled(levelOf(user, current), now), note);
            case DISPATCH -> dispatch(to, user, current, request, note, now, unitName);
            case RETURN -> new Step(to, new CaseChange.Returned(levelOf(facts.dispatcherTerritory()), now), request.reason().strip());
            case ESCALATE -> {
                CaseLevel up = CaseLevel.valueOf(current.level()).up();
                yield new Step(to, new CaseChange.Escalated(up), TimelineNotes.escalated(up, note));
            }
            case EXTEND -> {
                String reason = request.reason().strip();
                yield new Step(to, new CaseChange.ExtensionRequested(request.workingDays(), reason),
                        TimelineNotes.extensionRequested(request.workingDays(), reason));
            }
            case APPROVE_EXTENSION -> {
                WorkingCalendar.Due due = calendar.due(current.resolveDueAt().toInstant(), current.extensionDays());
                yield new Step(to, new CaseChange.ExtensionApproved(due.at(), due.provisional() || current.dueProvisional()),
                        TimelineNotes.extensionApproved(current.extensionDays(), due.at(), note));
            }
            case RESOLVE -> new Step(to, new CaseChange.Resolved(now, current.level()), request.note().strip());
            case VERIFY -> new Step(to, new CaseChange.None(), note);
            case REPLY -> new Step(to, new CaseChange.Replied(now), request.note().strip());
            case RATE -> rate(current, request, note, now);
            default -> throw new ConflictException(action.label() + "由系统自动执行");
        };
    }

    /** The lead unit (asked for, else the routed one) and the assisting units must exist. */
    private void checkUnits(CaseView current, CaseActionRequest request) {
        Long lead = request.leadUnitId() != null ? request.leadUnitId() : current.routedUnitId();
        if (lead == null || territory.unit(lead).isEmpty()) {
            throw new BadInputException("leadUnitId", "请指定主办部门 leadUnitId（见 GET /api/v1/units）");
        }
        for (Long unit : request.assistUnitIds()) {
            if (!lead.equals(unit) && (unit == null || territory.unit(unit).isEmpty())) {
                throw new BadInputException("assistUnitIds", "协办部门 " + unit + " 不存在（见 GET /api/v1/units）");
            }
        }
    }

    /** After an unhappy rating: back in hand with a fresh resolve deadline. */
    Step reopen(CaseView reopened, Instant now) {
        WorkingCalendar.Due due = calendar.due(now, category(reopened).resolveWorkingDays());
        return new Step(CaseState.IN_PROGRESS, new CaseChange.Reopened(reopened.reopenCount() + 1, due.at(), due.provisional()),
                TimelineNotes.reopened(reopened.reopenCount() + 1));
    }

    private Step dispatch(CaseState to, CurrentUser user, CaseView current, CaseActionRequest request, String note, Instant now,
                          java.util.function.LongFunction<String> unitName) {
        long lead = request.leadUnitId() != null ? request.leadUnitId() : current.routedUnitId();
        Set<Long> assisting = new LinkedHashSet<>(request.assistUnitIds());
        assisting.remove(lead);
        Instant due = now.plus(Duration.ofHours(category(current).checkInHours()));
        String said = note != null ? note : TimelineNotes.dispatched(unitName.apply(lead),
                assisting.stream().map(unitName::apply).toList());
        return new Step(to, new CaseChange.Dispatched(lead, new ArrayList<>(assisting), due, nodeOf(user, current), now), said);
    }

    private Step rate(CaseView current, CaseActionRequest request, String note, Instant now) {
        Satisfaction satisfaction = request.satisfactionGiven().orElseThrow();
        boolean solved = request.solved();
        boolean reopens = CaseRules.reopens(current.reopenCount(), maxReopens, solved, satisfaction);
        return new Step(reopens ? CaseState.REOPENED : CaseState.CLOSED,
                new CaseChange.Rated(solved, satisfaction, reopens ? null : now), TimelineNotes.rated(solved, satisfaction, note),
                List.of(), new CaseMoved.Rating(solved, satisfaction), null);
    }

    private Step merge(CurrentUser user, CaseView current, CaseActionRequest request, String note, Instant now) {
        long into = request.intoCaseId();
        CaseView target = cases.find(into, CaseAccess.reach(user, Action.ACT))
                .filter(s -> AccessPolicy.allows(user, Resource.CASE, Action.ACT, CaseAccess.target(user, s)))
                .orElseThrow(() -> new BadInputException("intoCaseId", "要并入的案件 " + into + " 不存在或不在您的辖区内")).view();
        if (!target.state().isOpen() || target.mergedInto() != null) {
            throw new ConflictException("案件 " + target.number() + " 已结案或已被合并，不能再并入");
        }
        refuseAnotherCounty(current, target);
        return new Step(CaseState.CLOSED, new CaseChange.Merged(into, now), TimelineNotes.merged(target.number(), note),
                List.of(), null, into);
    }

    /** A case lives in its county's rows (docs/scale.md), so it merges only into a case of the same county. */
    static void refuseAnotherCounty(CaseView current, CaseView target) {
        if (!org.jiceng.County.same(current.territoryCode(), target.territoryCode())) {
            throw new BadInputException("intoCaseId", "案件 " + target.number() + " 属于另一个县（市、区），只能并入本县的案件");
        }
    }

    /** The level of the person taking the case: the node of their grant that covers it. */
    private static CaseLevel levelOf(CurrentUser user, CaseView current) {
        return switch (nodeOf(user, current).length()) {
            case 15 -> CaseLevel.GRID;
            case 12 -> CaseLevel.VILLAGE;
            case 9 -> CaseLevel.TOWN;
            default -> CaseLevel.COUNTY;
        };
    }

    /** The level a returned case goes back to: the one that whistled it (a village when nobody is known). */
    private static CaseLevel levelOf(String dispatcher) {
        return dispatcher == null || dispatcher.length() >= 12 ? CaseLevel.VILLAGE
                : dispatcher.length() == 9 ? CaseLevel.TOWN : CaseLevel.COUNTY;
    }

    private static String nodeOf(CurrentUser user, CaseView current) {
        return user.grants().stream().map(CurrentUser.Grant::territoryCode)
                .filter(code -> current.territoryCode().startsWith(code))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(user.homeTerritory());
    }

    private CategoryView category(CaseView current) {
        return categories.find(current.categoryCode()).orElseThrow();
    }
}

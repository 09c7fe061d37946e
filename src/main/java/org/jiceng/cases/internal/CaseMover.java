package org.jiceng.cases.internal;

import java.time.Clock;
import java.time.Instant;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseRules;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases: {@link CaseRules} (the transition table, then the action's data rules) decide whether the action
 * may be taken, {@link CaseSteps} what it changes; this class writes the change over the version read, appends
 * the timeline entry and publishes {@link CaseMoved} in the same transaction.
 */
@Service
class CaseMover {

    static final String SYSTEM = TimelineNotes.SYSTEM;

    private final CaseRepository cases;
    private final MoveRepository moves;
    private final CaseSteps steps;
    private final CalendarService calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseMover(CaseRepository cases, MoveRepository moves, CaseSteps steps, CalendarService calendar,
              ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.moves = moves;
        this.steps = steps;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CaseView act(CurrentUser user, long id, CaseAction action, CaseActionRequest request) {
        CaseRepository.Stored stored = CaseAccess.readable(user, cases.find(id, CaseAccess.reach(user, Action.READ))
                .orElseThrow(() -> CaseAccess.notFound(id)));
        CaseAccess.checkAct(user, stored);
        CaseRules.Facts facts = facts(stored);
        int version = request.version() != null ? request.version() : stored.view().version();
        Instant now = clock.instant();
        if (action == CaseAction.CHECK_IN && CaseRules.assisting(facts, user)) {
            return assistCheckIn(user, stored, facts, version, now);
        }
        CaseRules.refusal(action, facts, user, request, now).ifPresent(refusal -> {
            throw refusal.exception();
        });
        CaseSteps.Step step = steps.take(action, facts, user, request, now);
        CaseView moved = write(stored, version, action, step, user.username(), now);
        if (step.to() == CaseState.REOPENED) {
            moved = write(new CaseRepository.Stored(moved, stored.reporterId(), stored.dispatcherTerritory(),
                    stored.dispatchedAt()), moved.version(), CaseAction.REOPEN, steps.reopen(moved, now), SYSTEM, now);
        }
        return moved;
    }

    /** What the rules look at for a stored case, with the calendar in force. */
    CaseRules.Facts facts(CaseRepository.Stored stored) {
        return new CaseRules.Facts(stored.view(), stored.reporterId(), stored.dispatcherTerritory(), stored.dispatchedAt(),
                calendar.calendar());
    }

    /** The automatic close of a reply nobody rated within the waiting time (counted as unrated). */
    @Transactional
    public void autoClose(long id) {
        CaseRepository.Stored stored = cases.findAny(id).orElseThrow();
        if (stored.view().state() != CaseState.REPLIED) {
            return;
        }
        Instant now = clock.instant();
        write(stored, stored.view().version(), CaseAction.AUTO_CLOSE,
                new CaseSteps.Step(CaseState.CLOSED, new CaseChange.Closed(now), TimelineNotes.autoClosed()), SYSTEM, now);
    }

    /** An assisting unit (协办) checks in on its own; the case stays where it is. */
    private CaseView assistCheckIn(CurrentUser user, CaseRepository.Stored stored, CaseRules.Facts facts, int version,
                                   Instant now) {
        CaseRules.assistCheckInRefusal(facts).ifPresent(refusal -> {
            throw refusal.exception();
        });
        CaseView current = stored.view();
        if (!cases.checkIn(current.id(), user.unitId().orElseThrow(), now)) {
            throw new org.jiceng.ConflictException("本部门已报到，无需重复报到");
        }
        return write(stored, version, CaseAction.CHECK_IN,
                new CaseSteps.Step(current.state(), new CaseChange.None(), TimelineNotes.assistCheckedIn()), user.username(), now);
    }

    private CaseView write(CaseRepository.Stored stored, int version, CaseAction action, CaseSteps.Step step, String actor,
                           Instant now) {
        CaseView current = stored.view();
        if (!moves.apply(current.id(), version, step.to(), step.change())) {
            throw new OptimisticLockingFailureException("案件 " + current.number() + " 已被他人处理，请刷新后重试");
        }
        cases.appendEvent(current.id(), now, actor, action.path(), current.state(), step.to(), step.note(), step.photos());
        CaseView after = cases.findAny(current.id()).orElseThrow().view();
        events.publishEvent(new CaseMoved(CaseService.facts(after, stored.reporterId()), action, current.state(), step.to(),
                now, actor, step.note(), step.rating(), step.mergedInto()));
        return after;
    }
}

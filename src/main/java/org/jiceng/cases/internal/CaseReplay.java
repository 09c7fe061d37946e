package org.jiceng.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseHistory;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseRules;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.SupervisionKind;
import org.jiceng.cases.SupervisionRaised;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.territory.TerritoryApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lives past cases in memory and writes them a batch at a time. Each filing is checked, routed, numbered and
 * written as {@link CaseService#file} would ({@link CaseRepository#insertAll}, in one statement for the batch); each
 * step is asked of {@link CaseRules} with the case as it stands, decided by {@link CaseSteps#decide} and applied
 * through {@link MoveRepository#columns}; at the end of every day the 督办 sweep ({@link SupervisionService}) and the
 * auto-close ({@link AutoCloser}) are applied to the case as they would find it. {@code CaseFiled} and
 * {@code CaseMoved} are published as the live path publishes them (analytics' projection batches them at commit; no
 * listener of theirs is transactional, so Modulith's publication registry writes nothing for them);
 * {@link CaseNotifier}, which would read each case back, is told with what is known in memory instead, and is also
 * what a raised 督办 item tells (it is {@code SupervisionRaised}'s only listener); the inbox writes at commit.
 */
@Service
class CaseReplay implements CaseHistory {

    /** Lives written a statement at a time: big enough to save round trips, small enough for the parameters. */
    static final int BATCH = 4_000;
    private static final Set<CaseState> IN_HAND = EnumSet.of(CaseState.ACCEPTED, CaseState.DISPATCHED, CaseState.IN_PROGRESS);

    private final CaseService service;
    private final CaseNumbers numbers;
    private final CaseRepository cases;
    private final CaseSteps steps;
    private final CalendarService calendar;
    private final TerritoryApi territory;
    private final CaseNotifier notifier;
    private final HistoryRepository history;
    private final ApplicationEventPublisher events;
    private final Duration ratingWait;
    private final Map<Long, Optional<String>> unitNames = new java.util.concurrent.ConcurrentHashMap<>();

    CaseReplay(CaseService service, CaseNumbers numbers, CaseRepository cases, CaseSteps steps, CalendarService calendar, TerritoryApi territory,
               CaseNotifier notifier, HistoryRepository history, ApplicationEventPublisher events,
               @Value("${jiceng.cases.rating-wait:P7D}") Duration ratingWait) {
        this.service = service;
        this.numbers = numbers;
        this.cases = cases;
        this.steps = steps;
        this.calendar = calendar;
        this.territory = territory;
        this.notifier = notifier;
        this.history = history;
        this.events = events;
        this.ratingWait = ratingWait;
    }

    /** What one batch counts. */
    private static final class Count {
        int taken;
        int refused;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Replayed replay(List<Life> lives, Instant until) {
        List<Long> ids = new ArrayList<>(lives.size());
        Count count = new Count();
        CaseNotifier.replaying(true);
        try {
            for (int from = 0; from < lives.size(); from += BATCH) {
                ids.addAll(batch(lives.subList(from, Math.min(lives.size(), from + BATCH)), until, count));
            }
        } finally {
            CaseNotifier.replaying(false);
        }
        return new Replayed(ids, count.taken, count.refused);
    }

    private List<Long> batch(List<Life> lives, Instant until, Count count) {
        List<CaseRepository.Filed> filed = new ArrayList<>(lives.size());
        List<CaseRepository.Notice> notices = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Life life : lives) {
            counts.merge(numberKey(org.jiceng.County.of(life.filing().territoryCode()), day(life.filing().at())), 1, Integer::sum);
        }
        Map<String, Long> next = new HashMap<>(numbers.reserve(counts));
        for (Life life : lives) {
            Filing f = life.filing();
            CaseRepository.NewCase row = service.newCase(f.channel(), f.externalId(), service.checkedCategory(f.categoryCode()),
                    CaseService.checkedDescription(f.description()), f.lat(), f.lon(), f.address(), f.territoryCode(),
                    f.filer() == null ? null : f.filer().id(), f.reporterName(), f.at(), false,
                    (county, day) -> next.merge(numberKey(county, day), 1L, Long::sum) - 1);
            filed.add(new CaseRepository.Filed(row, f.filer() == null ? f.channel().label() : f.filer().username(),
                    f.externalId() == null ? null : "外部编号 " + f.externalId(), List.of()));
            notices.addAll(notifier.noticesOfFiling(row));
        }
        Map<String, CaseRepository.Stored> stored = new HashMap<>();
        cases.insertAll(filed, notices).forEach(s -> stored.put(s.view().number(), s));
        List<ReplayedCase> lived = new ArrayList<>(lives.size());
        List<Long> ids = new ArrayList<>(lives.size());
        for (int i = 0; i < lives.size(); i++) {
            CaseRepository.Stored s = stored.get(filed.get(i).row().number());
            if (s == null) {   // another system's order stored already: not filed twice
                ids.add(null);
                continue;
            }
            ReplayedCase c = new ReplayedCase(s.view(), filed.get(i).row().reporterId());
            events.publishEvent(new CaseFiled(CaseService.facts(c.filed, c.reporterId)));
            live(c, lives.get(i).steps(), until, count);
            lived.add(c);
            ids.add(c.filed.id());
        }
        history.write(lived);
        return ids;
    }

    private static String numberKey(String county, LocalDate day) {
        return county + day;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Beijing.ZONE);
    }

    private void live(ReplayedCase c, List<Step> lifeSteps, Instant until, Count count) {
        LocalDate day = LocalDate.ofInstant(c.filed.receivedAt().toInstant(), Beijing.ZONE);
        for (Step step : lifeSteps) {
            day = sweepBefore(c, day, step.at(), until);
            if (take(c, step)) {
                count.taken++;
            } else {
                count.refused++;
            }
        }
        sweepBefore(c, day, null, until);
    }

    /** The day-end sweeps before {@code before} (all of them to {@code until} when null); answers the next day. */
    private LocalDate sweepBefore(ReplayedCase c, LocalDate day, Instant before, Instant until) {
        while (!day.atStartOfDay(Beijing.ZONE).toInstant().isAfter(until)) {
            Instant end = day.atTime(LocalTime.of(23, 59, 59)).atZone(Beijing.ZONE).toInstant();
            Instant at = end.isBefore(until) ? end : until;
            if (before != null ? !at.isBefore(before) : c.settledForGood()) {
                return day;
            }
            supervise(c, at);
            closeUnrated(c, at);
            day = day.plusDays(1);
        }
        return day;
    }

    /** {@link SupervisionService#sweep} for one case: settles what got done, raises what is newly overdue. */
    private void supervise(ReplayedCase c, Instant now) {
        CaseState state = c.state();
        for (ReplayedCase.Item item : c.items) {
            if (item.settledAt == null && switch (item.kind) {
                case RESPONSE -> state != CaseState.RECEIVED;
                case RESOLVE -> !IN_HAND.contains(state);
                case CHECK_IN -> c.units.values().stream().noneMatch(u -> u.unitId == item.unitId && u.checkedInAt == null);
            }) {
                item.settledAt = now;
            }
        }
        CaseView v = c.view();
        if (state == CaseState.RECEIVED && v.responseDueAt().toInstant().isBefore(now) && !c.raised(SupervisionKind.RESPONSE, 0)) {
            raise(c, SupervisionKind.RESPONSE, 0, v.responseDueAt().toInstant(), now);
        }
        if (state == CaseState.DISPATCHED || state == CaseState.IN_PROGRESS) {
            for (ReplayedCase.Unit u : List.copyOf(c.units.values())) {
                if (u.checkedInAt == null && u.checkInDue.isBefore(now) && !c.raised(SupervisionKind.CHECK_IN, u.unitId)) {
                    raise(c, SupervisionKind.CHECK_IN, u.unitId, u.checkInDue, now);
                }
            }
        }
        if (IN_HAND.contains(state) && v.resolveDueAt().toInstant().isBefore(now) && !c.raised(SupervisionKind.RESOLVE, 0)) {
            raise(c, SupervisionKind.RESOLVE, v.leadUnitId() == null ? 0 : v.leadUnitId(), v.resolveDueAt().toInstant(), now);
        }
    }

    private void raise(ReplayedCase c, SupervisionKind kind, long unitId, Instant due, Instant now) {
        ReplayedCase.Item item = new ReplayedCase.Item(kind, unitId, superior(c), due, now);
        c.items.add(item);
        notifier.tell(new SupervisionRaised(CaseService.facts(c.view(), null), kind, due, item.superior), now);
    }

    /** Whom a missed deadline goes to: above who whistled the case, else above the level handling it (as the sweep's SQL). */
    static String superior(ReplayedCase c) {
        String dispatcher = c.dispatcherTerritory();
        if (dispatcher != null) {
            return dispatcher.substring(0, Math.min(dispatcher.length(), Math.max(6, dispatcher.length() - 3)));
        }
        String territory = c.filed.territoryCode();
        int keep = switch (c.view().level()) {
            case "GRID" -> 12;
            case "VILLAGE" -> 9;
            default -> 6;
        };
        return territory.substring(0, Math.min(territory.length(), keep));
    }

    /** {@link AutoCloser#sweep} for one case: a reply nobody rated within the wait closes. */
    private void closeUnrated(ReplayedCase c, Instant now) {
        Instant replied = c.instant("replied_at");
        if (c.state() == CaseState.REPLIED && replied != null && replied.isBefore(now.minus(ratingWait))) {
            write(c, CaseAction.AUTO_CLOSE, new CaseSteps.Step(CaseState.CLOSED, new CaseChange.Closed(now),
                    TimelineNotes.autoClosed()), CaseMover.SYSTEM, now);
        }
    }

    /** One step as {@link CaseMover#act} takes it; false when nobody may take it or the rules refuse it. */
    private boolean take(ReplayedCase c, Step step) {
        Optional<CurrentUser> actor = step.actor().apply(c.view());
        if (actor.isEmpty()) {
            return false;
        }
        CurrentUser user = actor.get();
        CaseAction action = step.action();
        CaseActionRequest request = step.request() == null ? CaseActionRequest.empty() : step.request();
        Instant now = step.at();
        WorkingCalendar workingCalendar = calendar.calendar();
        CaseRules.Facts facts = new CaseRules.Facts(c.view(), c.reporterId, c.dispatcherTerritory(), c.dispatchedAt(),
                workingCalendar);
        if (!AccessPolicy.allows(user, Resource.CASE, Action.ACT, CaseAccess.target(user, c.stored()))
                || action == CaseAction.MERGE || (action == CaseAction.CHECK_IN && CaseRules.assisting(facts, user))
                || CaseRules.refusal(action, facts, user, request, now).isPresent() || !unitsExist(c, action, request)) {
            return false;
        }
        CaseSteps.Step decided = steps.decide(action, facts, user, request, now, id -> unitName(id).orElseThrow());
        switch (decided.change()) {
            case CaseChange.Dispatched d -> {
                c.units.clear();
                c.units.put(d.leadUnitId(), new ReplayedCase.Unit(d.leadUnitId(), true, now, d.checkInDue()));
                d.assistUnitIds().forEach(u -> c.units.put(u, new ReplayedCase.Unit(u, false, now, d.checkInDue())));
            }
            case CaseChange.Returned r -> c.units.clear();
            case CaseChange.Escalated e -> c.units.clear();
            case CaseChange.Responded r when action == CaseAction.CHECK_IN -> {
                ReplayedCase.Unit lead = c.units.get(c.view().leadUnitId());
                if (lead != null && lead.checkedInAt == null) {
                    lead.checkedInAt = now;
                }
            }
            default -> {
            }
        }
        write(c, action, decided, user.username(), now);
        if (decided.to() == CaseState.REOPENED) {
            write(c, CaseAction.REOPEN, steps.reopen(c.view(), now), CaseMover.SYSTEM, now);
        }
        return true;
    }

    private boolean unitsExist(ReplayedCase c, CaseAction action, CaseActionRequest request) {
        if (action != CaseAction.DISPATCH) {
            return true;
        }
        Long lead = request.leadUnitId() != null ? request.leadUnitId() : c.view().routedUnitId();
        return lead != null && unitName(lead).isPresent()
                && request.assistUnitIds().stream().allMatch(u -> u != null && unitName(u).isPresent());
    }

    private Optional<String> unitName(long id) {
        return unitNames.computeIfAbsent(id, unit -> territory.unit(unit).map(org.jiceng.territory.UnitView::name));
    }

    /** {@link CaseMover}'s write, in memory: the move, its timeline entry, its event and its messages. */
    private void write(ReplayedCase c, CaseAction action, CaseSteps.Step step, String actor, Instant now) {
        CaseState from = c.state();
        c.move(step.to(), step.change());
        c.timeline.add(new ReplayedCase.Entry(now, actor, action.path(), from, step.to(), step.note()));
        CaseView after = c.view();
        CaseMoved moved = new CaseMoved(CaseService.facts(after, c.reporterId), action, from, step.to(), now, actor,
                step.note(), step.rating(), step.mergedInto());
        events.publishEvent(moved);
        // a replayed case has no followers and nothing merged into it: its audience is its reporter
        notifier.tell(moved, after, c.dispatcherTerritory(),
                moved.isPublic() && c.reporterId != null ? List.of(c.reporterId) : List.of(), now);
    }
}

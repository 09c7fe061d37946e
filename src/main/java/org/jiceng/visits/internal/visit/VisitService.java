package org.jiceng.visits.internal.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.VisitKind;
import org.jiceng.visits.VisitLogged;
import org.jiceng.visits.VisitPosition;
import org.jiceng.visits.internal.Holders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs visits and reads them back. A phone's offline queue may send the same visit twice: its client id makes the
 * second send answer the first visit (the unique index on the client id settles two sends at once), and a client id
 * sent again with other content is refused rather than taken for a new visit.
 */
@Service
public class VisitService {

    static final String REUSED = "该离线记录的编号已用于另一条不同的走访记录，请核对后以新的编号重新提交（clientId）";

    private final VisitRepository visits;
    private final RoundRepository rounds;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitService(VisitRepository visits, RoundRepository rounds, TerritoryApi territory, ApplicationEventPublisher events,
                 Clock clock) {
        this.visits = visits;
        this.rounds = rounds;
        this.territory = territory;
        this.events = events;
        this.clock = clock;
    }

    /** The visit logged, and whether this call wrote it (false: the same client id's visit, answered again). */
    public record Logged(VisitViews.VisitView visit, boolean created) {
    }

    @Transactional
    public Logged log(CurrentUser user, VisitRequests.NewVisit r) {
        UUID clientId = VisitInput.clientId(r.clientId());
        VisitRepository.Household household = household(user, Input.id(r.householdId(), "householdId", "走访对象户"),
                Action.CREATE);
        String digest = VisitInput.digest(r);
        if (clientId != null) {
            Optional<VisitRepository.Stored> sent = visits.byClientId(clientId, household.county());
            if (sent.isPresent()) {
                return new Logged(replayed(sent.get(), digest, user), false);
            }
        }
        VisitKind kind = Input.oneOf(VisitKind.class, r.kind(), "kind", "走访类型", VisitKind::label, null);
        Instant now = clock.instant();
        OffsetDateTime given = Input.time(r.visitedAt(), "visitedAt", "走访时间");
        Instant visitedAt = given == null ? now : given.toInstant();
        VisitRules.timeRefusal(visitedAt, now).ifPresent(reason -> {
            throw new BadInputException("visitedAt", reason);
        });
        VisitRules.positionRefusal(r.lat(), r.lon()).ifPresent(reason -> {
            throw new BadInputException("lat", reason);
        });
        boolean positioned = r.lat() != null;
        Optional<String> grid = positioned ? territory.gridCodeAt(r.lat(), r.lon()) : Optional.empty();
        VisitPosition position = VisitRules.position(positioned, grid, household.territoryCode());
        String found = Input.optionalText(r.found(), "found", "走访发现", 2000);
        List<String> requests = VisitInput.requests(r.requests());
        List<String> photos = VisitInput.photos(r.photoIds());
        Long roundId = r.roundId();
        if (roundId != null) {
            rounds.territoryOf(roundId, household.county())
                    .filter(place -> household.territoryCode().startsWith(place))
                    .orElseThrow(() -> new BadInputException("roundId", "该户不在这一轮走院子的范围内，或该轮次不存在"));
        }
        String followUp = Input.optionalText(r.followUpNote(), "followUpNote", "跟进事项", 500);
        LocalDate followUpDue = followUp == null ? null
                : Input.date(r.followUpDueOn(), "followUpDueOn", "跟进期限", null);
        Optional<Long> written = visits.insert(new VisitRepository.NewRow(household.county(), household.id(),
                household.territoryCode(), kind.name(), user.id(), user.displayName(), visitedAt,
                r.lat(), r.lon(), grid.orElse(null), position.name(), found == null ? "" : found, photos, roundId,
                clientId, clientId == null ? null : digest));
        if (written.isEmpty()) {
            // the same client id was committed by another request meanwhile: answer as a resend
            return new Logged(replayed(visits.byClientId(clientId, household.county()).orElseThrow(), digest, user), false);
        }
        long id = written.get();
        visits.insertRequests(id, household.county(), requests);
        if (followUp != null) {
            visits.insertFollowUp(id, household.county(), followUp, followUpDue);
        }
        events.publishEvent(new VisitLogged(id, household.id(), household.territoryCode(), kind.name(), user.id(), visitedAt));
        return new Logged(view(visits.find(id, VisitAccess.readers(user, Action.READ, today())).orElseThrow()), true);
    }

    private VisitViews.VisitView replayed(VisitRepository.Stored sent, String digest, CurrentUser user) {
        if (sent.visitorId() != user.id() || !digest.equals(sent.clientDigest())) {
            throw new ConflictException(REUSED);
        }
        return view(sent);
    }

    public VisitViews.VisitView find(CurrentUser user, long id) {
        return view(stored(user, id, Action.READ));
    }

    /** The visit if the person may take {@code action} on it: 404 when they may not read it, 403 when they may not act. */
    VisitRepository.Stored stored(CurrentUser user, long id, Action action) {
        VisitRepository.Stored visit = visits.find(id, VisitAccess.readers(user, Action.READ, today()))
                .orElseThrow(() -> notFound(id));
        if (action != Action.READ) {
            VisitAccess.check(user, action, VisitAccess.target(visit.territoryCode(), responsible(user, visit)),
                    "走访记录 " + id + " 不存在或不在您的辖区内");
        }
        return visit;
    }

    /** Newest first; {@code territory} narrows to a prefix, {@code from}/{@code to} are dates (to inclusive). */
    public Page<VisitViews.VisitItem> list(CurrentUser user, String territoryPrefix, Long household, String kind,
                                           String from, String to, String after, Integer limit) {
        VisitAccess.Readers readers = VisitAccess.readers(user, Action.READ, today());
        if (territoryPrefix != null && !territoryPrefix.isBlank()) {
            if (!territoryPrefix.strip().matches("[0-9]{6,15}")) {
                throw new BadInputException("territory", "区划（territory）须为 6 到 15 位数字代码");
            }
            readers = readers.narrowedTo(territoryPrefix.strip());
        }
        VisitKind k = Input.optionalOneOf(VisitKind.class, kind, "kind", "走访类型", VisitKind::label);
        LocalDate fromDay = from == null || from.isBlank() ? null : Input.date(from, "from", "起始日期", null);
        LocalDate toDay = to == null || to.isBlank() ? null : Input.date(to, "to", "截止日期", null);
        int n = Page.limit(limit);
        List<VisitRepository.Stored> rows = visits.list(readers, new VisitRepository.Filter(household,
                k == null ? null : k.name(), fromDay == null ? null : fromDay.atStartOfDay(Beijing.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant()), Cursor.timeId(after), n + 1);
        return Page.of(rows.stream().map(VisitService::item).toList(), n,
                last -> Cursor.of(last.visitedAt(), last.id()));
    }

    /** The households the person may log visits for, for the form. */
    public List<VisitViews.HouseholdChoice> households(CurrentUser user) {
        return visits.households(VisitAccess.readers(user, Action.CREATE, today()), 500).stream()
                .map(h -> new VisitViews.HouseholdChoice(h.id(), h.territoryCode(), h.address())).toList();
    }

    @Transactional
    public VisitViews.VisitView addFollowUp(CurrentUser user, long id, VisitRequests.NewFollowUp r) {
        VisitRepository.Stored visit = stored(user, id, Action.ACT);
        String note = Input.text(r.note(), "note", "跟进事项", 1, 500);
        visits.insertFollowUp(id, visit.county(), note, Input.date(r.dueOn(), "dueOn", "跟进期限", null));
        return view(visit);
    }

    @Transactional
    public VisitViews.VisitView followUpDone(CurrentUser user, long id, long followUpId) {
        VisitRepository.Stored visit = stored(user, id, Action.ACT);
        if (!visits.followUpDone(id, followUpId, clock.instant())) {
            throw new NotFoundException("该走访记录没有编号为 " + followUpId + " 的跟进事项");
        }
        return view(visit);
    }

    VisitRepository.Household household(CurrentUser user, long id, Action action) {
        VisitRepository.Household household = visits.household(id)
                .orElseThrow(() -> new NotFoundException("户 " + id + " 不存在或不在您的辖区内"));
        boolean responsible = VisitAccess.readers(user, Action.READ, today()).holders() != null
                && visits.responsible(Holders.of(user), household, today());
        VisitAccess.check(user, action, VisitAccess.target(household.territoryCode(), responsible),
                "户 " + id + " 不存在或不在您的辖区内");
        return household;
    }

    private boolean responsible(CurrentUser user, VisitRepository.Stored visit) {
        return VisitAccess.readers(user, Action.READ, today()).holders() != null && visits.responsible(Holders.of(user),
                new VisitRepository.Household(visit.householdId(), visit.county(), visit.territoryCode(), null), today());
    }

    VisitViews.VisitView view(VisitRepository.Stored v) {
        VisitKind kind = VisitKind.valueOf(v.kind());
        VisitPosition position = VisitPosition.valueOf(v.positionCheck());
        return new VisitViews.VisitView(v.id(), v.householdId(), v.address(), v.territoryCode(), kind.name(), kind.label(),
                v.visitorName(), v.visitedAt(), v.lat(), v.lon(), v.gridCodeFound(), position.name(), position.label(),
                v.found(), v.photoIds(), v.roundId(), v.clientId() == null ? null : v.clientId().toString(),
                visits.requests(v.id()), visits.followUps(v.id()), visits.opened(v.id()), v.version());
    }

    private static VisitViews.VisitItem item(VisitRepository.Stored v) {
        VisitKind kind = VisitKind.valueOf(v.kind());
        VisitPosition position = VisitPosition.valueOf(v.positionCheck());
        return new VisitViews.VisitItem(v.id(), v.householdId(), v.address(), v.territoryCode(), kind.name(), kind.label(),
                v.visitorName(), v.visitedAt(), position.name(), position.label(), v.found(), v.roundId());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Beijing.ZONE);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("走访记录 " + id + " 不存在或不在您的辖区内");
    }
}

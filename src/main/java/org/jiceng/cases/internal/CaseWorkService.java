package org.jiceng.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CaseWork;
import org.jiceng.cases.InboxMessage;
import org.jiceng.cases.TimelineEntry;
import org.springframework.stereotype.Service;

/** The workbench's questions, bounded by the person's case scope (territory) or their unit, as lists are. */
@Service
class CaseWorkService implements CaseWork {

    private static final int GRIDS = 500;
    private static final OffsetDateTime NEWEST = OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final WorkCountRepository work;
    private final InboxService inbox;
    private final CaseService cases;
    private final Clock clock;

    CaseWorkService(WorkCountRepository work, InboxService inbox, CaseService cases, Clock clock) {
        this.work = work;
        this.inbox = inbox;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public Optional<Counts> counts(CurrentUser user, String territory) {
        return place(user, territory).map(place -> {
            LocalDate today = Beijing.today(clock);
            return work.counts(place, today.atStartOfDay(Beijing.ZONE).toInstant(),
                    today.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant(), clock.instant());
        });
    }

    @Override
    public List<GridLoad> openByGrid(CurrentUser user, String territory) {
        return place(user, territory).map(p -> work.openByGrid(p, clock.instant(), GRIDS)).orElse(List.of());
    }

    @Override
    public List<MapCase> openOnMap(CurrentUser user, String territory, int cap) {
        return place(user, territory).map(p -> work.openOnMap(p, clock.instant(), Math.clamp(cap, 1, 500)))
                .orElse(List.of());
    }

    @Override
    public List<InboxMessage> latestMessages(CurrentUser user, int limit) {
        return inbox.messages(user, Long.MAX_VALUE, Math.clamp(limit, 1, 50));
    }

    @Override
    public int unreadMessages(CurrentUser user) {
        return inbox.unread(user);
    }

    @Override
    public List<OwnCase> ownCases(CurrentUser user, int limit) {
        List<CaseView> mine = cases.list(user, new CaseFilter(null, null, null, null, false, true), NEWEST,
                Long.MAX_VALUE, Math.clamp(limit, 1, 20));
        List<OwnCase> own = new ArrayList<>();
        for (CaseView view : mine) {
            // a handful of cases: their public timelines, as the reporter's case page shows them
            List<TimelineEntry> steps = cases.timeline(user, view.id());
            TimelineEntry last = steps.isEmpty() ? null : steps.getLast();
            own.add(new OwnCase(view.id(), view.number(), view.state(), view.categoryName(), view.receivedAt(),
                    last == null ? null : lastStep(last), last == null ? null : last.at()));
        }
        return own;
    }

    private static String lastStep(TimelineEntry entry) {
        try {
            return entry.toState() == null ? entry.action() : CaseState.valueOf(entry.toState()).label();
        } catch (IllegalArgumentException e) {
            return entry.action();
        }
    }

    /**
     * The territory asked (default: the person's home, a grid worker's grid) if their case scope covers it; else,
     * for department staff, their unit's cases; else nothing. A territory outside the scope is refused (403).
     */
    private Optional<WorkCountRepository.Place> place(CurrentUser user, String territory) {
        Scope scope = CaseAccess.readScope(user);
        String asked = territory == null || territory.isBlank() ? null : territory.strip();
        if (asked != null && (!asked.chars().allMatch(c -> c >= '0' && c <= '9')
                || !List.of(6, 9, 12, 15).contains(asked.length()))) {
            throw new BadInputException("territory", "territory 须为 6、9、12 位区划代码或 15 位网格代码");
        }
        if (!scope.isEmpty()) {
            String code = asked != null ? asked
                    : scope.covers(user.homeTerritory()) ? user.homeTerritory() : scope.prefixes().getFirst();
            if (!scope.covers(code) || code.length() < 6) {
                throw new ForbiddenException("区划 " + code + " 不在您的辖区内");
            }
            return Optional.of(new WorkCountRepository.Place(code, null));
        }
        Long unit = CaseAccess.readingUnit(user);
        if (unit != null) {
            if (asked != null) {
                throw new ForbiddenException("部门工作人员只能查看本部门承办的诉求");
            }
            return Optional.of(new WorkCountRepository.Place(null, unit));
        }
        if (asked != null) {
            throw new ForbiddenException("区划 " + asked + " 不在您的辖区内");
        }
        return Optional.empty();
    }
}

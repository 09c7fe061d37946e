package org.jiceng.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CaseRules;
import org.jiceng.cases.CaseSweeps;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.ExternalIntake;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.demo.internal.CaseLife.Step;
import org.jiceng.mediation.DisputesApi;
import org.jiceng.platform.ThreadTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lives a plan through the case loop's public API, in the order things happen: every filing and step at its
 * instant (the generating thread's clock set to it, {@link ThreadTime}), the 督办 and auto-close sweeps at the end of
 * every day, one transaction a month with its progress row, so a crash loses at most the month in hand and a restart
 * resumes after the last month that committed. A step the rules would refuse (they are asked first, as the case
 * page asks them for its buttons) is left out with the rest of that case's life, so no step is ever forced.
 * Quarrels between neighbours, in families and over land are registered as disputes as well (矛盾纠纷排查).
 */
final class YearRunner {

    private static final Logger log = LoggerFactory.getLogger(YearRunner.class);

    /** What the runner keeps of a case between its steps. */
    private static final class Tracked {
        CaseView view;
        Long reporterId;
        CurrentUser reporter;
        Instant dispatchedAt;
        String dispatcherTerritory;
    }

    /** Where the plan's places and names come from, and who acts. */
    record Setting(YearActors actors, Map<String, Long> unitIds, Map<String, String> townNames, CurrentUser reader) {
    }

    private final CasesApi cases;
    private final DisputesApi disputes;
    private final CaseSweeps sweeps;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;
    private final YearProgress progress;
    private final Setting setting;
    private final Map<Integer, Tracked> tracked = new HashMap<>();
    private int skipped;

    YearRunner(CasesApi cases, DisputesApi disputes, CaseSweeps sweeps, WorkingCalendar calendar,
               TransactionTemplate transaction, YearProgress progress, Setting setting) {
        this.cases = cases;
        this.disputes = disputes;
        this.sweeps = sweeps;
        this.calendar = calendar;
        this.transaction = transaction;
        this.progress = progress;
        this.setting = setting;
    }

    /** Lives the months of {@code lives} after the {@code monthsDone} first; answers the steps left out. */
    int run(List<CaseLife> lives, LocalDate firstDay, Instant until, int monthsDone, int casesBefore) {
        Map<Integer, Long> filedBefore = monthsDone == 0 ? Map.of() : progress.filed();
        long[] events = events(lives);
        List<YearMonth> months = months(firstDay, until);
        int at = 0;
        int casesSoFar = casesBefore;
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            int from = at;
            while (at < events.length && YearPlan.month(instantOf(events[at])).compareTo(month) <= 0) {
                at++;
            }
            if (m < monthsDone) {
                continue;
            }
            long started = System.nanoTime();
            int fromIndex = from;
            int toIndex = at;
            int monthIndex = m + 1;
            boolean last = m == months.size() - 1;
            int base = casesSoFar;
            Map<Integer, Long> filed = new HashMap<>();
            try {
                transaction.executeWithoutResult(status -> {
                    live(lives, events, fromIndex, toIndex, month, until, filedBefore, filed);
                    progress.monthDone(monthIndex, base + filed.size(), filed, last ? until : null);
                });
            } finally {
                ThreadTime.clear();
            }
            casesSoFar += filed.size();
            log.info("演示年度数据：{} 月已生成，新增诉求 {} 件，累计 {} 件，用时 {} 毫秒", month, filed.size(), casesSoFar,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return skipped;
    }

    private void live(List<CaseLife> lives, long[] events, int from, int to, YearMonth month, Instant until,
                      Map<Integer, Long> filedBefore, Map<Integer, Long> filed) {
        LocalDate day = month.atDay(1);
        LocalDate lastDay = month.atEndOfMonth();
        for (int i = from; i < to; i++) {
            Instant when = instantOf(events[i]);
            LocalDate eventDay = LocalDate.ofInstant(when, Beijing.ZONE);
            while (day.isBefore(eventDay)) {
                sweep(day, until);
                day = day.plusDays(1);
            }
            int life = (int) ((events[i] >>> 6) & ((1 << 20) - 1));
            int step = (int) (events[i] & 63) - 1;
            ThreadTime.set(when);
            if (step < 0) {
                file(lives.get(life), filed);
            } else {
                act(lives.get(life), step, filedBefore);
            }
        }
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            sweep(day, until);
        }
    }

    /** The day's 督办 and auto-close sweeps, at its end (or at the end of the year, for its last day). */
    private void sweep(LocalDate day, Instant until) {
        Instant end = day.atTime(LocalTime.of(23, 59, 59)).atZone(Beijing.ZONE).toInstant();
        if (!end.isBefore(until)) {
            end = until;
        }
        if (day.atStartOfDay(Beijing.ZONE).toInstant().isAfter(until)) {
            return;
        }
        ThreadTime.set(end);
        sweeps.supervise();
        sweeps.closeUnrated();
    }

    private void file(CaseLife life, Map<Integer, Long> filed) {
        YearPlan.Place place = life.place();
        Tracked t = new Tracked();
        CaseView view;
        if (life.channel() == CaseChannel.HOTLINE) {
            String caller = setting.actors().callerName(place.gridCode(), life.reporterSlot()).orElse(null);
            view = cases.fileExternal(new ExternalIntake(CaseChannel.HOTLINE, "12345-" + life.filedAt().getEpochSecond()
                    + "-" + life.index(), life.categoryCode(), life.description(), null, null, null, place.gridCode(), caller,
                    life.filedAt())).view();
        } else {
            CurrentUser filer = filer(life);
            boolean located = !Double.isNaN(place.lat());
            String channel = life.channel() == CaseChannel.RESIDENT ? null : life.channel().name();
            view = cases.file(filer, new CaseIntake(life.categoryCode(), life.description(), located ? place.lat() : null,
                    located ? place.lon() : null, located ? null : place.gridName() + "附近", channel, List.of(), null));
            t.reporterId = filer.id();
            t.reporter = life.channel() == CaseChannel.RESIDENT ? filer : null;
        }
        t.view = view;
        tracked.put(life.index(), t);
        filed.put(life.index(), view.id());
        DisputeMix.of(life, setting.actors()).ifPresent(dispute ->
                disputes.register(setting.actors().villageStaff(place.villageCode()), dispute));
    }

    private void act(CaseLife life, int index, Map<Integer, Long> filedBefore) {
        Tracked t = tracked.computeIfAbsent(life.index(), k -> resumed(life, filedBefore));
        if (t == null) {
            return;
        }
        Step step = life.steps().get(index);
        Optional<CurrentUser> actor = actor(life, step, t);
        CaseActionRequest request = request(step);
        boolean noUnit = step.action() == CaseAction.DISPATCH && request.leadUnitId() == null;   // a county without it
        if (actor.isEmpty() || noUnit || CaseRules.refusal(step.action(), facts(t), actor.get(), request, step.at()).isPresent()) {
            skipped++;
            return;
        }
        CurrentUser user = actor.get();
        CaseView before = t.view;
        t.view = cases.act(user, before.id(), step.action(), request);
        if (step.action() == CaseAction.DISPATCH) {
            t.dispatchedAt = step.at();
            t.dispatcherTerritory = user.grants().stream().map(CurrentUser.Grant::territoryCode)
                    .filter(code -> before.territoryCode().startsWith(code)).max(java.util.Comparator.comparingInt(String::length))
                    .orElse(user.homeTerritory());
        }
        if (index == life.steps().size() - 1) {
            tracked.remove(life.index());
        }
    }

    /** A case an earlier run filed, read back as it stands (what a restart knows of it). */
    private Tracked resumed(CaseLife life, Map<Integer, Long> filedBefore) {
        Long id = filedBefore.get(life.index());
        if (id == null) {
            return null;
        }
        Tracked t = new Tracked();
        t.view = cases.find(setting.reader(), id);
        if (life.channel() != CaseChannel.HOTLINE) {
            CurrentUser filer = filer(life);
            t.reporterId = filer.id();
            t.reporter = life.channel() == CaseChannel.RESIDENT ? filer : null;
        }
        return t;
    }

    private CaseRules.Facts facts(Tracked t) {
        return new CaseRules.Facts(t.view, t.reporterId, t.dispatcherTerritory, t.dispatchedAt, calendar);
    }

    /** Who files: the resident themselves, the grid worker on patrol, the village's staff from a visit or meeting. */
    private CurrentUser filer(CaseLife life) {
        YearPlan.Place place = life.place();
        YearActors actors = setting.actors();
        return switch (life.channel()) {
            case RESIDENT -> actors.reporter(place.gridCode(), life.reporterSlot()).orElseGet(() -> actors.gridWorker(place.gridCode()));
            case PATROL -> actors.gridWorker(place.gridCode());
            default -> actors.villageStaff(place.villageCode());
        };
    }

    private Optional<CurrentUser> actor(CaseLife life, Step step, Tracked t) {
        YearPlan.Place place = life.place();
        YearActors actors = setting.actors();
        return switch (step.actor()) {
            case GRID -> Optional.of(actors.gridWorker(place.gridCode()));
            case VILLAGE -> Optional.of(actors.villageStaff(place.villageCode()));
            case TOWN -> Optional.of(actors.townStaff(place.townCode(), setting.townNames().getOrDefault(place.townCode(), "")));
            case UNIT -> Optional.of(t.view.leadUnitId() != null ? actors.unitStaff(t.view.leadUnitId())
                    : actors.townStaff(place.townCode(), setting.townNames().getOrDefault(place.townCode(), "")));
            case REPORTER -> Optional.ofNullable(t.reporter);
        };
    }

    private CaseActionRequest request(Step step) {
        Long unit = step.department() == null ? null : setting.unitIds().get(step.department());
        String reason = switch (step.action()) {
            case REJECT, RETURN, EXTEND -> step.text();
            default -> null;
        };
        String note = reason == null ? step.text() : null;
        return new CaseActionRequest(note, reason, unit, null, step.workingDays(), step.solved(),
                step.satisfaction() == null ? null : step.satisfaction().name(), null, null, null);
    }

    /** Every filing and step as one sortable number: its second, its case, its step (0 = the filing). */
    static long[] events(List<CaseLife> lives) {
        int count = lives.stream().mapToInt(l -> 1 + l.steps().size()).sum();
        long[] events = new long[count];
        int i = 0;
        for (CaseLife life : lives) {
            events[i++] = key(life.filedAt(), life.index(), 0);
            for (int s = 0; s < life.steps().size(); s++) {
                events[i++] = key(life.steps().get(s).at(), life.index(), s + 1);
            }
        }
        Arrays.sort(events);
        return events;
    }

    private static long key(Instant at, int life, int step) {
        if (life >= 1 << 20 || step >= 63) {
            throw new IllegalArgumentException("演示年度数据过大");
        }
        return (at.getEpochSecond() << 26) | ((long) life << 6) | step;
    }

    private static Instant instantOf(long event) {
        return Instant.ofEpochSecond(event >>> 26);
    }

    /** The calendar months the year touches, in order. */
    static List<YearMonth> months(LocalDate firstDay, Instant until) {
        YearMonth first = YearMonth.from(firstDay);
        YearMonth last = YearPlan.month(until);
        return java.util.stream.Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1)).toList();
    }
}

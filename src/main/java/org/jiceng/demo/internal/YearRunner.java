package org.jiceng.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseHistory;
import org.jiceng.cases.CaseView;
import org.jiceng.demo.internal.CaseLife.Step;
import org.jiceng.mediation.DisputesApi;
import org.jiceng.platform.ThreadTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lives a plan through the case loop's history API ({@link CaseHistory}): the lives filed in a month are replayed
 * whole — every step at its instant, asked of the same rules as the case page, the 督办 and auto-close sweeps at
 * the end of every day — and written together, one transaction a month with its progress row, so a crash loses at
 * most the month in hand and a restart resumes after the last month that committed. A step the rules refuse is left
 * out (and counted), never forced. Quarrels between neighbours, in families and over land are registered as
 * disputes as well (矛盾纠纷排查), at the instant the case was filed.
 */
final class YearRunner {

    private static final Logger log = LoggerFactory.getLogger(YearRunner.class);

    /** Where the plan's places and names come from, and who acts. */
    record Setting(YearActors actors, Map<String, Long> unitIds, Map<String, String> townNames, CurrentUser reader) {
    }

    private final CaseHistory history;
    private final DisputesApi disputes;
    private final TransactionTemplate transaction;
    private final YearProgress progress;
    private final Setting setting;
    private int skipped;

    YearRunner(CaseHistory history, DisputesApi disputes, TransactionTemplate transaction, YearProgress progress,
               Setting setting) {
        this.history = history;
        this.disputes = disputes;
        this.transaction = transaction;
        this.progress = progress;
        this.setting = setting;
    }

    /** Lives the months of {@code lives} after the {@code monthsDone} first; answers the steps left out. */
    int run(List<CaseLife> lives, LocalDate firstDay, Instant until, int monthsDone, int casesBefore) {
        Map<YearMonth, List<CaseLife>> byMonth = new HashMap<>();
        for (CaseLife life : lives) {
            byMonth.computeIfAbsent(YearPlan.month(life.filedAt()), m -> new ArrayList<>()).add(life);
        }
        List<YearMonth> months = months(firstDay, until);
        int casesSoFar = casesBefore;
        for (int m = monthsDone; m < months.size(); m++) {
            YearMonth month = months.get(m);
            List<CaseLife> filed = byMonth.getOrDefault(month, List.of());
            long started = System.nanoTime();
            int monthIndex = m + 1;
            boolean last = m == months.size() - 1;
            int base = casesSoFar;
            int[] steps = new int[1];
            try {
                transaction.executeWithoutResult(status -> {
                    CaseHistory.Replayed replayed = history.replay(filed.stream().map(this::life).toList(), until);
                    Map<Integer, Long> ids = new HashMap<>();
                    for (int i = 0; i < filed.size(); i++) {
                        Long id = replayed.caseIds().get(i);
                        if (id != null) {
                            ids.put(filed.get(i).index(), id);
                        }
                    }
                    registerDisputes(filed);
                    skipped += replayed.refused();
                    steps[0] = replayed.steps();
                    progress.monthDone(monthIndex, base + ids.size(), ids, last ? until : null);
                });
            } finally {
                ThreadTime.clear();
            }
            casesSoFar += filed.size();
            log.info("演示年度数据：{} 月已生成，新增诉求 {} 件（办理步骤 {} 个），累计 {} 件，用时 {} 毫秒", month, filed.size(),
                    steps[0], casesSoFar, (System.nanoTime() - started) / 1_000_000);
        }
        return skipped;
    }

    private void registerDisputes(List<CaseLife> filed) {
        for (CaseLife life : filed) {
            DisputeMix.of(life, setting.actors()).ifPresent(dispute -> {
                ThreadTime.set(life.filedAt());
                disputes.register(setting.actors().villageStaff(life.place().villageCode()), dispute);
            });
        }
    }

    /** A planned life as the case loop's history takes it: who files it, and who takes each step. */
    CaseHistory.Life life(CaseLife life) {
        YearPlan.Place place = life.place();
        CaseHistory.Filing filing;
        CurrentUser reporter = null;
        if (life.channel() == CaseChannel.HOTLINE) {
            String caller = setting.actors().callerName(place.gridCode(), life.reporterSlot()).orElse(null);
            filing = new CaseHistory.Filing(CaseChannel.HOTLINE, life.categoryCode(), life.description(), place.gridCode(),
                    null, null, null, "12345-" + life.filedAt().getEpochSecond() + "-" + life.index(), null, caller,
                    life.filedAt());
        } else {
            CurrentUser filer = filer(life);
            boolean located = !Double.isNaN(place.lat());
            // a point lies in its grid; an address alone is placed where the person who enters it works
            filing = new CaseHistory.Filing(channelOf(filer, life.channel()), life.categoryCode(), life.description(),
                    located ? place.gridCode() : filer.homeTerritory(), located ? place.lat() : null,
                    located ? place.lon() : null, located ? null : place.gridName() + "附近", null, filer,
                    filer.displayName(), life.filedAt());
            reporter = life.channel() == CaseChannel.RESIDENT ? filer : null;
        }
        CurrentUser rater = reporter;
        List<CaseHistory.Step> steps = life.steps().stream()
                .map(step -> new CaseHistory.Step(step.action(), view -> actor(life, step, view, rater), request(step), step.at()))
                .toList();
        return new CaseHistory.Life(filing, steps);
    }

    /** The channel filing through the case page gives: a resident's own, else the one the staff member chose. */
    private static CaseChannel channelOf(CurrentUser filer, CaseChannel planned) {
        if (filer.hasAny(Role.RESIDENT, Role.HOUSEHOLD_CHIEF)) {
            return CaseChannel.RESIDENT;
        }
        if (planned != CaseChannel.RESIDENT) {
            return planned;
        }
        return filer.has(Role.GRID_WORKER) ? CaseChannel.PATROL : CaseChannel.STAFF;
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

    private Optional<CurrentUser> actor(CaseLife life, Step step, CaseView view, CurrentUser reporter) {
        YearPlan.Place place = life.place();
        YearActors actors = setting.actors();
        if (step.action() == CaseAction.DISPATCH && (step.department() == null || setting.unitIds().get(step.department()) == null)) {
            return Optional.empty();   // a county without that department
        }
        return switch (step.actor()) {
            case GRID -> Optional.of(actors.gridWorker(place.gridCode()));
            case VILLAGE -> Optional.of(actors.villageStaff(place.villageCode()));
            case TOWN -> Optional.of(actors.townStaff(place.townCode(), setting.townNames().getOrDefault(place.townCode(), "")));
            case UNIT -> Optional.of(view.leadUnitId() != null ? actors.unitStaff(view.leadUnitId())
                    : actors.townStaff(place.townCode(), setting.townNames().getOrDefault(place.townCode(), "")));
            case REPORTER -> Optional.ofNullable(reporter);
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

    /** The calendar months the year touches, in order. */
    static List<YearMonth> months(LocalDate firstDay, Instant until) {
        YearMonth first = YearMonth.from(firstDay);
        YearMonth last = YearPlan.month(until);
        return java.util.stream.Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1)).toList();
    }
}

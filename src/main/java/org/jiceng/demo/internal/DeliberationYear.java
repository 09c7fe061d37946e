package org.jiceng.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.deliberation.BallotMatter;
import org.jiceng.deliberation.DeliberationApi;
import org.jiceng.deliberation.EstateView;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.MeetingRecord;
import org.jiceng.deliberation.TopicAction;
import org.jiceng.deliberation.TopicStep;
import org.jiceng.deliberation.VoteChoice;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lives the {@link DeliberationPlan} through deliberation's API, each step at its own past instant: topics proposed,
 * supported, confirmed or declined; the 民情晨会 that deliberate them and resolve, a few resolutions opening cases;
 * each town's 民情分析会; 楼长日 scheduled for the year; owners' votes opened, voted and closed. All in one
 * transaction with its mark in demo.year_part, so a cut-short start leaves none of it. Each step runs in a
 * savepoint: a step the rules refuse (a resident without a register entry, say) is left out, not the year.
 */
@Component
class DeliberationYear {

    private static final Logger log = LoggerFactory.getLogger(DeliberationYear.class);

    private record Act(Instant at, int order, String kind, Runnable step) {
    }

    private final DeliberationApi deliberation;
    private final TerritoryApi territory;
    private final YearParts parts;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    DeliberationYear(DeliberationApi deliberation, TerritoryApi territory, YearParts parts,
                     PlatformTransactionManager transactions) {
        this.deliberation = deliberation;
        this.territory = territory;
        this.parts = parts;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    boolean done() {
        return parts.done(YearParts.DELIBERATION);
    }

    /** The towns of the year with their communities and grids, as the territory has them. */
    List<DeliberationPlan.Town> towns(Map<String, String> townNames) {
        return townNames.keySet().stream().sorted().map(code -> new DeliberationPlan.Town(code, townNames.get(code),
                territory.children(code, null, 500).stream().map((DivisionView v) -> new DeliberationPlan.Village(v.code(),
                        v.name(), territory.grids(v.code(), Scope.everything()).stream().map(GridView::code).toList()))
                        .toList())).toList();
    }

    /** Writes the year's deliberation unless written already; the steps the rules refused. */
    int generate(long seed, String scale, LocalDate firstDay, Instant until, YearRunner.Setting setting) {
        if (done()) {
            return 0;
        }
        LocalDate lastDay = LocalDate.ofInstant(until, Beijing.ZONE).minusDays(1);
        DeliberationPlan.Plan plan = DeliberationPlan.of(seed, towns(setting.townNames()), firstDay, lastDay,
                "county".equals(scale));
        List<Act> acts = acts(plan, setting);
        acts.removeIf(a -> a.at().isAfter(until));
        acts.sort(Comparator.comparing(Act::at).thenComparingInt(Act::order));
        int[] refused = {0};
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        try {
            transaction.executeWithoutResult(status -> {
                for (Act act : acts) {
                    org.jiceng.platform.ThreadTime.set(act.at());
                    try {
                        savepoint.executeWithoutResult(s -> act.step().run());
                    } catch (RuntimeException e) {
                        refused[0]++;
                        // the kind of step and of refusal only: the message may name a person
                        reasons.merge(act.kind() + ":" + e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
                org.jiceng.platform.ThreadTime.set(until);
                parts.markDone(YearParts.DELIBERATION, acts.size(), until);
            });
        } finally {
            org.jiceng.platform.ThreadTime.clear();
        }
        log.info("演示年度数据：议题 {} 个、会议 {} 次、业主表决 {} 项（规则不允许而略去的步骤 {} 个{}）", plan.topics().size(),
                plan.meetings().size(), plan.ballots().size(), refused[0], reasons.isEmpty() ? "" : "：" + reasons);
        return refused[0];
    }

    private List<Act> acts(DeliberationPlan.Plan plan, YearRunner.Setting setting) {
        YearActors actors = setting.actors();
        List<Act> acts = new ArrayList<>();
        Map<Integer, Long> topicIds = new HashMap<>();
        Map<Integer, List<DeliberationPlan.Topic>> agendas = new HashMap<>();
        for (DeliberationPlan.Topic t : plan.topics()) {
            TopicPhrases.Matter matter = TopicPhrases.MATTERS.get(t.matter());
            CurrentUser staff = actors.villageStaff(t.village());
            Optional<CurrentUser> resident = actors.reporter(t.grid(), t.slot());
            CurrentUser proposer = switch (t.proposer()) {
                case RESIDENT -> resident.orElse(staff);
                case GRID_WORKER -> t.grid().length() == 15 ? actors.gridWorker(t.grid()) : staff;
                case STAFF -> staff;
            };
            int minute = (t.index() * 37) % 420;
            acts.add(act(t.proposed(), 9 * 60 + minute, 0, "propose", () -> topicIds.put(t.index(),
                    deliberation.propose(proposer, matter.title(), matter.description()))));
            for (int k = 1; k <= t.supports(); k++) {
                int slot = t.slot() + k;
                actors.reporter(t.grid(), slot).filter(r -> r.id() != proposer.id()).ifPresent(r ->
                        acts.add(act(t.proposed().plusDays(1), 10 * 60 + slot, 0, "support", withTopic(topicIds, t, id ->
                                deliberation.support(r, id)))));
            }
            if (t.commented()) {
                actors.reporter(t.grid(), t.slot() + 7).ifPresent(r -> acts.add(act(t.proposed().plusDays(2), 11 * 60, 0, "comment",
                        withTopic(topicIds, t, id -> deliberation.comment(r, id,
                                TopicPhrases.COMMENTS.get(t.index() % TopicPhrases.COMMENTS.size()))))));
            }
            if (t.fate() == TopicStep.DECLINED) {
                acts.add(act(t.proposed().plusDays(3), 15 * 60, 0, "decline", withTopic(topicIds, t, id -> deliberation.act(staff, id,
                        TopicAction.DECLINE, TopicPhrases.DECLINES.get(t.index() % TopicPhrases.DECLINES.size())))));
            } else if (t.fate() != TopicStep.COLLECTED) {
                acts.add(act(t.proposed().plusDays(3), 15 * 60, 0, "confirm", withTopic(topicIds, t, id ->
                        deliberation.act(staff, id, TopicAction.CONFIRM, null))));
            }
            if (t.meeting() >= 0) {
                agendas.computeIfAbsent(t.meeting(), k -> new ArrayList<>()).add(t);
                LocalDate held = plan.meetings().get(t.meeting()).day();
                // a resolution that opened a case put its topic in execution already
                if (t.fate().ordinal() >= TopicStep.EXECUTING.ordinal() && !t.opensCase()) {
                    acts.add(act(held.plusDays(7), 10 * 60, 0, "execute", withTopic(topicIds, t, id ->
                            deliberation.act(staff, id, TopicAction.EXECUTE, matter.execution()))));
                }
                if (t.fate() == TopicStep.REVIEWED) {
                    acts.add(act(held.plusDays(30), 10 * 60, 0, "review", withTopic(topicIds, t, id ->
                            deliberation.act(staff, id, TopicAction.REVIEW, matter.review()))));
                }
            }
        }
        for (DeliberationPlan.Meeting m : plan.meetings()) {
            List<DeliberationPlan.Topic> agenda = agendas.getOrDefault(m.index(), List.of());
            CurrentUser chair = m.kind() == MeetingKind.ANALYSIS ? actors.townStaff(m.territory(), m.name())
                    : actors.villageStaff(m.territory());
            acts.add(act(m.day(), 9 * 60 + 30, 1, m.kind().name().toLowerCase() + "-meeting", () -> hold(chair, m, agenda, topicIds)));
        }
        scheduleBuildingLeadersDays(plan, actors, acts);
        ballots(plan, setting, acts);
        return acts;
    }

    /** Holds a meeting with its agenda and minutes, then records its resolutions (and the cases some open). */
    private void hold(CurrentUser chair, DeliberationPlan.Meeting m, List<DeliberationPlan.Topic> agenda,
                      Map<Integer, Long> topicIds) {
        List<DeliberationPlan.Topic> topics = agenda.stream().filter(t -> topicIds.containsKey(t.index())).toList();
        long meeting = deliberation.holdMeeting(chair, MeetingMinutes.record(m, topics,
                topics.stream().map(t -> topicIds.get(t.index())).toList()));
        for (DeliberationPlan.Topic t : topics) {
            TopicPhrases.Matter matter = TopicPhrases.MATTERS.get(t.matter());
            long resolution = deliberation.resolve(chair, meeting, matter.resolution(), topicIds.get(t.index()));
            if (t.opensCase()) {
                deliberation.openCase(chair, resolution, matter.caseCategory(), "会议决议：" + matter.resolution(),
                        m.name() + "（" + matter.title() + "）");
            }
        }
        if (m.kind() == MeetingKind.ANALYSIS) {
            deliberation.resolve(chair, meeting, MeetingMinutes.ANALYSIS_RESOLUTION, null);
        }
    }

    /** 楼长日 on the first Friday of the year's months, as each community's staff schedule it in its first days. */
    private void scheduleBuildingLeadersDays(DeliberationPlan.Plan plan, YearActors actors, List<Act> acts) {
        LocalDate last = plan.meetings().stream().map(DeliberationPlan.Meeting::day).max(LocalDate::compareTo).orElse(null);
        plan.meetings().stream().filter(m -> m.kind() == MeetingKind.MORNING).map(DeliberationPlan.Meeting::territory)
                .distinct().forEach(village -> {
                    LocalDate from = plan.meetings().stream().filter(m -> m.territory().equals(village))
                            .map(DeliberationPlan.Meeting::day).min(LocalDate::compareTo).orElseThrow();
                    // up to the month before the last: the series the demo schedules from today goes on from there
                    int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.from(from),
                            java.time.YearMonth.from(last)) - 1;
                    acts.add(act(from, 8 * 60, 0, "building-leaders-days", () -> deliberation.scheduleMonthly(actors.villageStaff(village),
                            MeetingKind.BUILDING_LEADERS_DAY, village, from, months, java.time.DayOfWeek.FRIDAY, 1, "15:00",
                            "网格党支部活动室")));
                });
    }

    /** The owners' votes, on the first estate of the year's towns, if there is one. */
    private void ballots(DeliberationPlan.Plan plan, YearRunner.Setting setting, List<Act> acts) {
        Optional<EstateView> estate = deliberation.estates(setting.reader()).stream()
                .filter(e -> setting.townNames().keySet().stream().anyMatch(e.territoryCode()::startsWith))
                .min(Comparator.comparingLong(EstateView::id));
        if (estate.isEmpty()) {
            return;
        }
        CurrentUser committee = setting.actors().villageStaff(estate.get().territoryCode());
        List<String> owners = deliberation.ownerNames(setting.reader(), estate.get().id());
        for (DeliberationPlan.Ballot b : plan.ballots()) {
            TopicPhrases.BallotMatter matter = TopicPhrases.BALLOTS.get(b.matter());
            long[] id = {0};
            Instant closes = b.closes().atTime(18, 0).atZone(Beijing.ZONE).toInstant();
            acts.add(act(b.opens(), 9 * 60, 2, "open-ballot", () -> id[0] = deliberation.openBallot(committee, estate.get().id(),
                    matter.title(), matter.major() ? BallotMatter.MAJOR : BallotMatter.ORDINARY, b.index() % 2 == 1, closes)));
            int voters = owners.size() * b.turnoutPercent() / 100;
            for (int i = 0; i < voters; i++) {
                String owner = owners.get(i);
                int roll = (i * 37 + b.index() * 11) % 100;
                VoteChoice choice = roll < matter.yesPercent() ? VoteChoice.YES
                        : roll < matter.yesPercent() + (100 - matter.yesPercent()) * 2 / 3 ? VoteChoice.NO : VoteChoice.ABSTAIN;
                acts.add(act(b.opens().plusDays(1 + i % 13), 9 * 60 + i % 600, 2, "vote",
                        () -> deliberation.paperVote(committee, id[0], owner, choice)));
            }
            acts.add(act(b.closes(), 18 * 60 + 30, 2, "close-ballot", () -> deliberation.closeBallot(committee, id[0])));
        }
    }

    private static Runnable withTopic(Map<Integer, Long> topicIds, DeliberationPlan.Topic t,
                                      java.util.function.LongConsumer step) {
        return () -> {
            Long id = topicIds.get(t.index());
            if (id != null) {
                step.accept(id);
            }
        };
    }

    private static Act act(LocalDate day, int minuteOfDay, int order, String kind, Runnable step) {
        Instant at = day.atTime(LocalTime.of(minuteOfDay / 60 % 24, minuteOfDay % 60)).atZone(Beijing.ZONE).toInstant();
        return new Act(at, order, kind, step);
    }
}

package org.jiceng.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.TopicStep;
import org.junit.jupiter.api.Test;

class DeliberationPlanTests {

    static final LocalDate FIRST = LocalDate.of(2025, 12, 3);
    static final LocalDate LAST = LocalDate.of(2026, 12, 2);

    static DeliberationPlan.Town town(String code, int villages) {
        List<DeliberationPlan.Village> list = new ArrayList<>();
        for (int v = 1; v <= villages; v++) {
            String village = code + "%03d".formatted(v);
            list.add(new DeliberationPlan.Village(village, "第" + v + "社区", List.of(village + "001", village + "002")));
        }
        return new DeliberationPlan.Town(code, "古城街道", list);
    }

    static DeliberationPlan.Plan plan(long seed, boolean county, DeliberationPlan.Town... towns) {
        return DeliberationPlan.of(seed, List.of(towns), FIRST, LAST, county);
    }

    @Test
    void theSameSeedPlansTheSameYearAndAnotherSeedAnother() {
        DeliberationPlan.Town town = town("530326001", 12);
        assertThat(plan(2026, false, town)).isEqualTo(plan(2026, false, town));
        assertThat(plan(2027, false, town).topics()).isNotEqualTo(plan(2026, false, town).topics());
    }

    @Property(tries = 20)
    void aTownProposesAboutAHundredTopicsAYearInEverySizeOfTown(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        for (int villages : new int[] {5, 12, 30}) {
            int topics = plan(seed, false, town("530326001", villages)).topics().size();
            assertThat(topics).as(villages + " communities").isBetween(60, 150);
        }
    }

    @Test
    void topicsEndTheYearInEveryStepAndAFewAreDeclined() {
        DeliberationPlan.Plan plan = plan(2026, false, town("530326001", 12));
        Map<TopicStep, Long> byFate = plan.topics().stream()
                .collect(Collectors.groupingBy(DeliberationPlan.Topic::fate, Collectors.counting()));
        assertThat(byFate).containsKeys(TopicStep.DECLINED, TopicStep.CONFIRMED, TopicStep.REVIEWED);
        assertThat(byFate.get(TopicStep.DECLINED)).isLessThan(plan.topics().size() / 4);
        assertThat(byFate.get(TopicStep.REVIEWED)).isGreaterThan(plan.topics().size() / 2);
        assertThat(plan.topics()).anyMatch(DeliberationPlan.Topic::opensCase);
        assertThat(plan.topics().stream().map(DeliberationPlan.Topic::proposer).distinct())
                .containsExactlyInAnyOrder(DeliberationPlan.Proposer.values());
    }

    @Test
    void aDeliberatedTopicGoesToItsCommunitysMorningMeetingAfterItWasConfirmed() {
        DeliberationPlan.Plan plan = plan(2026, false, town("530326001", 12));
        for (DeliberationPlan.Topic t : plan.topics()) {
            if (t.meeting() < 0) {
                assertThat(t.fate()).as(t.toString()).isIn(TopicStep.COLLECTED, TopicStep.CONFIRMED, TopicStep.DECLINED);
                continue;
            }
            DeliberationPlan.Meeting m = plan.meetings().get(t.meeting());
            assertThat(m.kind()).isEqualTo(MeetingKind.MORNING);
            assertThat(m.territory()).isEqualTo(t.village());
            assertThat(m.day()).isAfter(t.proposed().plusDays(3));
            if (t.fate() == TopicStep.REVIEWED) {
                assertThat(m.day().plusDays(30)).isBeforeOrEqualTo(LAST);
            }
        }
    }

    @Test
    void eachTownMeetsMonthlyAndEachCommunityEveryOtherWeekOrMonthlyAtCountyScale() {
        DeliberationPlan.Town town = town("530326001", 12);
        Map<MeetingKind, Long> kinds = plan(2026, false, town).meetings().stream()
                .collect(Collectors.groupingBy(DeliberationPlan.Meeting::kind, Collectors.counting()));
        assertThat(kinds.get(MeetingKind.ANALYSIS)).isBetween(11L, 13L);
        assertThat(kinds.get(MeetingKind.MORNING)).isBetween(12L * 25, 12L * 27);
        long countyMornings = plan(2026, true, town).meetings().stream()
                .filter(m -> m.kind() == MeetingKind.MORNING).count();
        assertThat(countyMornings).isBetween(12L * 12, 12L * 14);
        assertThat(plan(2026, false, town).meetings()).allMatch(m -> m.day().getDayOfWeek() != DayOfWeek.SATURDAY
                && m.day().getDayOfWeek() != DayOfWeek.SUNDAY && !m.day().isBefore(FIRST) && !m.day().isAfter(LAST));
    }

    @Test
    void everyTownOfTheCountyHasItsShareOfTopics() {
        DeliberationPlan.Plan plan = plan(2026, true, town("530326001", 12), town("530326002", 8));
        Map<String, Long> byTown = plan.topics().stream()
                .collect(Collectors.groupingBy(t -> t.village().substring(0, 9), Collectors.counting()));
        assertThat(byTown.get("530326001")).isBetween(60L, 150L);
        assertThat(byTown.get("530326002")).isBetween(60L, 150L);
    }

    @Test
    void aHandfulOfOwnersVotesEachOpenTwoWeeksWithinTheYear() {
        List<DeliberationPlan.Ballot> ballots = plan(2026, false, town("530326001", 12)).ballots();
        assertThat(ballots).hasSizeBetween(3, 4);
        assertThat(ballots).allMatch(b -> b.closes().equals(b.opens().plusDays(14)) && b.closes().isBefore(LAST)
                && !b.opens().isBefore(FIRST));
        assertThat(ballots.stream().map(DeliberationPlan.Ballot::matter).collect(Collectors.toMap(Function.identity(),
                x -> 1, Integer::sum))).allSatisfy((k, v) -> assertThat(v).isOne());
    }

    @Test
    void disputesEndTheYearInEveryStateMostlySettled() {
        Map<DisputeProgress.Outcome, Long> outcomes = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> DisputeProgress.outcome(2026, "530326-2026-%05d".formatted(i)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(outcomes).containsOnlyKeys(DisputeProgress.Outcome.values());
        assertThat(outcomes.get(DisputeProgress.Outcome.AGREED)).isBetween(160L, 280L);
        assertThat(DisputeProgress.outcome(2026, "530326-2026-00007")).isEqualTo(DisputeProgress.outcome(2026, "530326-2026-00007"));
    }
}

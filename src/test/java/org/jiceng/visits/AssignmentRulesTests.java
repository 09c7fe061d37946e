package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.visits.internal.assignment.AssignmentRules;
import org.jiceng.visits.internal.assignment.AssignmentRules.Ending;
import org.jiceng.visits.internal.assignment.AssignmentRules.HolderKind;
import org.jiceng.visits.internal.assignment.AssignmentRules.Level;
import org.jiceng.visits.internal.assignment.AssignmentRules.Span;
import org.junit.jupiter.api.Test;

class AssignmentRulesTests {

    static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);
    static final String GRID = "530326001001001";

    @Test
    void eachLevelIsHeldOnlyByTheKindOfPersonItSuits() {
        assertThat(Level.TOWN.suits(HolderKind.ACCOUNT)).isTrue();
        assertThat(Level.TOWN.suits(HolderKind.RESIDENT)).isFalse();
        assertThat(Level.CHIEF.suits(HolderKind.PARTY_MEMBER)).isTrue();
        assertThat(Level.CHIEF.suits(HolderKind.ACCOUNT)).isFalse();
        assertThat(Level.HOUSEHOLD.suits(HolderKind.RESIDENT)).isTrue();
        assertThat(Level.HOUSEHOLD.suits(HolderKind.PARTY_MEMBER)).isFalse();
        assertThatThrownBy(() -> AssignmentRules.checkShape(Level.TOWN, HolderKind.RESIDENT, "530326001", DAY0, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("县级领导");
    }

    @Test
    void theCodeMustBeOfTheLevelsLengthAndTheEndNotBeforeTheStart() {
        assertThatThrownBy(() -> AssignmentRules.checkShape(Level.VILLAGE, HolderKind.ACCOUNT, "530326001", DAY0, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("12 位");
        assertThatThrownBy(() -> AssignmentRules.checkShape(Level.HOUSEHOLD, HolderKind.RESIDENT, GRID, DAY0,
                DAY0.minusDays(1))).isInstanceOf(BadInputException.class).hasMessageContaining("不能早于");
        AssignmentRules.checkShape(Level.HOUSEHOLD, HolderKind.RESIDENT, GRID, DAY0, DAY0);
    }

    @Test
    void aNewHolderOfAHouseholdEndsTheOldOneTheDayBefore() {
        List<Ending> endings = AssignmentRules.handOver(List.of(new Span(1, DAY0, null),
                new Span(2, DAY0.minusDays(30), DAY0.minusDays(10))), DAY0.plusDays(5));
        assertThat(endings).containsExactly(new Ending(1, DAY0.plusDays(4)));
    }

    @Test
    void aHouseholdCannotBeHandedOverBeforeItsHolderBegan() {
        assertThatThrownBy(() -> AssignmentRules.handOver(List.of(new Span(1, DAY0, null)), DAY0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("须晚于");
    }

    @Test
    void aChiefHoldingMoreThanFifteenHouseholdsIsWarnedNotRefused() {
        assertThat(AssignmentRules.loadWarning(15)).isEmpty();
        assertThat(AssignmentRules.loadWarning(16)).get().asString().contains("16 户");
    }

    @Test
    void anAssignmentEndsOnlyOnceAndNotBeforeItBegan() {
        Span running = new Span(1, DAY0, null);
        AssignmentRules.checkEnd(running, DAY0);
        assertThatThrownBy(() -> AssignmentRules.checkEnd(running, DAY0.minusDays(1))).isInstanceOf(BadInputException.class);
        Span ended = new Span(1, DAY0, DAY0.plusDays(3));
        AssignmentRules.checkEnd(ended, DAY0.plusDays(2));
        assertThatThrownBy(() -> AssignmentRules.checkEnd(ended, DAY0.plusDays(3))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theSameHolderCannotHoldTheSamePlaceTwiceAtOnce() {
        List<Span> theirs = List.of(new Span(1, DAY0, DAY0.plusDays(9)));
        assertThatThrownBy(() -> AssignmentRules.checkNotHeldTwice(theirs, DAY0.plusDays(9), null))
                .isInstanceOf(ConflictException.class);
        AssignmentRules.checkNotHeldTwice(theirs, DAY0.plusDays(10), null);
    }

    /** One step of a random history: assign household {@code household} from {@code day}, or end assignment {@code pick}. */
    record Step(boolean assign, int household, int day, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, true, false), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 40)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    @Property
    void aHouseholdNeverHasTwoHoldersAndEveryHouseholdIsHeldOrAGap(@ForAll("histories") List<Step> steps,
                                                                    @ForAll("days") int onDay) {
        Map<Long, List<Span>> spans = new HashMap<>();
        List<long[]> all = new ArrayList<>(); // {household, id}
        long nextId = 1;
        for (Step step : steps) {
            LocalDate day = DAY0.plusDays(step.day());
            try {
                if (step.assign()) {
                    long household = step.household();
                    List<Span> own = spans.computeIfAbsent(household, h -> new ArrayList<>());
                    for (Ending ending : AssignmentRules.handOver(own, day)) {
                        own.replaceAll(s -> s.id() == ending.id() ? new Span(s.id(), s.startsOn(), ending.endsOn()) : s);
                    }
                    own.add(new Span(nextId, day, null));
                    all.add(new long[] {household, nextId++});
                } else if (!all.isEmpty()) {
                    long[] chosen = all.get(step.pick() % all.size());
                    List<Span> own = spans.get(chosen[0]);
                    Span span = own.stream().filter(s -> s.id() == chosen[1]).findFirst().orElseThrow();
                    AssignmentRules.checkEnd(span, day);
                    own.replaceAll(s -> s.id() == span.id() ? new Span(s.id(), s.startsOn(), day) : s);
                }
            } catch (BadInputException | ConflictException refused) {
                // a refused step writes nothing
            }
        }
        LocalDate day = DAY0.plusDays(onDay);
        List<Long> households = List.of(0L, 1L, 2L, 3L, 4L);
        List<Long> gaps = AssignmentRules.unheld(households, spans, day);
        for (long household : households) {
            long active = spans.getOrDefault(household, List.of()).stream().filter(s -> s.activeOn(day)).count();
            assertThat(active).as("户 %d 在 %s 的包户人数", household, day).isLessThanOrEqualTo(1);
            assertThat(active == 1 || gaps.contains(household)).as("户 %d 有人包或列为空档", household).isTrue();
            assertThat(active == 1 && gaps.contains(household)).isFalse();
        }
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 70);
    }
}

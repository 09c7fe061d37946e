package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jiceng.visits.internal.care.CareDue;
import org.junit.jupiter.api.Test;

class CareDueTests {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 3_000).map(START::plusDays);
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of(CareDue.DEFAULT_DAYS.keySet());
    }

    // the boundaries written out

    @Test
    void aLivingAloneElderlyHouseholdVisitedOnMondayIsDueTheNextMonday() {
        LocalDate due = CareDue.nextDue(START, LocalDate.of(2026, 3, 2), CareDue.everyDays(List.of("LIVING_ALONE_ELDERLY"), Map.of()));
        assertThat(due).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void dueTodayIsNotOverdueAndTheDayAfterIsOneDayOverdue() {
        LocalDate due = LocalDate.of(2026, 3, 9);
        assertThat(CareDue.overdue(due, due)).isFalse();
        assertThat(CareDue.daysOverdue(due, due)).isZero();
        assertThat(CareDue.overdue(due, due.plusDays(1))).isTrue();
        assertThat(CareDue.daysOverdue(due, due.plusDays(1))).isEqualTo(1);
    }

    @Test
    void aPlanNeverVisitedIsDueFromItsStart() {
        assertThat(CareDue.nextDue(START, null, 30)).isEqualTo(START);
    }

    @Test
    void theShortestTagWinsAndTheCountyOverridesTheDefault() {
        assertThat(CareDue.everyDays(List.of("MINIMUM_LIVING", "LEFT_BEHIND_CHILD"), Map.of())).isEqualTo(14);
        assertThat(CareDue.everyDays(List.of("MINIMUM_LIVING", "LEFT_BEHIND_CHILD"), Map.of("MINIMUM_LIVING", 10))).isEqualTo(10);
        assertThat(CareDue.everyDays(List.of("LIVING_ALONE_ELDERLY"), Map.of("LIVING_ALONE_ELDERLY", 3))).isEqualTo(3);
    }

    @Test
    void dueInSixDaysIsDueSoonAndInSevenIsNot() {
        LocalDate today = LocalDate.of(2026, 3, 9);
        assertThat(CareDue.dueSoon(today, today)).isTrue();
        assertThat(CareDue.dueSoon(today.plusDays(6), today)).isTrue();
        assertThat(CareDue.dueSoon(today.plusDays(7), today)).isFalse();
        assertThat(CareDue.dueSoon(today.minusDays(1), today)).isFalse();
        assertThat(CareDue.soonUntil(today)).isEqualTo(today.plusDays(6));
    }

    @Test
    void aVisitLoggedLateForAnEarlierDayDoesNotMoveTheLastVisitBack() {
        assertThat(CareDue.lastVisit(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(CareDue.lastVisit(null, LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void everyCareTagOfTheRegisterHasADefaultAndAnUnknownTagIsVisitedMonthly() {
        assertThat(CareDue.DEFAULT_DAYS.keySet()).isEqualTo(Set.of("LIVING_ALONE_ELDERLY", "EMPTY_NEST_ELDERLY",
                "LEFT_BEHIND_CHILD", "DISABLED", "MINIMUM_LIVING", "POVERTY_MONITORED", "SERIOUSLY_ILL"));
        assertThat(CareDue.everyDays(List.of("SOMETHING_NEW"), Map.of())).isEqualTo(30);
    }

    // the properties

    @Property
    void dueOnTheDueDateIsNeverOverdue(@ForAll("days") LocalDate lastVisit, @ForAll @IntRange(min = 1, max = 366) int every) {
        LocalDate due = CareDue.nextDue(START, lastVisit, every);
        assertThat(CareDue.overdue(due, due)).isFalse();
        assertThat(CareDue.overdue(due, due.plusDays(1))).isTrue();
    }

    @Property
    void aVisitOnTheDueDateResetsTheClock(@ForAll("days") LocalDate lastVisit, @ForAll @IntRange(min = 1, max = 366) int every) {
        LocalDate due = CareDue.nextDue(START, lastVisit, every);
        LocalDate afterVisit = CareDue.nextDue(START, CareDue.lastVisit(lastVisit, due), every);
        assertThat(afterVisit).isEqualTo(due.plusDays(every));
        assertThat(CareDue.overdue(afterVisit, due.plusDays(every))).isFalse();
    }

    @Property
    void daysOverdueCountTheDaysPastTheDueDate(@ForAll("days") LocalDate due, @ForAll @IntRange(min = -400, max = 400) int offset) {
        LocalDate today = due.plusDays(offset);
        assertThat(CareDue.daysOverdue(due, today)).isEqualTo(Math.max(0, offset));
        assertThat(CareDue.overdue(due, today)).isEqualTo(offset > 0);
    }

    @Property
    void theShortestTagAlwaysWins(@ForAll @Size(min = 1, max = 7) List<@net.jqwik.api.From("tags") String> tags) {
        int every = CareDue.everyDays(tags, Map.of());
        assertThat(tags).allSatisfy(tag -> assertThat(every).isLessThanOrEqualTo(CareDue.DEFAULT_DAYS.get(tag)));
        assertThat(tags.stream().map(CareDue.DEFAULT_DAYS::get)).contains(every);
    }

    @Property
    void changingTheFrequencyMovesTheDueDateAtOnce(@ForAll("days") LocalDate lastVisit,
                                                  @ForAll @IntRange(min = 1, max = 366) int before,
                                                  @ForAll @IntRange(min = 1, max = 366) int after) {
        LocalDate was = CareDue.nextDue(START, lastVisit, before);
        LocalDate now = CareDue.nextDue(START, lastVisit, after);
        assertThat(now).isEqualTo(was.plusDays(after - before));
        assertThat(now).isEqualTo(lastVisit.plusDays(after));
    }

    @Property
    void aHouseholdIsEitherOverdueDueSoonOrLater(@ForAll("days") LocalDate due, @ForAll @IntRange(min = -30, max = 30) int offset) {
        LocalDate today = due.plusDays(offset);
        boolean overdue = CareDue.overdue(due, today);
        boolean soon = CareDue.dueSoon(due, today);
        assertThat(overdue && soon).isFalse();
        assertThat(soon).isEqualTo(offset <= 0 && offset > -CareDue.SOON_DAYS);
    }
}

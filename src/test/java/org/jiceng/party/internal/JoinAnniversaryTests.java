package org.jiceng.party.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JoinAnniversaryTests {

    @Test
    void anAnniversaryOnWednesdayIsInTheWeekFromMondayToSunday() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        for (LocalDate today = monday; today.isBefore(monday.plusDays(7)); today = today.plusDays(1)) {
            assertThat(JoinAnniversary.inWeekOf(LocalDate.of(2001, 11, 25), today))
                    .contains(new JoinAnniversary.Anniversary(LocalDate.of(2026, 11, 25), 25));
        }
        assertThat(JoinAnniversary.inWeekOf(LocalDate.of(2001, 11, 25), monday.minusDays(1))).isEmpty();
        assertThat(JoinAnniversary.inWeekOf(LocalDate.of(2001, 11, 25), monday.plusDays(7))).isEmpty();
    }

    @Test
    void aWeekAcrossNewYearFindsBothDecemberAndJanuaryAnniversaries() {
        LocalDate today = LocalDate.of(2026, 12, 31); // Thursday; the week runs 28 Dec 2026 to 3 Jan 2027
        assertThat(JoinAnniversary.inWeekOf(LocalDate.of(1990, 12, 28), today))
                .contains(new JoinAnniversary.Anniversary(LocalDate.of(2026, 12, 28), 36));
        assertThat(JoinAnniversary.inWeekOf(LocalDate.of(1990, 1, 3), today))
                .contains(new JoinAnniversary.Anniversary(LocalDate.of(2027, 1, 3), 37));
        assertThat(JoinAnniversary.inWeekOf(LocalDate.of(1990, 1, 4), today)).isEmpty();
        assertThat(JoinAnniversary.inWeekOf(LocalDate.of(1990, 12, 27), today)).isEmpty();
    }

    @Test
    void the29thOfFebruaryIsCelebratedOnThe28thInCommonYears() {
        LocalDate joined = LocalDate.of(2004, 2, 29);
        // 2027 is a common year: the week of Monday 22 Feb to Sunday 28 Feb holds it
        assertThat(JoinAnniversary.inWeekOf(joined, LocalDate.of(2027, 2, 24)))
                .contains(new JoinAnniversary.Anniversary(LocalDate.of(2027, 2, 28), 23));
        assertThat(JoinAnniversary.inWeekOf(joined, LocalDate.of(2027, 3, 1))).isEmpty();
        // 2028 is a leap year: 29 Feb itself, a Tuesday
        assertThat(JoinAnniversary.inWeekOf(joined, LocalDate.of(2028, 2, 28)))
                .contains(new JoinAnniversary.Anniversary(LocalDate.of(2028, 2, 29), 24));
        assertThat(JoinAnniversary.monthDaysCelebratedOn(LocalDate.of(2027, 2, 28))).containsExactly(228, 229);
        assertThat(JoinAnniversary.monthDaysCelebratedOn(LocalDate.of(2028, 2, 28))).containsExactly(228);
        assertThat(JoinAnniversary.monthDaysCelebratedOn(LocalDate.of(2028, 2, 29))).containsExactly(229);
    }

    @Test
    void joiningThisWeekIsNotYetAnAnniversary() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(JoinAnniversary.inWeekOf(LocalDate.of(2026, 11, 23), today)).isEmpty();
        assertThat(JoinAnniversary.inWeekOf(LocalDate.of(2025, 11, 23), today))
                .contains(new JoinAnniversary.Anniversary(LocalDate.of(2026, 11, 23), 1));
    }

    @Property(tries = 2000)
    void theAnniversaryFoundIsInTheWeekOnTheJoinDaysMonthAndDay(@ForAll("joinDates") LocalDate joined,
                                                                @ForAll("days") LocalDate today) {
        Optional<JoinAnniversary.Anniversary> found = JoinAnniversary.inWeekOf(joined, today);
        LocalDate monday = JoinAnniversary.mondayOf(today);
        found.ifPresent(a -> {
            assertThat(a.date()).isBetween(monday, monday.plusDays(6));
            assertThat(a.years()).isEqualTo(a.date().getYear() - joined.getYear()).isPositive();
            assertThat(a.date()).isEqualTo(joined.withYear(a.date().getYear()));
            assertThat(JoinAnniversary.monthDaysCelebratedOn(a.date())).contains(JoinAnniversary.monthDay(joined));
        });
        // and nothing is missed: a day of the week celebrating this join date, in a later year, is found
        boolean expected = false;
        for (LocalDate day = monday; day.isBefore(monday.plusDays(7)); day = day.plusDays(1)) {
            expected |= day.getYear() > joined.getYear()
                    && JoinAnniversary.monthDaysCelebratedOn(day).contains(JoinAnniversary.monthDay(joined));
        }
        assertThat(found.isPresent()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void everyYearHasExactlyOneAnniversaryWeek(@ForAll("joinDates") LocalDate joined,
                                               @ForAll @IntRange(min = 1, max = 80) int yearsLater) {
        int year = joined.getYear() + yearsLater;
        List<LocalDate> found = new ArrayList<>();
        LocalDate monday = JoinAnniversary.mondayOf(LocalDate.of(year, 1, 1));
        for (; !monday.isAfter(LocalDate.of(year, 12, 31)); monday = monday.plusWeeks(1)) {
            JoinAnniversary.inWeekOf(joined, monday.plusDays(3)).map(JoinAnniversary.Anniversary::date)
                    .filter(d -> d.getYear() == year).ifPresent(found::add);
        }
        assertThat(found).containsExactly(joined.withYear(year));
    }

    @Property(tries = 500)
    void mondayOfIsAMondayWithinTheSixDaysBefore(@ForAll("days") LocalDate day) {
        LocalDate monday = JoinAnniversary.mondayOf(day);
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(monday).isBetween(day.minusDays(6), day);
    }

    @Provide
    Arbitrary<LocalDate> joinDates() {
        Arbitrary<LocalDate> any = Arbitraries.longs().between(LocalDate.of(1921, 7, 1).toEpochDay(),
                LocalDate.of(2030, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> leapDays = Arbitraries.of(1924, 1948, 1980, 2000, 2004, 2024).map(y -> LocalDate.of(y, 2, 29));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(1, leapDays));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<LocalDate> any = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
                LocalDate.of(2060, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> edges = Arbitraries.of(2025, 2026, 2027, 2028, 2031, 2032)
                .flatMap(y -> Arbitraries.of(LocalDate.of(y, 12, 29), LocalDate.of(y, 12, 31), LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 1, 3), LocalDate.of(y, 2, 27), LocalDate.of(y, 2, 28), LocalDate.of(y, 3, 1)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(2, edges));
    }
}

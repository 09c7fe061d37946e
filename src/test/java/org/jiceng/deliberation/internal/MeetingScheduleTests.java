package org.jiceng.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.BadInputException;
import org.jiceng.cases.WorkingCalendar;
import org.junit.jupiter.api.Test;

class MeetingScheduleTests {

    private static final WorkingCalendar SHIPPED = shipped();

    private static WorkingCalendar shipped() {
        try (var csv = new InputStreamReader(MeetingScheduleTests.class.getResourceAsStream("/cases/holidays-cn.csv"),
                StandardCharsets.UTF_8)) {
            return WorkingCalendar.parse(csv);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void everyBuildingLeadersDayIsTheFirstFridayOfItsMonthInOrder(@ForAll("days") LocalDate from,
                                                                  @ForAll @IntRange(min = 1, max = 24) int months) {
        List<LocalDate> dates = MeetingSchedule.monthly(DayOfWeek.FRIDAY, 1, from, months);
        assertThat(dates).hasSize(months);
        assertThat(dates.getFirst()).isAfterOrEqualTo(from);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate day = dates.get(i);
            assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(day.getDayOfMonth()).as("the first Friday falls in the first seven days").isBetween(1, 7);
            if (i > 0) {
                assertThat(day).isAfter(dates.get(i - 1));
                assertThat(YearMonth.from(day)).isEqualTo(YearMonth.from(dates.get(i - 1)).plusMonths(1));
            }
        }
    }

    @Property
    void noFirstFridayIsSkippedBetweenTheStartAndTheFirstDate(@ForAll("days") LocalDate from) {
        LocalDate first = MeetingSchedule.monthly(DayOfWeek.FRIDAY, 1, from, 1).getFirst();
        for (LocalDate day = from; day.isBefore(first); day = day.plusDays(1)) {
            assertThat(day.getDayOfWeek() == DayOfWeek.FRIDAY && day.getDayOfMonth() <= 7).isFalse();
        }
    }

    @Property
    void theNthWeekdayIsThatWeekday(@ForAll("days") LocalDate from, @ForAll DayOfWeek weekday,
                                    @ForAll @IntRange(min = 1, max = 4) int ordinal) {
        for (LocalDate day : MeetingSchedule.monthly(weekday, ordinal, from, 3)) {
            assertThat(day.getDayOfWeek()).isEqualTo(weekday);
            assertThat((day.getDayOfMonth() - 1) / 7 + 1).isEqualTo(ordinal);
        }
    }

    @Test
    void aSeriesStartingOnAFirstFridayKeepsThatDay() {
        assertThat(MeetingSchedule.monthly(DayOfWeek.FRIDAY, 1, LocalDate.of(2026, 5, 1), 3))
                .containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 5), LocalDate.of(2026, 7, 3));
    }

    @Test
    void aSeriesStartingAfterThisMonthsFirstFridayBeginsNextMonthAndCrossesTheYear() {
        assertThat(MeetingSchedule.monthly(DayOfWeek.FRIDAY, 1, LocalDate.of(2026, 11, 7), 3))
                .containsExactly(LocalDate.of(2026, 12, 4), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5));
    }

    @Test
    void impossibleSeriesAreRefusedInChinese() {
        assertThatThrownBy(() -> MeetingSchedule.monthly(DayOfWeek.FRIDAY, 1, LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(BadInputException.class).hasMessageContaining("months 须为 1 到 24");
        assertThatThrownBy(() -> MeetingSchedule.monthly(DayOfWeek.FRIDAY, 5, LocalDate.of(2026, 1, 1), 3))
                .isInstanceOf(BadInputException.class).hasMessageContaining("每月第几个周五");
    }

    @Test
    void aBuildingLeadersDayOnNewYearsDayMovesToTheNextWorkingDay() {
        assertThat(MeetingSchedule.monthly(DayOfWeek.FRIDAY, 1, LocalDate.of(2026, 11, 7), 3, SHIPPED::isWorkingDay))
                .containsExactly(LocalDate.of(2026, 12, 4), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 5));
    }

    @Test
    void theShippedHolidaysMoveTheirFirstFridaysAndAWorkedSundayCounts() {
        assertThat(MeetingSchedule.monthly(DayOfWeek.FRIDAY, 1, LocalDate.of(2026, 1, 1), 12, SHIPPED::isWorkingDay))
                .as("元旦 to the worked Sunday 4 January, 劳动节 to 6 May, 国庆节 to 8 October")
                .contains(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 5, 6), LocalDate.of(2026, 10, 8))
                .contains(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 11, 6));
    }

    @Property
    void everyDateIsTheFirstWorkingDayOnOrAfterItsNthWeekday(@ForAll("days") LocalDate from, @ForAll DayOfWeek weekday,
                                                              @ForAll @IntRange(min = 1, max = 4) int ordinal) {
        List<LocalDate> dates = MeetingSchedule.monthly(weekday, ordinal, from, 3, SHIPPED::isWorkingDay);
        assertThat(dates.getFirst()).isAfterOrEqualTo(from);
        for (LocalDate day : dates) {
            assertThat(SHIPPED.isWorkingDay(day)).as(day + " is a working day").isTrue();
            // the nth weekday it stands for: of its own month, or of the one before when a holiday run crossed over
            LocalDate nominal = MeetingSchedule.dayIn(YearMonth.from(day), weekday, ordinal);
            if (nominal.isAfter(day)) {
                nominal = MeetingSchedule.dayIn(YearMonth.from(day).minusMonths(1), weekday, ordinal);
            }
            if (!nominal.equals(day)) {
                nominal.datesUntil(day).forEach(off -> assertThat(SHIPPED.isWorkingDay(off)).as(off + " is off").isFalse());
            }
        }
    }
}

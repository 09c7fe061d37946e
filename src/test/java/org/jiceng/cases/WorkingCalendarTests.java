package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    static final WorkingCalendar CALENDAR = shipped();

    static WorkingCalendar shipped() {
        try (var csv = new InputStreamReader(WorkingCalendar.class.getResourceAsStream("/cases/holidays-cn.csv"),
                StandardCharsets.UTF_8)) {
            return WorkingCalendar.parse(csv);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Beijing.ZONE).toInstant();
    }

    static Instant midnight(String date) {
        return LocalDate.parse(date).atStartOfDay(Beijing.ZONE).toInstant();
    }

    @Test
    void theShippedCalendarHoldsTwoYears() {
        assertThat(CALENDAR.years()).containsExactly(2025, 2026);
    }

    @Test
    void theDayOfReceiptIsNotCounted() {
        // Monday 2026-03-09: one working day ends at 24:00 on Tuesday
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-03-09T08:00"), 1))
                .isEqualTo(new WorkingCalendar.Due(midnight("2026-03-11"), false));
    }

    @Test
    void aSpringFestivalWeekendWorkdayCountsAndTheHolidayDoesNot() {
        // received Friday 2026-02-13; Saturday 02-14 is 调休上班, 02-15…02-23 are off
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-02-13T10:00"), 1).at()).isEqualTo(midnight("2026-02-15"));
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-02-13T10:00"), 2).at()).isEqualTo(midnight("2026-02-25"));
    }

    @Test
    void nationalDayIsSkippedAndItsSaturdayWorkdayCounts() {
        // received 2026-09-30; 10-01…10-07 off; Saturday 10-10 is worked
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-09-30T15:00"), 1).at()).isEqualTo(midnight("2026-10-09"));
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-09-30T15:00"), 3).at()).isEqualTo(midnight("2026-10-11"));
    }

    @Test
    void theDateIsBeijingsEvenWhenUtcIsStillTheDayBefore() {
        // 2026-03-09 23:30 UTC is already Tuesday 07:30 in Beijing
        Instant utcMonday = ZonedDateTime.parse("2026-03-09T23:30:00Z").toInstant();
        assertThat(CALENDAR.afterWorkingDays(utcMonday, 1).at()).isEqualTo(midnight("2026-03-12"));
    }

    @Test
    void aMissingYearIsComputedOnWeekendsAndFixedHolidaysAndMarkedProvisional() {
        // 2027 is not in the calendar: 1 Jan is a fixed holiday, 2–3 Jan a weekend
        var due = CALENDAR.afterWorkingDays(beijing("2026-12-31T10:00"), 1);
        assertThat(due).isEqualTo(new WorkingCalendar.Due(midnight("2027-01-05"), true));
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 10, 2))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 10, 8))).isTrue();
    }

    @Test
    void loadingTheMissingYearMakesItsDeadlinesFinal() throws Exception {
        WorkingCalendar with2027 = CALENDAR.with(WorkingCalendar.parse(new StringReader("""
                date,kind,name
                2027-01-01,HOLIDAY,元旦
                2027-01-04,HOLIDAY,元旦
                """)));
        assertThat(with2027.afterWorkingDays(beijing("2026-12-31T10:00"), 1))
                .isEqualTo(new WorkingCalendar.Due(midnight("2027-01-06"), false));
        assertThat(with2027.years()).containsExactly(2025, 2026, 2027);
    }

    @Test
    void badCalendarLinesAreNamed() {
        assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader("2027-02-30,HOLIDAY,x")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("第 1 行");
        assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader("# c\n2027-01-01,OFF,x")))
                .hasMessageContaining("第 2 行").hasMessageContaining("HOLIDAY 或 WORKDAY");
        assertThatThrownBy(() -> CALENDAR.afterWorkingDays(Instant.now(), 0)).isInstanceOf(BadInputException.class);
    }

    @Property(tries = 1000)
    void theDeadlineEndsAWorkingDayAfterExactlyNWorkingDays(@ForAll("receipts") Instant from,
                                                            @ForAll @IntRange(min = 1, max = 60) int n) {
        WorkingCalendar.Due due = CALENDAR.afterWorkingDays(from, n);
        ZonedDateTime end = due.at().atZone(Beijing.ZONE);
        assertThat(end.toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        LocalDate lastDay = end.toLocalDate().minusDays(1);
        assertThat(CALENDAR.isWorkingDay(lastDay)).as("never ends on a day off").isTrue();
        long working = from.atZone(Beijing.ZONE).toLocalDate().plusDays(1).datesUntil(end.toLocalDate())
                .filter(CALENDAR::isWorkingDay).count();
        assertThat(working).isEqualTo(n);
        boolean anyMissingYear = from.atZone(Beijing.ZONE).toLocalDate().plusDays(1).datesUntil(end.toLocalDate())
                .anyMatch(d -> !CALENDAR.covers(d.getYear()));
        assertThat(due.provisional()).isEqualTo(anyMissingYear);
    }

    @Property(tries = 500)
    void moreWorkingDaysNeverEndEarlier(@ForAll("receipts") Instant from, @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(CALENDAR.afterWorkingDays(from, n + 1).at()).isAfter(CALENDAR.afterWorkingDays(from, n).at());
    }

    @Property(tries = 500)
    void aLaterReceiptNeverEndsEarlier(@ForAll("receipts") Instant from, @ForAll @IntRange(min = 0, max = 100_000) int minutes,
                                       @ForAll @IntRange(min = 1, max = 30) int n) {
        Instant later = from.plusSeconds(60L * minutes);
        assertThat(CALENDAR.afterWorkingDays(later, n).at()).isAfterOrEqualTo(CALENDAR.afterWorkingDays(from, n).at());
    }

    @Provide
    Arbitrary<Instant> receipts() {
        Instant start = beijing("2025-01-01T00:00");
        Instant end = beijing("2027-06-30T00:00");
        return Arbitraries.longs().between(start.getEpochSecond(), end.getEpochSecond()).map(Instant::ofEpochSecond);
    }
}

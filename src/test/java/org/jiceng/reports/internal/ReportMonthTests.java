package org.jiceng.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.cases.WorkingCalendar;
import org.junit.jupiter.api.Test;

class ReportMonthTests {

    @Test
    void januaryIsComparedWithThePreviousDecemberAndTheJanuaryBefore() {
        YearMonth january = YearMonth.of(2027, 1);
        assertThat(ReportMonth.start(january.minusMonths(1))).isEqualTo(ReportMonth.start(YearMonth.of(2026, 12)));
        assertThat(ReportMonth.end(january.minusMonths(1))).isEqualTo(ReportMonth.start(january));
        assertThat(ReportMonth.lastMonths(january, 3)).containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12), january);
        assertThat(ReportMonth.start(january.minusYears(1))).isEqualTo(ReportMonth.start(YearMonth.of(2026, 1)));
    }

    @Test
    void aMonthStartsAtMidnightBeijingTime() {
        assertThat(ReportMonth.start(YearMonth.of(2026, 11)).toString()).isEqualTo("2026-10-31T16:00:00Z");
        assertThat(ReportMonth.end(YearMonth.of(2026, 12)).toString()).isEqualTo("2026-12-31T16:00:00Z");
    }

    @Test
    void nothingLastMonthGivesNoChangeRatherThanAnInfiniteOne() {
        assertThat(ReportMonth.change(5, 0)).isNull();
        assertThat(ReportMonth.change(0, 0)).isNull();
        assertThat(ReportMonth.change(0, 4)).isEqualByComparingTo("-100.0");
        assertThat(ReportMonth.change(3, 2)).isEqualByComparingTo("50.0");
        assertThat(ReportMonth.change(1, 3)).isEqualByComparingTo("-66.7");
        assertThat(ReportMonth.change(2, 3)).isEqualByComparingTo("-33.3");
        assertThat(ReportMonth.shown(ReportMonth.change(3, 2))).isEqualTo("+50.0%");
        assertThat(ReportMonth.shown(null)).isEqualTo("—");
    }

    @Test
    void aRateIsRoundedHalfUpOnceToOneDecimal() {
        assertThat(ReportMonth.percent(BigDecimal.valueOf(2), 3)).isEqualByComparingTo("66.7");
        assertThat(ReportMonth.percent(new BigDecimal("0.5"), 1000)).isEqualByComparingTo("0.1");
        assertThat(ReportMonth.percent(BigDecimal.ONE, 0)).isNull();
    }

    @Test
    void aMonthIsOverOnTheFirstDayOfTheNext() {
        assertThat(ReportMonth.over(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(ReportMonth.over(YearMonth.of(2026, 11), LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(ReportMonth.over(YearMonth.of(2026, 12), LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void noMonthAskedMeansLastMonthAndAMonthToComeIsRefused() {
        LocalDate today = LocalDate.of(2027, 1, 3);
        assertThat(ReportMonth.parse(null, today)).isEqualTo(YearMonth.of(2026, 12));
        assertThat(ReportMonth.parse("2027-01", today)).isEqualTo(YearMonth.of(2027, 1));
        assertThatThrownBy(() -> ReportMonth.parse("2027-02", today)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("尚未到来");
        assertThatThrownBy(() -> ReportMonth.parse("2026-13", today)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("年-月");
    }

    @Test
    void theFirstWorkingDaySkipsTheNewYearAndTheSpringFestival() {
        WorkingCalendar calendar = WorkingCalendar.of(Map.of(LocalDate.of(2027, 2, 1), WorkingCalendar.Kind.HOLIDAY,
                LocalDate.of(2027, 2, 2), WorkingCalendar.Kind.HOLIDAY));
        assertThat(ReportMonth.firstWorkingDay(YearMonth.of(2027, 2), calendar)).isEqualTo(LocalDate.of(2027, 2, 3));
        // 2028-01-01 is a Saturday and the fixed New Year holiday: the Monday after
        assertThat(ReportMonth.firstWorkingDay(YearMonth.of(2028, 1), WorkingCalendar.of(Map.of())))
                .isEqualTo(LocalDate.of(2028, 1, 3));
    }

    @Property(tries = 300)
    void theMonthBeforeEndsWhereTheMonthStarts(@ForAll @IntRange(min = 2001, max = 2100) int year,
                                               @ForAll @IntRange(min = 1, max = 12) int month) {
        YearMonth m = YearMonth.of(year, month);
        assertThat(ReportMonth.end(m.minusMonths(1))).isEqualTo(ReportMonth.start(m));
        ZonedDateTime start = ReportMonth.start(m).atZone(Beijing.ZONE);
        assertThat(start.getDayOfMonth()).isEqualTo(1);
        assertThat(start.getHour()).isZero();
        assertThat(Duration.between(ReportMonth.start(m), ReportMonth.end(m)).toDays()).isEqualTo(m.lengthOfMonth());
        assertThat(ReportMonth.lastMonths(m, 3).getFirst().plusMonths(2)).isEqualTo(m);
    }

    @Property(tries = 300)
    void aChangeAppliedToTheEarlierCountGivesTheLaterWithinRounding(@ForAll @LongRange(min = 0, max = 1_000_000) long now,
                                                                   @ForAll @LongRange(min = 1, max = 1_000_000) long before) {
        BigDecimal change = ReportMonth.change(now, before);
        BigDecimal back = BigDecimal.valueOf(before).multiply(BigDecimal.valueOf(100).add(change)).divide(BigDecimal.valueOf(100));
        // one decimal of percent is at most 0.05% of the earlier count away
        assertThat(back.subtract(BigDecimal.valueOf(now)).abs())
                .isLessThanOrEqualTo(BigDecimal.valueOf(before).multiply(new BigDecimal("0.0005")));
        // a change too small to show rounds to 0.0; any other points the way the counts went
        assertThat(change.signum()).isIn(0, Long.signum(now - before));
    }
}

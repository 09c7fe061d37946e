package org.jiceng.visits.internal.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.visits.VisitPosition;
import org.junit.jupiter.api.Test;

class VisitRulesTests {

    static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    static final String GRID = "530326001001001";

    @Test
    void aVisitNowOrAFewMinutesAheadByAFastPhoneClockIsTaken() {
        assertThat(VisitRules.timeRefusal(NOW, NOW)).isEmpty();
        assertThat(VisitRules.timeRefusal(NOW.plus(Duration.ofMinutes(5)), NOW)).isEmpty();
    }

    @Test
    void aVisitMoreThanFiveMinutesInTheFutureIsRefused() {
        assertThat(VisitRules.timeRefusal(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), NOW))
                .hasValueSatisfying(reason -> assertThat(reason).contains("不能晚于当前时间"));
    }

    @Test
    void aVisitQueuedOfflineUpToThirtyDaysAgoIsTakenAndOneOlderIsNot() {
        assertThat(VisitRules.timeRefusal(NOW.minus(Duration.ofDays(30)), NOW)).isEmpty();
        assertThat(VisitRules.timeRefusal(NOW.minus(Duration.ofDays(30)).minusSeconds(1), NOW))
                .hasValueSatisfying(reason -> assertThat(reason).contains("30 天以内"));
    }

    @Property
    void everyTimeInsideTheWindowIsTakenAndEveryTimeOutsideIsRefused(
            @ForAll @LongRange(min = -40L * 24 * 3600, max = 3600) long offsetSeconds) {
        Instant at = NOW.plusSeconds(offsetSeconds);
        boolean inside = offsetSeconds <= 300 && offsetSeconds >= -30L * 24 * 3600;
        assertThat(VisitRules.timeRefusal(at, NOW).isEmpty()).isEqualTo(inside);
    }

    @Test
    void aPointInTheHouseholdsGridIsTheSameGrid() {
        assertThat(VisitRules.position(true, Optional.of(GRID), GRID)).isEqualTo(VisitPosition.SAME_GRID);
    }

    @Test
    void aPointInAnotherGridOrInNoGridIsFlaggedAsAnotherGrid() {
        assertThat(VisitRules.position(true, Optional.of("530326001001002"), GRID)).isEqualTo(VisitPosition.OTHER_GRID);
        assertThat(VisitRules.position(true, Optional.empty(), GRID)).isEqualTo(VisitPosition.OTHER_GRID);
    }

    @Test
    void aVisitWithoutAPositionSaysSo() {
        assertThat(VisitRules.position(false, Optional.empty(), GRID)).isEqualTo(VisitPosition.NO_POSITION);
    }

    @Test
    void aPositionNeedsBothCoordinatesInRange() {
        assertThat(VisitRules.positionRefusal(null, null)).isEmpty();
        assertThat(VisitRules.positionRefusal(26.42, 103.27)).isEmpty();
        assertThat(VisitRules.positionRefusal(26.42, null)).isPresent();
        assertThat(VisitRules.positionRefusal(null, 103.27)).isPresent();
        assertThat(VisitRules.positionRefusal(90.5, 103.27)).isPresent();
        assertThat(VisitRules.positionRefusal(26.42, -180.01)).isPresent();
        assertThat(VisitRules.positionRefusal(Double.NaN, 103.27)).isPresent();
    }

    @Property
    void onlyAMondayNamesAWeek(@ForAll @LongRange(min = 0, max = 3650) long days) {
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(days);
        assertThat(VisitRules.isMonday(day)).isEqualTo(day.getDayOfWeek() == java.time.DayOfWeek.MONDAY);
    }
}

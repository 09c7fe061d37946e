package org.jiceng.visits.internal.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jiceng.visits.VisitPosition;

/**
 * The rules of a visit's time and place, without Spring. A phone that queued a visit offline sends it later, so
 * the time may lie in the past, up to {@link #LOOK_BACK}; a clock running a little fast on a phone is allowed
 * {@link #SKEW} into the future, never more.
 */
public final class VisitRules {

    static final Duration SKEW = Duration.ofMinutes(5);
    static final Duration LOOK_BACK = Duration.ofDays(30);

    private VisitRules() {
    }

    /** Why the visit's time is refused, or empty when it lies in the window around {@code now}. */
    public static Optional<String> timeRefusal(Instant visitedAt, Instant now) {
        if (visitedAt.isAfter(now.plus(SKEW))) {
            return Optional.of("走访时间不能晚于当前时间，请检查手机时间是否准确");
        }
        if (visitedAt.isBefore(now.minus(LOOK_BACK))) {
            return Optional.of("只能补录 30 天以内的走访记录");
        }
        return Optional.empty();
    }

    /** Why a position is refused, or empty: both coordinates or neither, each in range. */
    public static Optional<String> positionRefusal(Double lat, Double lon) {
        if (lat == null && lon == null) {
            return Optional.empty();
        }
        if (lat == null || lon == null) {
            return Optional.of("位置须同时有纬度（lat）和经度（lon），或都不填");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            return Optional.of("位置坐标超出范围：纬度须在 -90 到 90 之间，经度须在 -180 到 180 之间");
        }
        return Optional.empty();
    }

    /**
     * How the phone's position compares with the household's grid: {@code foundGrid} is the grid the point lies in
     * (empty when it lies in none); {@code hasPosition} whether the phone sent one at all.
     */
    public static VisitPosition position(boolean hasPosition, Optional<String> foundGrid, String householdGrid) {
        if (!hasPosition) {
            return VisitPosition.NO_POSITION;
        }
        return foundGrid.filter(householdGrid::equals).isPresent() ? VisitPosition.SAME_GRID : VisitPosition.OTHER_GRID;
    }

    /** The Monday of the week of {@code day}: what a 走院子 round is filed under. */
    public static boolean isMonday(java.time.LocalDate day) {
        return day.getDayOfWeek() == java.time.DayOfWeek.MONDAY;
    }
}

package org.jiceng.volunteer.internal.points;

/**
 * The arithmetic a points rule decides, in whole points (long) with no floating point: time earns
 * {@code perHour × minutes / 60}, rounded down to a whole point (向下取整), so 59 minutes at 10 an hour earn 9; a
 * deed earns its points, cut to what is left of its daily cap.
 */
public final class PointsArithmetic {

    private PointsArithmetic() {
    }

    /** Points for {@code minutes} of confirmed time at {@code perHour}, rounded down. */
    public static long forMinutes(long minutes, int perHour) {
        if (minutes < 0 || perHour < 0) {
            throw new IllegalArgumentException("minutes and perHour must not be negative");
        }
        return Math.multiplyExact(minutes, perHour) / 60;
    }

    /** What a deed earns today: its points, or what its daily cap leaves after {@code earnedToday}. */
    public static long forDeed(int points, int dailyCap, long earnedToday) {
        return Math.max(0, Math.min(points, dailyCap - earnedToday));
    }
}

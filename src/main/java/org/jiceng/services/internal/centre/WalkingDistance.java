package org.jiceng.services.internal.centre;

/**
 * The 15-minute walk (15分钟便民服务圈) as a rule: 15 minutes' walk is taken as {@link #FIFTEEN_MINUTES_METRES} in a
 * straight line, and a place is within it when the distance, in whole metres, is at most that. Distances are
 * great-circle (haversine) on the WGS84 mean radius, exact enough at a county's size.
 */
public final class WalkingDistance {

    public static final int FIFTEEN_MINUTES_METRES = 1000;
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private WalkingDistance() {
    }

    /** The straight-line distance between two points in whole metres (rounded to the nearest). */
    public static long metres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    /** Whether a place this many metres away lies within 15 minutes' walk. */
    public static boolean withinFifteenMinutes(long metres) {
        return metres >= 0 && metres <= FIFTEEN_MINUTES_METRES;
    }

    /** Whole minutes of walking at the rate the rule assumes (1,000 m in 15 minutes), rounded up. */
    public static long minutes(long metres) {
        return (metres * 15 + FIFTEEN_MINUTES_METRES - 1) / FIFTEEN_MINUTES_METRES;
    }

    /** How many degrees of latitude a distance spans: a box to narrow a search before measuring. */
    static double latitudeDegrees(double metres) {
        return Math.toDegrees(metres / EARTH_RADIUS_METRES);
    }

    /** How many degrees of longitude a distance spans at this latitude. */
    static double longitudeDegrees(double metres, double lat) {
        return latitudeDegrees(metres) / Math.max(0.01, Math.cos(Math.toRadians(lat)));
    }
}

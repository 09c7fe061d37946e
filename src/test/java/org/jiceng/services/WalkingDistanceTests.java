package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.services.internal.centre.WalkingDistance;
import org.junit.jupiter.api.Test;

/** 15 minutes' walk is 1,000 m in a straight line: 1,000 m is inside, 1,001 m outside. */
class WalkingDistanceTests {

    @Test
    void nineHundredNinetyNineAndOneThousandMetresAreWithinFifteenMinutesButOneThousandAndOneIsNot() {
        assertThat(WalkingDistance.withinFifteenMinutes(999)).isTrue();
        assertThat(WalkingDistance.withinFifteenMinutes(1000)).isTrue();
        assertThat(WalkingDistance.withinFifteenMinutes(1001)).isFalse();
        assertThat(WalkingDistance.withinFifteenMinutes(0)).isTrue();
    }

    @Test
    void aPlaceOneThousandMetresNorthOfAHouseholdInHuizeIsOneThousandMetresAway() {
        double lat = 26.417;
        double lon = 103.297;
        assertThat(WalkingDistance.metres(lat, lon, north(lat, 999), lon)).isEqualTo(999);
        assertThat(WalkingDistance.metres(lat, lon, north(lat, 1000), lon)).isEqualTo(1000);
        assertThat(WalkingDistance.metres(lat, lon, north(lat, 1001), lon)).isEqualTo(1001);
        assertThat(WalkingDistance.metres(lat, lon, lat, lon)).isZero();
    }

    @Test
    void walkingMinutesAreRoundedUpAtFifteenMinutesPerKilometre() {
        assertThat(WalkingDistance.minutes(1000)).isEqualTo(15);
        assertThat(WalkingDistance.minutes(999)).isEqualTo(15);
        assertThat(WalkingDistance.minutes(67)).isEqualTo(2);
        assertThat(WalkingDistance.minutes(0)).isZero();
    }

    @Property(tries = 300)
    void aPointMovedAGivenDistanceAlongAnyBearingIsThatFarAwayToTheMetre(
            @ForAll @DoubleRange(min = 18, max = 53) double lat, @ForAll @DoubleRange(min = 74, max = 134) double lon,
            @ForAll @IntRange(min = 0, max = 3000) int metres, @ForAll @DoubleRange(min = 0, max = 360) double bearing) {
        double[] to = destination(lat, lon, metres, bearing);
        long measured = WalkingDistance.metres(lat, lon, to[0], to[1]);
        assertThat(measured).isBetween(metres - 1L, metres + 1L);
        assertThat(WalkingDistance.metres(to[0], to[1], lat, lon)).isEqualTo(measured);
        if (measured <= 1000) {
            assertThat(WalkingDistance.withinFifteenMinutes(measured)).isTrue();
        } else {
            assertThat(WalkingDistance.withinFifteenMinutes(measured)).isFalse();
        }
    }

    private static double north(double lat, double metres) {
        return destination(lat, 0, metres, 0)[0];
    }

    /** The point {@code metres} away along {@code bearing} degrees on the same sphere as the rule. */
    static double[] destination(double lat, double lon, double metres, double bearing) {
        double r = 6_371_008.8;
        double d = metres / r;
        double p1 = Math.toRadians(lat);
        double b = Math.toRadians(bearing);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        double l2 = Math.toRadians(lon) + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1),
                Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return new double[] {Math.toDegrees(p2), Math.toDegrees(l2)};
    }
}

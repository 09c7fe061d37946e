package org.jiceng.territory.internal.demo;

import org.jiceng.territory.internal.MicroDegrees;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A made-up but plausible county outline around 会泽县's location (103.0–103.9°E, 25.8–26.9°N), about
 * 4,300 km²: an ellipse whose radius wobbles with random harmonics and a little per-vertex noise. Because
 * the radius stays positive and the angle only increases, the ring never crosses itself.
 */
final class CountyOutline {

    static final double CENTRE_LON = 103.45;
    static final double CENTRE_LAT = 26.35;
    private static final int VERTICES = 160;
    /** Harmonics 2..11 of the angle; amplitudes fall off gently so that the outline has real bays and capes. */
    private static final int HARMONICS = 10;
    /** Sum of the harmonic amplitudes, relative to the mean radius. */
    private static final double MAX_WOBBLE = 0.35;
    private static final double NOISE = 0.012;
    /** Semi-axes in degrees, chosen so the largest possible radius just reaches 103.02–103.88°E, 25.82–26.88°N. */
    private static final double RADIUS_LON = 0.43 / (1 + MAX_WOBBLE + NOISE);
    private static final double RADIUS_LAT = 0.53 / (1 + MAX_WOBBLE + NOISE);

    private CountyOutline() {
    }

    static Polygon generate(SplittableRandom random) {
        double[] amplitude = new double[HARMONICS];
        double[] phase = new double[HARMONICS];
        double total = 0;
        for (int k = 0; k < HARMONICS; k++) {
            amplitude[k] = (0.3 + random.nextDouble()) / Math.sqrt(k + 1);
            phase[k] = random.nextDouble() * 2 * Math.PI;
            total += amplitude[k];
        }
        Coordinate[] ring = new Coordinate[VERTICES + 1];
        for (int v = 0; v < VERTICES; v++) {
            double angle = 2 * Math.PI * v / VERTICES;
            double wobble = 0;
            for (int k = 0; k < HARMONICS; k++) {
                wobble += amplitude[k] / total * MAX_WOBBLE * Math.cos((k + 2) * angle + phase[k]);
            }
            double radius = 1 + wobble + (random.nextDouble() - 0.5) * NOISE;
            double lon = CENTRE_LON + RADIUS_LON * radius * Math.cos(angle);
            double lat = CENTRE_LAT + RADIUS_LAT * radius * Math.sin(angle);
            ring[v] = new Coordinate(MicroDegrees.PRECISION.makePrecise(lon), MicroDegrees.PRECISION.makePrecise(lat));
        }
        ring[VERTICES] = ring[0].copy();
        return MicroDegrees.FACTORY.createPolygon(ring);
    }
}

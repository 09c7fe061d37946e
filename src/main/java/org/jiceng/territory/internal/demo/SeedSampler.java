package org.jiceng.territory.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Places seed points inside a region so that their Voronoi cells look like real administrative areas: evenly
 * spread but not a lattice. Mitchell's best-candidate sampling spreads them; one Lloyd step (moving each seed
 * to the centre of its cell) evens out the cell sizes.
 */
final class SeedSampler {

    private static final int CANDIDATES_PER_SEED = 12;
    private static final int MAX_TRIES_PER_POINT = 1_000;

    private SeedSampler() {
    }

    /** {@code count} well-spread seeds inside the region, after adding them to {@code fixed} ones (kept as is). */
    static List<Coordinate> spread(Polygon region, List<Coordinate> fixed, int count, SplittableRandom random) {
        PointOnGeometryLocator inside = new IndexedPointInAreaLocator(region);
        Envelope box = region.getEnvelopeInternal();
        List<Coordinate> all = new ArrayList<>(fixed);
        List<Coordinate> placed = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Coordinate best = null;
            double bestDistance = -1;
            for (int c = 0; c < CANDIDATES_PER_SEED; c++) {
                Coordinate candidate = randomInteriorPoint(region, box, inside, random);
                double distance = nearestDistanceSquared(candidate, all);
                if (distance > bestDistance) {
                    bestDistance = distance;
                    best = candidate;
                }
            }
            all.add(best);
            placed.add(best);
        }
        return placed;
    }

    /** One Lloyd step: each movable seed goes to the centroid of its cell (or an interior point if that is outside). */
    static List<Coordinate> relax(Polygon region, List<Coordinate> fixed, List<Coordinate> movable) {
        if (movable.isEmpty()) {
            return movable;
        }
        List<Coordinate> all = new ArrayList<>(fixed);
        all.addAll(movable);
        List<Geometry> cells = VoronoiSplitter.roughCells(region, all);
        PointOnGeometryLocator inside = new IndexedPointInAreaLocator(region);
        List<Coordinate> moved = new ArrayList<>(movable.size());
        for (int i = 0; i < movable.size(); i++) {
            Geometry cell = cells.get(fixed.size() + i);
            Point centre = cell.getCentroid();
            if (centre.isEmpty() || inside.locate(centre.getCoordinate()) != Location.INTERIOR) {
                centre = cell.getInteriorPoint();
            }
            Coordinate c = centre.getCoordinate();
            // Two seeds on one spot would merge their cells; keep the old seed in that unlikely case.
            moved.add(all.contains(c) || moved.contains(c) ? movable.get(i) : new Coordinate(c.x, c.y));
        }
        return moved;
    }

    private static Coordinate randomInteriorPoint(Polygon region, Envelope box, PointOnGeometryLocator inside,
            SplittableRandom random) {
        for (int t = 0; t < MAX_TRIES_PER_POINT; t++) {
            Coordinate p = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            if (inside.locate(p) == Location.INTERIOR) {
                return p;
            }
        }
        // A sliver region: settle for its interior point, nudged so repeated calls stay distinct.
        Coordinate p = region.getInteriorPoint().getCoordinate();
        return new Coordinate(p.x + random.nextDouble() * 1e-9, p.y);
    }

    private static double nearestDistanceSquared(Coordinate p, List<Coordinate> others) {
        double nearest = Double.MAX_VALUE;
        for (Coordinate o : others) {
            double dx = p.x - o.x;
            double dy = p.y - o.y;
            nearest = Math.min(nearest, dx * dx + dy * dy);
        }
        return nearest;
    }
}

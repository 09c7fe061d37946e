package org.jiceng.territory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point → grid lookup: a JTS STR-tree over the grid envelopes, and a JTS point-in-area locator per polygon.
 * A point on a boundary belongs to the grid; where grids overlap the smallest code wins, so the answer never
 * depends on tree order.
 *
 * <p>The STR-tree decides the packing; its nodes are then copied into flat arrays (children of a node
 * contiguous, bounds interleaved) and walked by index. That is about twice as fast as walking the tree's
 * objects, and avoids {@code STRtree.query}, which enters a synchronized {@code build()} on every call and
 * would serialise concurrent readers.
 *
 * <p>Immutable and safe for any number of concurrent readers: everything is built in the factory and
 * published through final fields; a lookup allocates only its query coordinate and result.
 */
public final class GridIndex {

    /** Above this many vertices an interval-indexed locator beats scanning the ring. */
    private static final int INDEXED_LOCATOR_MIN_VERTICES = 48;
    private static final int NONE = Integer.MAX_VALUE;

    /** Per slot: minX, minY, maxX, maxY. Slots are tree nodes and grids, children of a node side by side. */
    private final double[] bounds;
    /** Per slot: for a node its first child's slot, for a grid its rank (position in code order). */
    private final int[] firstChildOrRank;
    /** Per slot: for a node its number of children, for a grid -1. */
    private final int[] childCount;
    private final int rootChildren;
    private final String[] codes;
    private final PointOnGeometryLocator[] locators;
    private final Envelope extent;

    private GridIndex(List<GridShape> sorted, AbstractNode root) {
        codes = new String[sorted.size()];
        locators = new PointOnGeometryLocator[sorted.size()];
        extent = new Envelope();
        for (int rank = 0; rank < codes.length; rank++) {
            codes[rank] = sorted.get(rank).code();
            locators[rank] = locatorFor(sorted.get(rank).polygon());
            extent.expandToInclude(sorted.get(rank).polygon().getEnvelopeInternal());
        }
        // Breadth-first, so that each node's children take consecutive slots.
        List<Boundable> slots = new ArrayList<>(root == null ? List.of() : castChildren(root));
        rootChildren = slots.size();
        List<int[]> links = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s) instanceof AbstractNode node) {
                links.add(new int[] {slots.size(), node.getChildBoundables().size()});
                slots.addAll(castChildren(node));
            } else {
                links.add(new int[] {(Integer) ((ItemBoundable) slots.get(s)).getItem(), -1});
            }
        }
        bounds = new double[slots.size() * 4];
        firstChildOrRank = new int[slots.size()];
        childCount = new int[slots.size()];
        for (int s = 0; s < slots.size(); s++) {
            Envelope e = (Envelope) slots.get(s).getBounds();
            bounds[4 * s] = e.getMinX();
            bounds[4 * s + 1] = e.getMinY();
            bounds[4 * s + 2] = e.getMaxX();
            bounds[4 * s + 3] = e.getMaxY();
            firstChildOrRank[s] = links.get(s)[0];
            childCount[s] = links.get(s)[1];
        }
    }

    public static GridIndex of(List<GridShape> grids) {
        List<GridShape> sorted = new ArrayList<>(grids);
        sorted.sort(Comparator.comparing(GridShape::code));
        STRtree tree = new STRtree();
        for (int rank = 0; rank < sorted.size(); rank++) {
            if (rank > 0 && sorted.get(rank).code().equals(sorted.get(rank - 1).code())) {
                throw new IllegalArgumentException("duplicate grid code " + sorted.get(rank).code());
            }
            tree.insert(sorted.get(rank).polygon().getEnvelopeInternal(), rank);
        }
        tree.build();
        return new GridIndex(sorted, sorted.isEmpty() ? null : tree.getRoot());
    }

    /** The code of the grid covering the point (boundary included), if any. */
    public Optional<String> locate(double lat, double lon) {
        if (codes.length == 0 || !extent.intersects(lon, lat)) {
            return Optional.empty();
        }
        int rank = search(0, rootChildren, lon, lat, new Coordinate(lon, lat), NONE);
        return rank == NONE ? Optional.empty() : Optional.of(codes[rank]);
    }

    public int size() {
        return codes.length;
    }

    /** Smallest rank among the slots in [from, to) and below whose polygon covers the point, or {@code best}. */
    private int search(int from, int to, double x, double y, Coordinate point, int best) {
        for (int s = from; s < to; s++) {
            int b = 4 * s;
            // Non-short-circuit '&': one well-predicted branch instead of four poorly predicted ones.
            if (!((x >= bounds[b]) & (y >= bounds[b + 1]) & (x <= bounds[b + 2]) & (y <= bounds[b + 3]))) {
                continue;
            }
            int count = childCount[s];
            if (count >= 0) {
                best = search(firstChildOrRank[s], firstChildOrRank[s] + count, x, y, point, best);
            } else {
                int rank = firstChildOrRank[s];
                if (rank < best && locators[rank].locate(point) != Location.EXTERIOR) {
                    best = rank;
                }
            }
        }
        return best;
    }

    private static PointOnGeometryLocator locatorFor(Polygon polygon) {
        polygon.getEnvelopeInternal(); // cached lazily by JTS; compute it before readers share the polygon
        if (polygon.getNumPoints() < INDEXED_LOCATOR_MIN_VERTICES) {
            return new RingLocator(polygon);
        }
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
        locator.locate(polygon.getCoordinate()); // builds its lazy index now rather than on a reader's first call
        return locator;
    }

    /**
     * For small polygons (generated grids have about six vertices): JTS's robust ray-crossing test straight on
     * the ring arrays, which skips {@code SimplePointInAreaLocator}'s layers of checks and copies.
     */
    private record RingLocator(Coordinate[] shell, Coordinate[][] holes) implements PointOnGeometryLocator {

        RingLocator(Polygon polygon) {
            this(CoordinateArrays.copyDeep(polygon.getExteriorRing().getCoordinates()), holesOf(polygon));
        }

        @Override
        public int locate(Coordinate p) {
            int location = RayCrossingCounter.locatePointInRing(p, shell);
            if (location != Location.INTERIOR) {
                return location;
            }
            for (Coordinate[] hole : holes) {
                int inHole = RayCrossingCounter.locatePointInRing(p, hole);
                if (inHole != Location.EXTERIOR) {
                    return inHole == Location.INTERIOR ? Location.EXTERIOR : Location.BOUNDARY;
                }
            }
            return Location.INTERIOR;
        }

        private static Coordinate[][] holesOf(Polygon polygon) {
            Coordinate[][] holes = new Coordinate[polygon.getNumInteriorRing()][];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = CoordinateArrays.copyDeep(polygon.getInteriorRingN(h).getCoordinates());
            }
            return holes;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Boundable> castChildren(AbstractNode node) {
        return (List<Boundable>) node.getChildBoundables();
    }
}

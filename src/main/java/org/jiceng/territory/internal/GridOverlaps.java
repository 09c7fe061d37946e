package org.jiceng.territory.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Whether imported grids lie on another village's land. The territory module keeps no village or town
 * boundaries, only grids, and the grids of a county tile it: a village's land is the union of its grids.
 * So an imported grid may cover its own village's grids (it redraws them) but not, beyond a sliver, a
 * grid of any other village or town, stored or in the same import. Otherwise a town could draw a polygon
 * over its neighbour's land and the cases filed there would be located into its grid.
 */
final class GridOverlaps {

    /**
     * An overlap thinner than this many degrees (about a metre) is a sliver where two villages' drawn
     * borders meet after rounding to micro-degrees, not land taken: the demo county's slivers are at most
     * 1.4e-6° wide (15 cm), while a polygon over a neighbour's houses is tens of metres wide.
     */
    static final double SLIVER_WIDTH = 1e-5;

    private GridOverlaps() {
    }

    /** A grid of another village an imported grid overlaps. */
    record Conflict(GridShape imported, String otherCode, String otherName) {
    }

    /** The first conflict between the imported grids and the stored ones (those not being replaced) or each other. */
    static Optional<Conflict> first(List<GridShape> imported, List<GridShape> stored) {
        Set<String> replaced = imported.stream().map(GridShape::code).collect(Collectors.toSet());
        STRtree tree = new STRtree();
        for (GridShape grid : stored) {
            if (!replaced.contains(grid.code())) {
                tree.insert(grid.polygon().getEnvelopeInternal(), grid);
            }
        }
        for (GridShape grid : imported) {
            tree.insert(grid.polygon().getEnvelopeInternal(), grid);
        }
        for (GridShape grid : imported) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(grid.polygon());
            for (Object candidate : tree.query(grid.polygon().getEnvelopeInternal())) {
                GridShape other = (GridShape) candidate;
                if (!other.villageCode().equals(grid.villageCode()) && prepared.intersects(other.polygon())
                        && overlapWidth(grid.polygon(), other.polygon()) > SLIVER_WIDTH) {
                    return Optional.of(new Conflict(grid, other.code(), other.name()));
                }
            }
        }
        return Optional.empty();
    }

    /** The mean width of the common area: twice its area over its perimeter (0 where they only touch). */
    static double overlapWidth(Polygon a, Polygon b) {
        Geometry common = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
        double area = common.getArea();
        return area == 0 ? 0 : 2 * area / common.getLength();
    }
}

package org.jiceng.territory.internal.demo;

import org.jiceng.territory.internal.MicroDegrees;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Splits a polygon into one piece per seed point: the seed's Voronoi cell clipped to the polygon. Clipping is
 * snap-rounded to {@link MicroDegrees}, so neighbouring pieces share their edges vertex for vertex and every
 * piece is valid. Where the polygon is not convex a cell can fall apart into several parts; the part holding
 * the seed stays, and each stray part joins the neighbour it shares the longest edge with, so the pieces
 * still tile the polygon and each is a single Polygon.
 */
final class VoronoiSplitter {

    private static final GeometryFactory FULL_PRECISION = new GeometryFactory();

    private VoronoiSplitter() {
    }

    /** Returns the pieces in seed order. Seeds must be distinct and lie inside the polygon. */
    static List<Polygon> split(Polygon region, List<Coordinate> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seeds");
        }
        if (seeds.size() == 1) {
            return List.of(region);
        }
        List<Polygon> cells = voronoiCells(region, seeds);
        Polygon[] pieces = new Polygon[seeds.size()];
        List<Polygon> strays = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            // Region first: the result takes the first input's factory, i.e. the micro-degree one.
            Geometry clipped = OverlayNG.overlay(region, cells.get(i), OverlayNG.INTERSECTION, MicroDegrees.PRECISION);
            @SuppressWarnings("unchecked")
            List<Polygon> parts = PolygonExtracter.getPolygons(clipped);
            Polygon kept = partHolding(parts, seeds.get(i));
            pieces[i] = kept;
            for (Polygon part : parts) {
                if (part != kept) {
                    strays.add(part);
                }
            }
        }
        attachStrays(pieces, strays);
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i] == null) {
                throw new IllegalStateException("Voronoi cell of seed " + seeds.get(i) + " vanished when clipped");
            }
        }
        return List.of(pieces);
    }

    /**
     * Voronoi cells clipped to the region in plain floating point, parts and all: enough to find the cells'
     * centres, and cheaper than {@link #split}'s snap-rounded clipping.
     */
    static List<Geometry> roughCells(Polygon region, List<Coordinate> seeds) {
        if (seeds.size() == 1) {
            return List.of(region);
        }
        List<Geometry> rough = new ArrayList<>(seeds.size());
        for (Polygon cell : voronoiCells(region, seeds)) {
            // Cell first: OverlayNG takes the precision model of its first input, and here that is full precision.
            rough.add(OverlayNGRobust.overlay(cell, region, OverlayNG.INTERSECTION));
        }
        return rough;
    }

    private static List<Polygon> voronoiCells(Polygon region, List<Coordinate> seeds) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(seeds);
        // Unclipped cells: the builder's own clipping of the outer cells uses the classic overlay and took a
        // third of the generation time. The clip to the region later is cheap, as OverlayNG first trims each
        // input to the other's envelope.
        @SuppressWarnings("unchecked")
        List<Geometry> diagram = builder.getSubdivision().getVoronoiCellPolygons(FULL_PRECISION);
        if (!allFinite(diagram)) {
            Envelope frame = new Envelope(region.getEnvelopeInternal());
            frame.expandBy(Math.max(frame.getWidth(), frame.getHeight()));
            builder.setClipEnvelope(frame);
            Geometry clipped = builder.getDiagram(FULL_PRECISION);
            diagram = new ArrayList<>();
            for (int i = 0; i < clipped.getNumGeometries(); i++) {
                diagram.add(clipped.getGeometryN(i));
            }
        }
        // The builder returns cells in its own order, each tagged with its site; look sites up, never iterate.
        Map<Coordinate, Integer> seedIndex = new HashMap<>();
        for (int i = 0; i < seeds.size(); i++) {
            if (seedIndex.put(seeds.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate seed " + seeds.get(i));
            }
        }
        Polygon[] cells = new Polygon[seeds.size()];
        for (Geometry cell : diagram) {
            Integer index = seedIndex.get((Coordinate) cell.getUserData());
            if (index != null && cell instanceof Polygon polygon) {
                cells[index] = polygon;
            }
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                throw new IllegalStateException("no Voronoi cell for seed " + seeds.get(i));
            }
        }
        return List.of(cells);
    }

    /** Near-collinear outer seeds can put a cell corner absurdly far away; then the builder must clip. */
    private static boolean allFinite(List<Geometry> cells) {
        for (Geometry cell : cells) {
            for (Coordinate c : cell.getCoordinates()) {
                if (!(Math.abs(c.x) < 1e6 && Math.abs(c.y) < 1e6)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Polygon partHolding(List<Polygon> parts, Coordinate seed) {
        Polygon largest = null;
        for (Polygon part : parts) {
            if (SimplePointInAreaLocator.locate(seed, part) != Location.EXTERIOR) {
                return part;
            }
            if (largest == null || part.getArea() > largest.getArea()) {
                largest = part;
            }
        }
        return largest;
    }

    /** Rare (concave regions only), so plain overlays are fine here. */
    private static void attachStrays(Polygon[] pieces, List<Polygon> strays) {
        boolean progress = true;
        while (!strays.isEmpty() && progress) {
            progress = false;
            for (int s = 0; s < strays.size(); s++) {
                Polygon stray = strays.get(s);
                int best = -1;
                double bestLength = 0;
                for (int i = 0; i < pieces.length; i++) {
                    Polygon piece = pieces[i];
                    if (piece == null || !piece.getEnvelopeInternal().intersects(stray.getEnvelopeInternal())) {
                        continue;
                    }
                    double shared = OverlayNG.overlay(piece.getBoundary(), stray.getBoundary(),
                            OverlayNG.INTERSECTION, MicroDegrees.PRECISION).getLength();
                    if (shared > bestLength) {
                        bestLength = shared;
                        best = i;
                    }
                }
                if (best < 0) {
                    continue;
                }
                Geometry merged = OverlayNG.overlay(pieces[best], stray, OverlayNG.UNION, MicroDegrees.PRECISION);
                if (merged instanceof Polygon polygon) {
                    pieces[best] = polygon;
                    strays.remove(s--);
                    progress = true;
                }
            }
        }
        // A stray that touches no piece along an edge cannot be placed; it is left out (never seen in practice).
    }
}

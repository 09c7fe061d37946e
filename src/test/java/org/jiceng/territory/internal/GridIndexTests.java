package org.jiceng.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;

class GridIndexTests {

    private static final GeometryFactory FACTORY = MicroDegrees.FACTORY;

    private final List<GridShape> grids = DemoCounty.sharedLayout().grids();
    private final GridIndex index = DemoCounty.sharedIndex();

    @Test
    void sizeCountsTheGrids() {
        assertThat(index.size()).isEqualTo(grids.size());
    }

    @Test
    void findsEachGridAtItsInteriorPoint() {
        for (GridShape grid : grids) {
            Coordinate inside = grid.polygon().getInteriorPoint().getCoordinate();
            assertThat(index.locate(inside.y, inside.x)).as(grid.code()).contains(grid.code());
        }
    }

    @Test
    void findsNothingOutsideTheCounty() {
        Polygon county = DemoCounty.sharedLayout().county();
        Envelope box = county.getEnvelopeInternal();
        assertThat(index.locate(box.getMinY() - 0.01, box.getMinX())).isEmpty();
        assertThat(index.locate(box.getMaxY(), box.getMaxX() + 0.01)).isEmpty();
        assertThat(index.locate(0, 0)).isEmpty();
        assertThat(index.locate(39.9, 116.4)).isEmpty();
        PreparedGeometry outline = PreparedGeometryFactory.prepare(county.buffer(1e-5));
        SplittableRandom random = new SplittableRandom(7);
        int outside = 0;
        for (int i = 0; i < 20_000; i++) {
            Coordinate p = randomIn(box, random);
            if (!outline.covers(FACTORY.createPoint(p))) {
                outside++;
                assertThat(index.locate(p.y, p.x)).isEmpty();
            }
        }
        assertThat(outside).isGreaterThan(1_000);
    }

    @Test
    void agreesWithABruteForceScanOnOneHundredThousandRandomPoints() {
        BruteForce bruteForce = new BruteForce(grids);
        Envelope box = DemoCounty.sharedLayout().county().getEnvelopeInternal();
        box.expandBy(0.02);
        SplittableRandom random = new SplittableRandom(11);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            Coordinate p = randomIn(box, random);
            Optional<String> expected = bruteForce.locate(p);
            assertThat(index.locate(p.y, p.x)).as("%s", p).isEqualTo(expected);
            found += expected.isPresent() ? 1 : 0;
        }
        assertThat(found).isGreaterThan(50_000);
    }

    @Test
    void aPointOnABoundaryBelongsToTheSmallestCodeAmongTheGridsTouchingIt() {
        BruteForce bruteForce = new BruteForce(grids);
        for (int g = 0; g < grids.size(); g += 13) {
            for (Coordinate vertex : grids.get(g).polygon().getCoordinates()) {
                Optional<String> found = index.locate(vertex.y, vertex.x);
                assertThat(found).isPresent().isEqualTo(bruteForce.locate(vertex));
                assertThat(found.get()).isLessThanOrEqualTo(grids.get(g).code());
            }
        }
    }

    @Test
    void whereGridsOverlapTheSmallestCodeWinsWhateverTheInputOrder() {
        List<GridShape> overlapping = new ArrayList<>(List.of(
                square("530326001001003", 0, 0, 2),
                square("530326001001001", 1, 1, 2),
                square("530326001001002", 1.5, 1.5, 2)));
        for (long shuffle = 0; shuffle < 6; shuffle++) {
            Collections.shuffle(overlapping, new Random(shuffle));
            GridIndex small = GridIndex.of(overlapping);
            assertThat(small.locate(1.8, 1.8)).contains("530326001001001");
            assertThat(small.locate(3.2, 3.2)).contains("530326001001002");
            assertThat(small.locate(0.5, 0.5)).contains("530326001001003");
            assertThat(small.locate(2.0, 0.5)).contains("530326001001003"); // on the edge of the first square
            assertThat(small.locate(5, 5)).isEmpty();
        }
    }

    @Test
    void holesAndPolygonsWithManyVerticesAreHandledLikeJts() {
        GeometricShapeFactory shapes = new GeometricShapeFactory(FACTORY);
        shapes.setCentre(new Coordinate(103.5, 26.5));
        shapes.setSize(0.2);
        shapes.setNumPoints(400);
        Polygon circle = shapes.createCircle();
        shapes.setCentre(new Coordinate(103.35, 26.35));
        shapes.setSize(0.05);
        shapes.setNumPoints(40);
        LinearRing hole = shapes.createCircle().getExteriorRing();
        Polygon withHole = FACTORY.createPolygon(FACTORY.createLinearRing(square(103.3, 26.3, 0.1)),
                new LinearRing[] {hole});
        List<GridShape> shapesList = List.of(new GridShape("530326001001001", "圆", "530326001001", circle),
                new GridShape("530326001001002", "有洞", "530326001001", withHole));
        GridIndex small = GridIndex.of(shapesList);
        BruteForce bruteForce = new BruteForce(shapesList);
        SplittableRandom random = new SplittableRandom(3);
        Envelope box = new Envelope(103.25, 103.65, 26.25, 26.65);
        for (int i = 0; i < 20_000; i++) {
            Coordinate p = randomIn(box, random);
            assertThat(small.locate(p.y, p.x)).isEqualTo(bruteForce.locate(p));
        }
        assertThat(small.locate(26.35, 103.35)).isEmpty(); // centre of the hole
        Coordinate onHole = withHole.getInteriorRingN(0).getCoordinateN(0);
        assertThat(small.locate(onHole.y, onHole.x)).contains("530326001001002");
    }

    @Test
    void anEmptyIndexFindsNothing() {
        GridIndex empty = GridIndex.of(List.of());
        assertThat(empty.size()).isZero();
        assertThat(empty.locate(26.4, 103.4)).isEmpty();
    }

    @Test
    void rejectsDuplicateCodes() {
        assertThatThrownBy(() -> GridIndex.of(List.of(square("530326001001001", 0, 0, 1),
                square("530326001001001", 5, 5, 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentReadersGetTheSameAnswersAsOneReader() throws Exception {
        Envelope box = DemoCounty.sharedLayout().county().getEnvelopeInternal();
        SplittableRandom random = new SplittableRandom(5);
        Coordinate[] points = new Coordinate[50_000];
        List<Optional<String>> expected = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            points[i] = randomIn(box, random);
            expected.add(index.locate(points[i].y, points[i].x));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Optional<String>>>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                GridIndex fresh = t % 2 == 0 ? index : GridIndex.of(grids); // also a newly published index
                answers.add(pool.submit(() -> {
                    List<Optional<String>> found = new ArrayList<>();
                    for (Coordinate p : points) {
                        found.add(fresh.locate(p.y, p.x));
                    }
                    return found;
                }));
            }
            for (Future<List<Optional<String>>> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        }
    }

    /** The reference: JTS's own covers on every grid in code order, no index, so the first hit is the smallest. */
    static final class BruteForce {
        private final List<GridShape> sorted;
        private final List<PreparedGeometry> prepared = new ArrayList<>();

        BruteForce(List<GridShape> grids) {
            sorted = grids.stream().sorted(Comparator.comparing(GridShape::code)).toList();
            sorted.forEach(g -> prepared.add(PreparedGeometryFactory.prepare(g.polygon())));
        }

        Optional<String> locate(Coordinate p) {
            Point point = FACTORY.createPoint(p);
            for (int i = 0; i < sorted.size(); i++) {
                if (prepared.get(i).covers(point)) {
                    return Optional.of(sorted.get(i).code());
                }
            }
            return Optional.empty();
        }
    }

    static Coordinate randomIn(Envelope box, SplittableRandom random) {
        return new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                box.getMinY() + random.nextDouble() * box.getHeight());
    }

    private static GridShape square(String code, double x, double y, double size) {
        return new GridShape(code, "方格", code.substring(0, 12), FACTORY.createPolygon(square(x, y, size)));
    }

    private static Coordinate[] square(double x, double y, double size) {
        return new Coordinate[] {new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
                new Coordinate(x, y + size), new Coordinate(x, y)};
    }
}

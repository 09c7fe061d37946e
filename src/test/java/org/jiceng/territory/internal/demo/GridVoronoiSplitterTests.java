package org.jiceng.territory.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.jiceng.territory.internal.MicroDegrees;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The splitter under the generator, on a region where a Voronoi cell falls apart. */
class GridVoronoiSplitterTests {

    /** A "U": 10 × 10 with a notch 4..6 wide from y = 1 up. */
    private static final String U_SHAPE = "POLYGON ((0 0, 10 0, 10 10, 6 10, 6 1, 4 1, 4 10, 0 10, 0 0))";

    @Test
    void aCellSplitByAConcaveRegionKeepsItsSeedsPartAndGivesTheRestToANeighbour() throws ParseException {
        Polygon region = (Polygon) new WKTReader(MicroDegrees.FACTORY).read(U_SHAPE);
        // The first seed, in the left arm next to the notch, is nearest to part of the right arm as well.
        List<Coordinate> seeds = List.of(new Coordinate(3.9, 6), new Coordinate(9, 9), new Coordinate(9, 3),
                new Coordinate(1, 0.5));
        List<Polygon> pieces = VoronoiSplitter.split(region, seeds);

        assertThat(pieces).hasSize(4);
        for (int i = 0; i < pieces.size(); i++) {
            assertThat(pieces.get(i).isValid()).isTrue();
            assertThat(pieces.get(i).covers(region.getFactory().createPoint(seeds.get(i)))).isTrue();
        }
        assertThat(pieces.getFirst().getEnvelopeInternal().getMaxX()).isLessThanOrEqualTo(4.0);
        double sum = pieces.stream().mapToDouble(Polygon::getArea).sum();
        assertThat(sum).isCloseTo(region.getArea(), offset(1e-9));
        assertThat(CoverageValidator.isValid(pieces.toArray(Geometry[]::new))).isTrue();
    }

    @Test
    void oneSeedKeepsTheWholeRegion() throws ParseException {
        Polygon region = (Polygon) new WKTReader(MicroDegrees.FACTORY).read(U_SHAPE);
        assertThat(VoronoiSplitter.split(region, List.of(new Coordinate(1, 1)))).containsExactly(region);
    }
}

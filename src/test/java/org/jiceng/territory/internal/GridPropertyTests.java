package org.jiceng.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.territory.internal.demo.GridGenerator;
import org.jiceng.territory.internal.demo.GridGenerator.CountyLayout;
import org.jiceng.territory.internal.demo.GridGenerator.Village;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Properties over random seeds, totals and points (jqwik). */
class GridPropertyTests {

    /** The small made-up county (6 towns, 48 villages) keeps each try fast. */
    private static final DemoCounty SMALL = DemoCounty.synthetic();

    private static final class Demo {
        static final List<GridShape> GRIDS = DemoCounty.sharedLayout().grids();
        static final GridIndexTests.BruteForce BRUTE_FORCE = new GridIndexTests.BruteForce(GRIDS);
    }

    @Property(tries = 12)
    void anySeedAndTotalGiveValidGridsThatTileTheCounty(@ForAll long seed,
            @ForAll @IntRange(min = 48, max = 1_200) int total) {
        CountyLayout layout = GridGenerator.layout(SMALL.towns(), SMALL.villages(), total, seed);
        List<GridShape> grids = layout.grids();

        assertThat(grids).hasSize(total);
        assertThat(grids).extracting(GridShape::code).doesNotHaveDuplicates();
        Map<String, List<Geometry>> byVillage = grids.stream().collect(Collectors.groupingBy(
                GridShape::villageCode, TreeMap::new, Collectors.mapping(GridShape::polygon, Collectors.toList())));
        assertThat(byVillage.keySet()).containsExactlyInAnyOrderElementsOf(
                SMALL.villages().stream().map(Village::code).toList());
        for (GridShape grid : grids) {
            assertThat(grid.polygon().isValid()).isTrue();
            assertThat(grid.polygon().isEmpty()).isFalse();
        }
        byVillage.values().forEach(ofVillage ->
                assertThat(CoverageValidator.isValid(ofVillage.toArray(Geometry[]::new))).isTrue());
        double sum = grids.stream().mapToDouble(g -> g.polygon().getArea()).sum();
        assertThat(sum / layout.county().getArea()).isCloseTo(1.0, offset(1e-3));
    }

    @Property(tries = 8)
    void theSameSeedGivesTheSameGridsAndTheirGeoJsonReadsBackExactly(@ForAll long seed) {
        List<GridShape> grids = GridGenerator.generate(SMALL.towns(), SMALL.villages(), 100, seed);
        assertThat(GridGenerator.generate(SMALL.towns(), SMALL.villages(), 100, seed)).isEqualTo(grids);
        assertThat(GridGeoJson.read(GridGeoJson.write(grids))).isEqualTo(grids);
    }

    @Property(tries = 2_000)
    void theIndexAgreesWithJtsAnywhereAroundTheCounty(@ForAll @DoubleRange(min = 103.0, max = 103.9) double lon,
            @ForAll @DoubleRange(min = 25.8, max = 26.9) double lat) {
        Optional<String> expected = Demo.BRUTE_FORCE.locate(new Coordinate(lon, lat));
        assertThat(DemoCounty.sharedIndex().locate(lat, lon)).isEqualTo(expected);
    }

    @Property(tries = 1_000)
    void everyGridVertexLiesInTheSmallestCodedGridCoveringIt(@ForAll @IntRange(min = 0, max = 100_000) int grid,
            @ForAll @IntRange(min = 0, max = 100) int vertex) {
        Coordinate[] ring = Demo.GRIDS.get(grid % Demo.GRIDS.size()).polygon().getCoordinates();
        Coordinate p = ring[vertex % ring.length];
        Optional<String> found = DemoCounty.sharedIndex().locate(p.y, p.x);
        assertThat(found).isPresent().isEqualTo(Demo.BRUTE_FORCE.locate(p));
    }
}

package org.jiceng.territory.internal.demo;

import org.jiceng.territory.internal.DemoCounty;
import org.jiceng.territory.internal.GridShape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jiceng.territory.internal.demo.GridGenerator.CountyLayout;
import org.jiceng.territory.internal.demo.GridGenerator.Town;
import org.jiceng.territory.internal.demo.GridGenerator.Village;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class GridGeneratorTests {

    /** Generated edges may stray this far (≈0.2 m) from the parent's boundary: snap rounding to 10⁻⁶°. */
    private static final double CONTAINMENT_TOLERANCE = 2e-6;

    private final DemoCounty county = DemoCounty.shared();
    private final CountyLayout layout = DemoCounty.sharedLayout();
    private final List<GridShape> grids = layout.grids();

    @Test
    void loadsTheDemoCountyFromTheDivisionFilesWhenPresent() {
        if (county.real()) {
            assertThat(county.towns()).hasSize(25);
            assertThat(county.villages()).hasSize(381);
            assertThat(county.totalGrids()).isEqualTo(4_847);
        } else {
            assertThat(county.villages()).hasSize(48);
        }
    }

    @Test
    void generatesExactlyTheRequestedNumberOfGrids() {
        assertThat(grids).hasSize(county.totalGrids());
    }

    @Test
    void gridCodesAreUniqueAndNumberEachVillagesGridsFromOne() {
        assertThat(grids).extracting(GridShape::code).doesNotHaveDuplicates().isSorted();
        Map<String, List<GridShape>> byVillage = byVillage(grids);
        byVillage.forEach((villageCode, ofVillage) -> {
            for (int i = 0; i < ofVillage.size(); i++) {
                GridShape grid = ofVillage.get(i);
                assertThat(grid.code()).matches("\\d{15}").isEqualTo(villageCode + String.format("%03d", i + 1));
                assertThat(grid.villageCode()).isEqualTo(villageCode);
            }
        });
    }

    @Test
    void everyVillageGetsAtLeastOneGrid() {
        Map<String, List<GridShape>> byVillage = byVillage(grids);
        assertThat(byVillage.keySet()).containsExactlyInAnyOrderElementsOf(
                county.villages().stream().map(Village::code).toList());
        assertThat(layout.villages().keySet()).isEqualTo(byVillage.keySet());
        assertThat(layout.towns().keySet()).containsExactlyInAnyOrderElementsOf(
                county.towns().stream().map(Town::code).toList());
    }

    @Test
    void gridNamesCombineTheVillagesShortNameWithTheGridNumber() {
        Map<String, String> villageNames = county.villages().stream()
                .collect(Collectors.toMap(Village::code, Village::name));
        for (GridShape grid : grids) {
            int number = Integer.parseInt(grid.code().substring(12));
            assertThat(grid.name()).isEqualTo(
                    GridGenerator.shortName(villageNames.get(grid.villageCode())) + "第" + number + "网格");
        }
        if (county.real()) {
            assertThat(grids.getFirst().name()).isEqualTo("堂琅社区第1网格");
        }
    }

    @Test
    void shortNamesDropTheCommitteeButKeepVillageOrCommunity() {
        assertThat(GridGenerator.shortName("堂琅社区居民委员会")).isEqualTo("堂琅社区");
        assertThat(GridGenerator.shortName("水城村民委员会")).isEqualTo("水城村");
        assertThat(GridGenerator.shortName("红岩村村民委员会")).isEqualTo("红岩村");
        assertThat(GridGenerator.shortName("东街居委会")).isEqualTo("东街");
        assertThat(GridGenerator.shortName("某某牧场")).isEqualTo("某某牧场");
    }

    @Test
    void urbanCommunitiesGetMoreGridsThanVillagesOnAverage() {
        Map<String, List<GridShape>> byVillage = byVillage(grids);
        double urban = county.villages().stream().filter(v -> GridGenerator.isUrban(v.name()))
                .mapToInt(v -> byVillage.get(v.code()).size()).average().orElseThrow();
        double rural = county.villages().stream().filter(v -> !GridGenerator.isUrban(v.name()))
                .mapToInt(v -> byVillage.get(v.code()).size()).average().orElseThrow();
        assertThat(urban).isGreaterThan(rural * 1.3);
    }

    @Test
    void theSameInputsAndSeedGiveIdenticalGridsWhateverTheInputOrder() {
        List<Town> towns = new ArrayList<>(county.towns());
        List<Village> villages = new ArrayList<>(county.villages());
        Collections.shuffle(towns, new Random(1));
        Collections.shuffle(villages, new Random(2));
        CountyLayout again = GridGenerator.layout(towns, villages, county.totalGrids(), DemoCounty.SEED);
        assertThat(again.grids()).isEqualTo(grids);
        assertThat(again.villages()).isEqualTo(layout.villages());
        assertThat(again.county().equalsExact(layout.county())).isTrue();
    }

    @Test
    void anotherSeedGivesAnotherLayout() {
        List<GridShape> other = GridGenerator.generate(county.towns(), county.villages(), county.totalGrids(), 4);
        assertThat(other).hasSize(grids.size()).isNotEqualTo(grids);
    }

    @Test
    void everyPolygonIsValidNonEmptyCounterClockwiseAndRoundedToSixDecimals() {
        List<Polygon> all = new ArrayList<>(grids.stream().map(GridShape::polygon).toList());
        all.addAll(layout.villages().values());
        all.addAll(layout.towns().values());
        all.add(layout.county());
        for (Polygon polygon : all) {
            assertThat(polygon.isValid()).as("valid %s", polygon).isTrue();
            assertThat(polygon.isEmpty()).isFalse();
            assertThat(polygon.getNumInteriorRing()).isZero();
            assertThat(Orientation.isCCW(polygon.getExteriorRing().getCoordinates())).isTrue();
            for (Coordinate c : polygon.getCoordinates()) {
                assertThat(Math.rint(c.x * 1e6) / 1e6).isEqualTo(c.x);
                assertThat(Math.rint(c.y * 1e6) / 1e6).isEqualTo(c.y);
            }
        }
    }

    @Test
    void theCountyOutlineIsIrregularAndLiesWhere会泽县Lies() {
        Polygon outline = layout.county();
        Envelope box = outline.getEnvelopeInternal();
        assertThat(box.getMinX()).isGreaterThanOrEqualTo(103.0);
        assertThat(box.getMaxX()).isLessThanOrEqualTo(103.9);
        assertThat(box.getMinY()).isGreaterThanOrEqualTo(25.8);
        assertThat(box.getMaxY()).isLessThanOrEqualTo(26.9);
        assertThat(outline.getNumPoints()).isGreaterThan(50);
        assertThat(outline.getArea() / box.getArea()).isBetween(0.5, 0.9);
        assertThat(outline.convexHull().getArea()).isGreaterThan(outline.getArea() * 1.02);
        double squareKilometres = outline.getArea() * 111.32 * 111.32 * Math.cos(Math.toRadians(26.35));
        assertThat(squareKilometres).isBetween(3_500.0, 7_000.0);
    }

    @Test
    void townsVillagesAndGridsEachTileTheirParentWithoutOverlap() {
        assertTiles(layout.county(), layout.towns().values());
        Map<String, List<Polygon>> villagesByTown = new TreeMap<>();
        layout.villages().forEach((code, polygon) ->
                villagesByTown.computeIfAbsent(code.substring(0, 9), k -> new ArrayList<>()).add(polygon));
        villagesByTown.forEach((town, villages) -> assertTiles(layout.towns().get(town), villages));
        byVillage(grids).forEach((village, ofVillage) ->
                assertTiles(layout.villages().get(village), ofVillage.stream().map(GridShape::polygon).toList()));
    }

    @Test
    void allGridsTogetherCoverTheCountyAreaWithinOneTenThousandth() {
        double sum = grids.stream().mapToDouble(g -> g.polygon().getArea()).sum();
        assertThat(sum / layout.county().getArea()).isCloseTo(1.0, offset(1e-4));
    }

    @Test
    void everyGridLiesInsideItsVillageAndItsTown() {
        Map<String, Geometry> villages = new TreeMap<>();
        layout.villages().forEach((code, polygon) -> villages.put(code, polygon.buffer(CONTAINMENT_TOLERANCE)));
        Map<String, Geometry> towns = new TreeMap<>();
        layout.towns().forEach((code, polygon) -> towns.put(code, polygon.buffer(CONTAINMENT_TOLERANCE)));
        for (GridShape grid : grids) {
            assertThat(villages.get(grid.villageCode()).covers(grid.polygon())).as(grid.code()).isTrue();
            assertThat(towns.get(grid.code().substring(0, 9)).covers(grid.polygon())).as(grid.code()).isTrue();
        }
    }

    @Test
    void rejectsTotalsThatCannotGiveEveryVillageOneToNineHundredNinetyNineGrids() {
        int villages = county.villages().size();
        assertThatThrownBy(() -> GridGenerator.generate(county.towns(), county.villages(), villages - 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridGenerator.generate(county.towns(), county.villages(), villages * 999 + 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAVillageOfAnUnknownTown() {
        List<Village> villages = List.of(new Village("530399001001", "外县村民委员会", "530399001"));
        assertThatThrownBy(() -> GridGenerator.generate(county.towns(), villages, 5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown town");
    }

    @Test
    void sharesOfTheTotalAlwaysAddUpExactlyAndGiveEachVillageOneToNineHundredNinetyNine() {
        boolean[] urban = new boolean[381];
        for (int i = 0; i < urban.length; i += 7) {
            urban[i] = true;
        }
        for (int total : new int[] {381, 382, 1_000, 4_847, 100_000, 381 * 999}) {
            int[] shares = GridAllocation.distribute(urban, total, new SplittableRandom(total));
            assertThat(Arrays.stream(shares).sum()).isEqualTo(total);
            assertThat(Arrays.stream(shares).min().orElseThrow()).isGreaterThanOrEqualTo(1);
            assertThat(Arrays.stream(shares).max().orElseThrow()).isLessThanOrEqualTo(999);
        }
    }

    private static void assertTiles(Polygon parent, Collection<Polygon> children) {
        double sum = children.stream().mapToDouble(Polygon::getArea).sum();
        assertThat(sum / parent.getArea()).isCloseTo(1.0, offset(1e-3));
        // Siblings come from one Voronoi diagram, so they share their edges vertex for vertex.
        assertThat(CoverageValidator.isValid(children.toArray(Geometry[]::new))).isTrue();
    }

    private static Map<String, List<GridShape>> byVillage(List<GridShape> grids) {
        return grids.stream().collect(Collectors.groupingBy(GridShape::villageCode, TreeMap::new, Collectors.toList()));
    }
}

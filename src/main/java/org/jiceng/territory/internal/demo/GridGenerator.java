package org.jiceng.territory.internal.demo;

import org.jiceng.territory.internal.GridShape;
import org.jiceng.territory.internal.MicroDegrees;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Generates synthetic but plausible grid polygons for a real county's list of towns and villages: an
 * irregular county outline, towns as Voronoi cells inside it, villages as Voronoi cells inside their town and
 * grids as Voronoi cells inside their village. The result depends only on the inputs and the seed: inputs are
 * sorted by code, randomness comes from one {@link SplittableRandom}, and nothing iterates a hash map.
 */
public final class GridGenerator {

    public record Town(String code, String name) {
    }

    public record Village(String code, String name, String townCode) {
    }

    /** The whole generated county: outline, town and village regions (by code, sorted) and the grids (by code). */
    public record CountyLayout(Polygon county, Map<String, Polygon> towns, Map<String, Polygon> villages,
            List<GridShape> grids) {
    }

    /** The county seat's urban streets (街道) cluster around this offset from the outline's centre. */
    private static final double SEAT_LON = CountyOutline.CENTRE_LON - 0.08;
    private static final double SEAT_LAT = CountyOutline.CENTRE_LAT + 0.05;
    private static final double SEAT_RADIUS = 0.035;

    private static final Comparator<Polygon> NORTH_WEST_FIRST = Comparator
            .comparingDouble((Polygon p) -> -p.getCentroid().getY())
            .thenComparingDouble(p -> p.getCentroid().getX());

    private GridGenerator() {
    }

    /**
     * Grids sorted by code, {@code totalGrids} of them, each village getting 1–999.
     *
     * @throws IllegalArgumentException for malformed or duplicate codes, a village of an unknown town, or a total
     *         below the number of villages or above 999 per village
     */
    public static List<GridShape> generate(List<Town> towns, List<Village> villages, int totalGrids, long seed) {
        return layout(towns, villages, totalGrids, seed).grids();
    }

    /** As {@link #generate}, keeping the county, town and village regions the grids were cut from. */
    public static CountyLayout layout(List<Town> towns, List<Village> villages, int totalGrids, long seed) {
        List<Town> sortedTowns = sortedTowns(towns);
        List<Village> sortedVillages = sortedVillages(villages, sortedTowns);
        SplittableRandom random = new SplittableRandom(seed);

        Polygon county = CountyOutline.generate(random.split());
        boolean[] urban = new boolean[sortedVillages.size()];
        for (int i = 0; i < urban.length; i++) {
            urban[i] = isUrban(sortedVillages.get(i).name());
        }
        int[] gridCounts = GridAllocation.distribute(urban, totalGrids, random.split());
        List<Polygon> townRegions = splitIntoTowns(county, sortedTowns, random.split());

        Map<String, Polygon> townsByCode = new TreeMap<>();
        Map<String, Polygon> villagesByCode = new TreeMap<>();
        List<GridShape> grids = new ArrayList<>(totalGrids);
        int v = 0;
        for (int t = 0; t < sortedTowns.size(); t++) {
            Town town = sortedTowns.get(t);
            Polygon townRegion = townRegions.get(t);
            townsByCode.put(town.code(), MicroDegrees.counterClockwise(townRegion));
            SplittableRandom townRandom = random.split();
            int first = v;
            while (v < sortedVillages.size() && sortedVillages.get(v).townCode().equals(town.code())) {
                v++;
            }
            List<Polygon> villageRegions = splitEvenly(townRegion, v - first, townRandom);
            for (int i = first; i < v; i++) {
                Village village = sortedVillages.get(i);
                Polygon villageRegion = villageRegions.get(i - first);
                villagesByCode.put(village.code(), MicroDegrees.counterClockwise(villageRegion));
                List<Polygon> gridRegions = new ArrayList<>(splitEvenly(villageRegion, gridCounts[i], townRandom));
                gridRegions.sort(NORTH_WEST_FIRST);
                String shortName = shortName(village.name());
                for (int g = 0; g < gridRegions.size(); g++) {
                    grids.add(new GridShape(village.code() + String.format("%03d", g + 1),
                            shortName + "第" + (g + 1) + "网格", village.code(),
                            MicroDegrees.counterClockwise(gridRegions.get(g))));
                }
            }
        }
        grids.sort(Comparator.comparing(GridShape::code));
        return new CountyLayout(MicroDegrees.counterClockwise(county), Collections.unmodifiableMap(townsByCode),
                Collections.unmodifiableMap(villagesByCode), List.copyOf(grids));
    }

    /**
     * The name people use on the street: "堂琅社区居民委员会" → "堂琅社区", "水城村民委员会" → "水城村",
     * "红岩村村民委员会" → "红岩村".
     */
    static String shortName(String villageName) {
        for (String committee : new String[] {"居民委员会", "居委会"}) {
            if (villageName.endsWith(committee) && villageName.length() > committee.length()) {
                return villageName.substring(0, villageName.length() - committee.length());
            }
        }
        for (String committee : new String[] {"村民委员会", "村委会"}) {
            if (villageName.endsWith(committee) && villageName.length() > committee.length()) {
                String village = villageName.substring(0, villageName.length() - committee.length());
                return village.endsWith("村") ? village : village + "村";
            }
        }
        return villageName;
    }

    static boolean isUrban(String villageName) {
        return villageName.contains("社区") || villageName.endsWith("居民委员会") || villageName.endsWith("居委会");
    }

    /** Urban streets (…街道) ring the county seat; the rural towns spread over the rest of the county. */
    private static List<Polygon> splitIntoTowns(Polygon county, List<Town> towns, SplittableRandom random) {
        List<Integer> urbanIndex = new ArrayList<>();
        List<Integer> ruralIndex = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            (towns.get(i).name().endsWith("街道") ? urbanIndex : ruralIndex).add(i);
        }
        List<Coordinate> urbanSeeds = new ArrayList<>();
        for (int j = 0; j < urbanIndex.size(); j++) {
            double angle = 2 * Math.PI * (j + 0.3 * random.nextDouble()) / urbanIndex.size();
            double radius = urbanIndex.size() == 1 ? 0 : SEAT_RADIUS * (0.8 + 0.4 * random.nextDouble());
            urbanSeeds.add(new Coordinate(SEAT_LON + radius * Math.cos(angle), SEAT_LAT + radius * Math.sin(angle)));
        }
        List<Coordinate> ruralSeeds = SeedSampler.spread(county, urbanSeeds, ruralIndex.size(), random);
        ruralSeeds = SeedSampler.relax(county, urbanSeeds, ruralSeeds);
        List<Coordinate> seeds = new ArrayList<>(urbanSeeds);
        seeds.addAll(ruralSeeds);
        List<Polygon> cells = VoronoiSplitter.split(county, seeds);
        Polygon[] byTown = new Polygon[towns.size()];
        for (int j = 0; j < urbanIndex.size(); j++) {
            byTown[urbanIndex.get(j)] = cells.get(j);
        }
        for (int j = 0; j < ruralIndex.size(); j++) {
            byTown[ruralIndex.get(j)] = cells.get(urbanIndex.size() + j);
        }
        return List.of(byTown);
    }

    private static List<Polygon> splitEvenly(Polygon region, int count, SplittableRandom random) {
        if (count == 0) {
            return List.of();
        }
        if (count == 1) {
            return List.of(region);
        }
        List<Coordinate> seeds = SeedSampler.spread(region, List.of(), count, random);
        seeds = SeedSampler.relax(region, List.of(), seeds);
        return VoronoiSplitter.split(region, seeds);
    }

    private static List<Town> sortedTowns(List<Town> towns) {
        if (towns.isEmpty()) {
            throw new IllegalArgumentException("a county needs at least one town");
        }
        List<Town> sorted = new ArrayList<>(towns);
        sorted.sort(Comparator.comparing(Town::code));
        Set<String> seen = new HashSet<>();
        for (Town town : sorted) {
            if (!town.code().matches("\\d{9}") || !seen.add(town.code())) {
                throw new IllegalArgumentException("town code must be 9 digits and unique: " + town.code());
            }
        }
        return sorted;
    }

    private static List<Village> sortedVillages(List<Village> villages, List<Town> towns) {
        Set<String> townCodes = new HashSet<>();
        towns.forEach(t -> townCodes.add(t.code()));
        List<Village> sorted = new ArrayList<>(villages);
        // Town first, so each town's villages are one run; within a town by code.
        sorted.sort(Comparator.comparing(Village::townCode).thenComparing(Village::code));
        Set<String> seen = new HashSet<>();
        for (Village village : sorted) {
            if (!village.code().matches("\\d{12}") || !seen.add(village.code())) {
                throw new IllegalArgumentException("village code must be 12 digits and unique: " + village.code());
            }
            if (!townCodes.contains(village.townCode())) {
                throw new IllegalArgumentException("village " + village.code() + " has unknown town " + village.townCode());
            }
        }
        return sorted;
    }
}

package org.jiceng.services.internal.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jiceng.Scope;
import org.jiceng.people.BuildingPlace;
import org.jiceng.people.PeopleApi;
import org.jiceng.territory.GridView;
import org.jiceng.territory.LatLon;
import org.jiceng.territory.TerritoryApi;

/**
 * Demo coordinates for the register's buildings: each a point inside its grid, drawn around the grid's interior
 * point within about 250 m from a random stream seeded by the building's id (so the same building always stands in
 * the same place); a draw that falls outside the grid is retried, then the interior point itself is taken.
 */
final class DemoBuildingPlaces {

    private static final long SEED = 20261203L;
    private static final double SPREAD_METRES = 250;
    private static final double METRES_PER_DEGREE = 111_195;

    private final PeopleApi people;
    private final TerritoryApi territory;
    private final Map<String, LatLon> centres = new HashMap<>();

    DemoBuildingPlaces(PeopleApi people, TerritoryApi territory) {
        this.people = people;
        this.territory = territory;
    }

    /** Places every building under {@code prefix} not yet placed; answers how many. */
    int place(String prefix) {
        List<BuildingPlace> placed = new ArrayList<>();
        people.forEachBuilding(prefix, b -> {
            if (!b.placed()) {
                LatLon point = pointFor(b);
                if (point != null) {
                    placed.add(new BuildingPlace(b.id(), b.county(), b.gridCode(), b.name(), point.lat(), point.lon()));
                }
            }
        });
        int count = 0;
        for (int from = 0; from < placed.size(); from += 5000) {
            count += people.placeBuildings(placed.subList(from, Math.min(placed.size(), from + 5000)));
        }
        return count;
    }

    private LatLon pointFor(BuildingPlace building) {
        LatLon centre = gridCentre(building.gridCode());
        if (centre == null) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(SEED ^ (building.id() * 0x9E3779B97F4A7C15L));
        for (int attempt = 0; attempt < 4; attempt++) {
            double north = (random.nextDouble() * 2 - 1) * SPREAD_METRES;
            double east = (random.nextDouble() * 2 - 1) * SPREAD_METRES;
            double lat = round(centre.lat() + north / METRES_PER_DEGREE);
            double lon = round(centre.lon() + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(centre.lat()))));
            if (territory.gridCodeAt(lat, lon).filter(building.gridCode()::equals).isPresent()) {
                return new LatLon(lat, lon);
            }
        }
        return new LatLon(round(centre.lat()), round(centre.lon()));
    }

    private LatLon gridCentre(String gridCode) {
        if (!centres.containsKey(gridCode)) {
            for (GridView grid : territory.grids(gridCode.substring(0, 12), Scope.everything())) {
                centres.put(grid.code(), grid.centroid());
            }
            centres.putIfAbsent(gridCode, null);
        }
        return centres.get(gridCode);
    }

    static double round(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }
}

package org.jiceng.territory.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.territory.GridView;
import org.jiceng.territory.GridWorkers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Grids as the grid pages show them: with the names of those who hold the grid worker posts, which live in
 * another module ({@link GridWorkers}); the name stored with the grid (a GeoJSON import's) is the fallback.
 */
@Component
public class GridWorkerNames {

    private final ObjectProvider<GridWorkers> workers;

    GridWorkerNames(ObjectProvider<GridWorkers> workers) {
        this.workers = workers;
    }

    /** The grids of one village (or fewer), with one lookup for all of them. */
    public List<GridView> named(String villageCode, List<GridView> grids) {
        if (grids.isEmpty()) {
            return grids;
        }
        Map<String, String> names = lookup(villageCode);
        return grids.stream().map(g -> named(g, names)).toList();
    }

    public Optional<GridView> named(Optional<GridView> grid) {
        return grid.map(g -> named(g, lookup(g.code())));
    }

    private Map<String, String> lookup(String prefix) {
        GridWorkers provider = workers.getIfAvailable();
        return provider == null ? Map.of() : provider.names(prefix);
    }

    private static GridView named(GridView grid, Map<String, String> names) {
        String name = names.get(grid.code());
        return name == null ? grid
                : new GridView(grid.code(), grid.name(), grid.villageCode(), grid.centroid(), name);
    }
}

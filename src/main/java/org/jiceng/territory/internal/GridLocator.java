package org.jiceng.territory.internal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Point → grid over every stored grid, in memory. The index is rebuilt when grids change here, and a
 * periodic check of the grid table's fingerprint catches changes made by another application node.
 */
@Component
public class GridLocator {

    private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

    private final GridRepository grids;
    private final JdbcClient jdbc;
    private volatile GridIndex index;
    private volatile String fingerprint;

    GridLocator(GridRepository grids, JdbcClient jdbc) {
        this.grids = grids;
        this.jdbc = jdbc;
    }

    Optional<String> locate(double lat, double lon) {
        GridIndex current = index;
        if (current == null) {
            current = rebuild();
        }
        return current.locate(lat, lon);
    }

    public synchronized GridIndex rebuild() {
        long started = System.nanoTime();
        String print = fingerprintNow();
        List<GridShape> shapes = grids.all().stream()
                .map(g -> new GridShape(g.code(), g.name(), g.villageCode(), GridGeoJson.polygonOf(g.geometry())))
                .toList();
        index = GridIndex.of(shapes);
        fingerprint = print;
        log.info("网格定位索引已建立：{} 个网格（{} ms）", shapes.size(), (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    // refreshes this node's grid index: every node runs it, so it takes no scheduler lock
    @Scheduled(fixedDelayString = "${jiceng.territory.index-check:60s}", initialDelayString = "${jiceng.territory.index-check:60s}")
    void rebuildIfChangedElsewhere() {
        if (index != null && !fingerprintNow().equals(fingerprint)) {
            rebuild();
        }
    }

    private String fingerprintNow() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(updated_at)::text, '') from territory.grid")
                .query(String.class).single();
    }
}

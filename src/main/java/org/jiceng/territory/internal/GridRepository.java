package org.jiceng.territory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.territory.GridView;
import org.jiceng.territory.LatLon;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grids with their polygons as GeoJSON; every read takes the caller's {@link Scope}. */
@Repository
public class GridRepository {

    private static final String VIEW_COLUMNS = "code, name, village_code, centroid_lat, centroid_lon, worker_name";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    GridRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A grid as stored, with its geometry, for the index, maps and export. */
    record StoredGrid(String code, String name, String villageCode, String geometry, String workerName) {
    }

    /** Inserts or replaces grids (by code) in batches; a replaced grid's version goes up. */
    public void upsert(List<GridShape> grids) {
        var rows = grids.stream().map(GridRepository::parameters).toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into territory.grid (code, name, village_code, geometry, centroid_lat, centroid_lon,
                                            min_lat, min_lon, max_lat, max_lon)
                values (:code, :name, :village, :geometry, :lat, :lon, :minLat, :minLon, :maxLat, :maxLon)
                on conflict (code) do update set name = excluded.name, geometry = excluded.geometry,
                    centroid_lat = excluded.centroid_lat, centroid_lon = excluded.centroid_lon,
                    min_lat = excluded.min_lat, min_lon = excluded.min_lon,
                    max_lat = excluded.max_lat, max_lon = excluded.max_lon,
                    version = grid.version + 1, updated_at = now()
                where grid.geometry is distinct from excluded.geometry or grid.name is distinct from excluded.name""",
                rows);
    }

    private static MapSqlParameterSource parameters(GridShape grid) {
        Point centroid = grid.polygon().getInteriorPoint();
        Envelope box = grid.polygon().getEnvelopeInternal();
        return new MapSqlParameterSource()
                .addValue("code", grid.code()).addValue("name", grid.name()).addValue("village", grid.villageCode())
                .addValue("geometry", GridGeoJson.geometryOf(grid.polygon()))
                .addValue("lat", centroid.getY()).addValue("lon", centroid.getX())
                .addValue("minLat", box.getMinY()).addValue("minLon", box.getMinX())
                .addValue("maxLat", box.getMaxY()).addValue("maxLon", box.getMaxX());
    }

    List<GridView> inVillage(String villageCode, Scope scope, String after, int limit) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from territory.grid where village_code = :village and "
                        + scope.where("code") + " and code > :after order by code limit :limit")
                .params(scope.params()).param("village", villageCode)
                .param("after", after == null ? "" : after).param("limit", limit)
                .query((rs, n) -> view(rs)).list();
    }

    Optional<GridView> find(String code, Scope scope) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from territory.grid where code = :code and " + scope.where("code"))
                .params(scope.params()).param("code", code)
                .query((rs, n) -> view(rs)).optional();
    }

    /** Grids whose code starts with {@code prefix} (a village, town or county) that the scope covers. */
    List<StoredGrid> under(String prefix, Scope scope) {
        Scope narrowed = scope.narrowedTo(prefix);
        return jdbc.sql("select code, name, village_code, geometry, worker_name from territory.grid where "
                        + narrowed.where("code") + " order by code")
                .params(narrowed.params()).query(StoredGrid.class).list();
    }

    /**
     * Grids of every town whose bounding boxes meet {@code box}: deliberately without a scope, because an
     * import must be checked against the land of the towns the importer cannot see. Only the check reads them.
     */
    List<StoredGrid> within(Envelope box) {
        return jdbc.sql("""
                        select code, name, village_code, geometry, worker_name from territory.grid
                        where max_lat >= :minLat and min_lat <= :maxLat and max_lon >= :minLon and min_lon <= :maxLon""")
                .param("minLat", box.getMinY()).param("maxLat", box.getMaxY())
                .param("minLon", box.getMinX()).param("maxLon", box.getMaxX())
                .query(StoredGrid.class).list();
    }

    List<StoredGrid> all() {
        return under("", Scope.everything());
    }

    /** Grid counts per child node of {@code prefix}, a child's code being {@code childLength} long. */
    public Map<String, Long> countsByChild(String prefix, int childLength, Scope scope) {
        Scope narrowed = scope.narrowedTo(prefix);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select left(code, :len), count(*) from territory.grid where " + narrowed.where("code")
                        + " group by 1")
                .params(narrowed.params()).param("len", childLength)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    long count() {
        return jdbc.sql("select count(*) from territory.grid").query(Long.class).single();
    }

    private static GridView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GridView(rs.getString(1), rs.getString(2), rs.getString(3),
                new LatLon(rs.getDouble(4), rs.getDouble(5)), rs.getString(6));
    }
}

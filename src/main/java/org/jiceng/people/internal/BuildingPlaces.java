package org.jiceng.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jiceng.ArrayColumns;
import org.jiceng.people.BuildingPlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Buildings and their coordinates, in SQL. */
@Repository
class BuildingPlaces {

    private static final String SELECT = "select id, county, grid_code, name, lat, lon from people.building";

    private final JdbcClient jdbc;

    BuildingPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BuildingPlace> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(BuildingPlaces::map).optional();
    }

    void forEach(String prefix, Consumer<BuildingPlace> consumer) {
        jdbc.sql(SELECT + " where grid_code >= :lo and grid_code < :hi order by id")
                .param("lo", prefix).param("hi", prefix + "\uffff")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> consumer.accept(map(rs, 0)));
    }

    /** One statement for any number of buildings: the coordinates travel as arrays. */
    int place(List<BuildingPlace> places) {
        if (places.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update people.building b set lat = p.lat, lon = p.lon
                          from unnest(cast(:ids as bigint[]), cast(:counties as text[]), cast(:lats as numeric[]),
                               cast(:lons as numeric[]))
                               as p(id, county, lat, lon)
                         where b.id = p.id and b.county = p.county""")
                .param("ids", ArrayColumns.text(places, BuildingPlace::id))
                .param("counties", ArrayColumns.text(places, BuildingPlace::county))
                .param("lats", ArrayColumns.text(places, BuildingPlace::lat))
                .param("lons", ArrayColumns.text(places, BuildingPlace::lon)).update();
    }

    private static BuildingPlace map(ResultSet rs, int n) throws SQLException {
        return new BuildingPlace(rs.getLong("id"), rs.getString("county"), rs.getString("grid_code"),
                rs.getString("name"), number(rs, "lat"), number(rs, "lon"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        var value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}

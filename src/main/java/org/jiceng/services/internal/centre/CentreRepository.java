package org.jiceng.services.internal.centre;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Centres, their hours, closed days, rooms and services, in SQL. */
@Repository
class CentreRepository {

    record HoursRow(int weekday, LocalTime opens, LocalTime closes) {
    }

    private static final String SELECT = """
            select id, county, territory_code, kind, name, address, lat, lon, version from services.centre""";

    private final JdbcClient jdbc;

    CentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CentreRow> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(CentreRepository::map).optional();
    }

    Optional<CentreRow> lock(long id) {
        return jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(CentreRepository::map).optional();
    }

    List<CentreRow> list(Scope scope, long above, int limit) {
        return jdbc.sql(SELECT + " where " + scope.where("territory_code") + " and id > :above order by id limit :limit")
                .params(scope.params()).param("above", above).param("limit", limit).query(CentreRepository::map).list();
    }

    /** Centres in a box of degrees around a point: the nearby search measures these exactly. */
    List<CentreRow> inBox(double lat, double lon, double dLat, double dLon) {
        return jdbc.sql(SELECT + "\n" + """
                         where lat between :lat0 and :lat1 and lon between :lon0 and :lon1 order by id""")
                .param("lat0", lat - dLat).param("lat1", lat + dLat).param("lon0", lon - dLon).param("lon1", lon + dLon)
                .query(CentreRepository::map).list();
    }

    long insert(String county, String territory, CentreKind kind, String name, String address, double lat, double lon,
                long by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into services.centre (county, territory_code, kind, name, address, lat, lon, created_by,
                                                     created_at)
                        values (:county, :territory, :kind, :name, :address, :lat, :lon, :by, :at) returning id""")
                .param("county", county).param("territory", territory).param("kind", kind.name()).param("name", name)
                .param("address", address).param("lat", lat).param("lon", lon).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    boolean update(long id, int version, CentreKind kind, String name, String address, double lat, double lon) {
        return jdbc.sql("""
                        update services.centre set kind = :kind, name = :name, address = :address, lat = :lat,
                               lon = :lon, version = version + 1
                        where id = :id and version = :version""")
                .param("kind", kind.name()).param("name", name).param("address", address).param("lat", lat)
                .param("lon", lon).param("id", id).param("version", version).update() == 1;
    }

    void replaceHours(CentreRow centre, OpeningHours hours, List<CentreView.ClosedDay> closed) {
        jdbc.sql("delete from services.centre_hours where centre_id = :id and county = :county")
                .param("id", centre.id()).param("county", centre.county()).update();
        jdbc.sql("delete from services.centre_closed_day where centre_id = :id and county = :county")
                .param("id", centre.id()).param("county", centre.county()).update();
        hours.week().forEach((day, interval) -> jdbc.sql("""
                        insert into services.centre_hours (centre_id, county, weekday, opens, closes)
                        values (:id, :county, :weekday, :opens, :closes)""")
                .param("id", centre.id()).param("county", centre.county()).param("weekday", day.getValue())
                .param("opens", interval.opens()).param("closes", interval.closes()).update());
        for (CentreView.ClosedDay day : closed) {
            jdbc.sql("""
                            insert into services.centre_closed_day (centre_id, county, day, reason)
                            values (:id, :county, :day, :reason) on conflict do nothing""")
                    .param("id", centre.id()).param("county", centre.county()).param("day", day.day())
                    .param("reason", day.reason() == null ? "" : day.reason()).update();
        }
    }

    List<HoursRow> hours(long centreId) {
        return jdbc.sql("select weekday, opens, closes from services.centre_hours where centre_id = :id order by weekday")
                .param("id", centreId)
                .query((rs, n) -> new HoursRow(rs.getInt(1), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class))).list();
    }

    /** Closed days from {@code from} on (those past no longer matter). */
    List<CentreView.ClosedDay> closedDays(long centreId, LocalDate from) {
        return jdbc.sql("""
                        select day, reason from services.centre_closed_day where centre_id = :id and day >= :from
                        order by day""")
                .param("id", centreId).param("from", from)
                .query((rs, n) -> new CentreView.ClosedDay(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
    }

    List<CentreView.Room> rooms(long centreId) {
        return jdbc.sql("select id, name, capacity from services.room where centre_id = :id order by id")
                .param("id", centreId)
                .query((rs, n) -> new CentreView.Room(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    List<CentreView.Service> services(long centreId) {
        return jdbc.sql("""
                        select id, kind, name, description, price_fen, room_id, active from services.centre_service
                        where centre_id = :id order by id""")
                .param("id", centreId)
                .query((rs, n) -> {
                    ServiceKind kind = ServiceKind.valueOf(rs.getString("kind"));
                    return new CentreView.Service(rs.getLong("id"), kind.name(), kind.label(), rs.getString("name"),
                            rs.getString("description"), rs.getLong("price_fen"), rs.getObject("room_id", Long.class),
                            rs.getBoolean("active"));
                }).list();
    }

    void putRoom(CentreRow centre, Long id, String name, int capacity) {
        if (id == null) {
            jdbc.sql("insert into services.room (county, centre_id, name, capacity) values (:county, :centre, :name, :cap)")
                    .param("county", centre.county()).param("centre", centre.id()).param("name", name)
                    .param("cap", capacity).update();
        } else {
            jdbc.sql("update services.room set name = :name, capacity = :cap where id = :id and centre_id = :centre")
                    .param("name", name).param("cap", capacity).param("id", id).param("centre", centre.id()).update();
        }
    }

    void putService(CentreRow centre, Long id, ServiceKind kind, String name, String description, long priceFen,
                    Long roomId, boolean active) {
        String sql = id == null ? """
                insert into services.centre_service (county, centre_id, kind, name, description, price_fen, room_id,
                                                     active)
                values (:county, :centre, :kind, :name, :description, :price, :room, :active)""" : """
                update services.centre_service set kind = :kind, name = :name, description = :description,
                       price_fen = :price, room_id = :room, active = :active
                where id = :id and centre_id = :centre and county = :county""";
        var statement = jdbc.sql(sql).param("county", centre.county()).param("centre", centre.id())
                .param("kind", kind.name()).param("name", name).param("description", description)
                .param("price", priceFen).param("room", roomId, java.sql.Types.BIGINT).param("active", active);
        if (id != null) {
            statement = statement.param("id", id);
        }
        statement.update();
    }

    private static CentreRow map(ResultSet rs, int n) throws SQLException {
        return new CentreRow(rs.getLong("id"), rs.getString("county"), rs.getString("territory_code"),
                CentreKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("address"),
                rs.getDouble("lat"), rs.getDouble("lon"), rs.getInt("version"));
    }

    static OffsetDateTime shown(OffsetDateTime at) {
        return Beijing.shown(at);
    }
}

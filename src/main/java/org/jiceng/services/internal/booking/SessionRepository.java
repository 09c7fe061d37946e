package org.jiceng.services.internal.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** CentreSessions and their seat counts, in SQL. */
@Repository("serviceSessionRepository") // "sessionRepository" is Spring Session's
class SessionRepository {

    record SessionRow(long id, String county, long centreId, String centreName, String territoryCode, long serviceId,
                      String serviceName, String serviceKind, long priceFen, Long roomId, String roomName,
                      LocalDate day, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int booked,
                      int waiting, int waitingLimit, String status) {

        Instant start() {
            return startsAt.toInstant();
        }

        Instant end() {
            return endsAt.toInstant();
        }
    }

    private static final String SELECT = """
            select s.id, s.county, s.centre_id, c.name as centre_name, c.territory_code, s.service_id,
                   v.name as service_name, v.kind, v.price_fen, s.room_id, r.name as room_name, s.day, s.starts_at,
                   s.ends_at, s.capacity, s.booked, s.waiting_limit, s.status,
                   (select count(*) from services.booking b where b.session_id = s.id and b.county = s.county
                      and b.status = 'WAITING') as waiting
              from services.session s
              join services.centre c on c.id = s.centre_id and c.county = s.county
              join services.centre_service v on v.id = s.service_id and v.county = s.county
              left join services.room r on r.id = s.room_id and r.county = s.county""";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SessionRow> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SessionRepository::map).optional();
    }

    /** Holds the session's row until the transaction ends: bookings of one session queue here, one at a time. */
    Optional<SessionRow> lock(long id) {
        jdbc.sql("select id from services.session where id = :id for update").param("id", id).query(Long.class)
                .optional();
        return find(id);
    }

    List<SessionRow> ofCentre(long centreId, Instant from, Instant to, int limit) {
        return jdbc.sql(SELECT + "\n" + """
                         where s.centre_id = :centre and s.starts_at >= :from and s.starts_at < :to
                         order by s.starts_at, s.id limit :limit""")
                .param("centre", centreId).param("from", at(from)).param("to", at(to)).param("limit", limit)
                .query(SessionRepository::map).list();
    }

    Optional<Long> insert(String county, long centreId, long serviceId, Long roomId, LocalDate day,
                          OffsetDateTime start, OffsetDateTime end, int capacity, int waitingLimit, long by,
                          Instant at) {
        return jdbc.sql("""
                        insert into services.session (county, centre_id, service_id, room_id, day, starts_at, ends_at,
                                                      capacity, waiting_limit, created_by, created_at)
                        values (:county, :centre, :service, :room, :day, :start, :end, :capacity, :waiting, :by, :at)
                        on conflict (service_id, starts_at, county) do nothing returning id""")
                .param("county", county).param("centre", centreId).param("service", serviceId)
                .param("room", roomId, java.sql.Types.BIGINT).param("day", day).param("start", start)
                .param("end", end).param("capacity", capacity).param("waiting", waitingLimit).param("by", by)
                .param("at", at(at)).query(Long.class).optional();
    }

    /** Takes one seat if one is left; false when the session is full. The check constraint backs this up. */
    boolean takeSeat(long id) {
        return jdbc.sql("update services.session set booked = booked + 1 where id = :id and booked < capacity")
                .param("id", id).update() == 1;
    }

    void freeSeat(long id) {
        jdbc.sql("update services.session set booked = booked - 1 where id = :id and booked > 0").param("id", id)
                .update();
    }

    /** CentreSessions ended before {@code before} whose bookings are still to be closed. */
    List<Long> dueForSweep(Instant before) {
        return jdbc.sql("select id from services.session where not swept and ends_at < :before order by ends_at limit 500")
                .param("before", at(before)).query(Long.class).list();
    }

    void markSwept(long id) {
        jdbc.sql("update services.session set swept = true where id = :id").param("id", id).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(Beijing.OFFSET);
    }

    private static SessionRow map(ResultSet rs, int n) throws SQLException {
        return new SessionRow(rs.getLong("id"), rs.getString("county"), rs.getLong("centre_id"),
                rs.getString("centre_name"), rs.getString("territory_code"), rs.getLong("service_id"),
                rs.getString("service_name"), rs.getString("kind"), rs.getLong("price_fen"),
                rs.getObject("room_id", Long.class), rs.getString("room_name"), rs.getObject("day", LocalDate.class),
                Beijing.shown(rs.getObject("starts_at", OffsetDateTime.class)),
                Beijing.shown(rs.getObject("ends_at", OffsetDateTime.class)), rs.getInt("capacity"),
                rs.getInt("booked"), rs.getInt("waiting"), rs.getInt("waiting_limit"), rs.getString("status"));
    }
}

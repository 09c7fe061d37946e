package org.jiceng.services.internal.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings of sessions, in SQL. */
@Repository
class BookingRepository {

    record BookingRow(long id, String county, long sessionId, long centreId, String territoryCode, long userId,
                      Long residentId, String bookerName, String attendee, BookingStatus status,
                      OffsetDateTime bookedAt, OffsetDateTime checkedInAt, int version) {
    }

    private static final String SELECT = """
            select id, county, session_id, centre_id, territory_code, user_id, resident_id, booker_name, attendee,
                   status, booked_at, checked_in_at, version
              from services.booking""";

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BookingRow> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(BookingRepository::map).optional();
    }

    Optional<BookingRow> live(long sessionId, long userId, String attendee) {
        return jdbc.sql(SELECT + "\n" + """
                         where session_id = :session and user_id = :user and attendee = :attendee
                           and status in ('BOOKED', 'WAITING', 'ATTENDED', 'NO_SHOW')""")
                .param("session", sessionId).param("user", userId).param("attendee", attendee)
                .query(BookingRepository::map).optional();
    }

    /** The session's bookings that are not cancelled: seats first, then the waiting list in its order. */
    List<BookingRow> ofSession(long sessionId) {
        return jdbc.sql(SELECT + "\n" + """
                         where session_id = :session and status not in ('CANCELLED', 'LAPSED')
                         order by case status when 'WAITING' then 1 else 0 end, booked_at, id""")
                .param("session", sessionId).query(BookingRepository::map).list();
    }

    List<BookingRow> ofUser(long userId, long below, int limit) {
        return jdbc.sql(SELECT + " where user_id = :user and id < :below order by id desc limit :limit")
                .param("user", userId).param("below", below).param("limit", limit).query(BookingRepository::map)
                .list();
    }

    int waitingBefore(BookingRow row) {
        return jdbc.sql("""
                        select count(*) from services.booking where session_id = :session and status = 'WAITING'
                           and (booked_at, id) < (:at, :id)""")
                .param("session", row.sessionId()).param("at", row.bookedAt()).param("id", row.id())
                .query(Integer.class).single();
    }

    long insert(String county, long sessionId, long centreId, String territory, long userId, Long residentId,
                String bookerName, String attendee, BookingStatus status, Instant at) {
        return jdbc.sql("""
                        insert into services.booking (county, session_id, centre_id, territory_code, user_id,
                                                      resident_id, booker_name, attendee, status, booked_at)
                        values (:county, :session, :centre, :territory, :user, :resident, :booker, :attendee, :status,
                                :at) returning id""")
                .param("county", county).param("session", sessionId).param("centre", centreId)
                .param("territory", territory).param("user", userId).param("resident", residentId, java.sql.Types.BIGINT)
                .param("booker", bookerName).param("attendee", attendee).param("status", status.name())
                .param("at", at.atOffset(Beijing.OFFSET)).query(Long.class).single();
    }

    Optional<BookingRow> firstWaiting(long sessionId) {
        return jdbc.sql(SELECT + " where session_id = :session and status = 'WAITING' order by booked_at, id limit 1")
                .param("session", sessionId).query(BookingRepository::map).optional();
    }

    /** Moves a booking from one status to another; false when it was no longer in {@code from}. */
    boolean move(long id, BookingStatus from, BookingStatus to, Instant at, Long by) {
        boolean closes = !to.live();
        return jdbc.sql("""
                        update services.booking set status = :to, version = version + 1,
                               closed_at = case when :closes then :at else closed_at end,
                               checked_in_at = case when :to = 'ATTENDED' then :at else checked_in_at end,
                               checked_in_by = case when :to = 'ATTENDED' then :by else checked_in_by end
                        where id = :id and status = :from""")
                .param("to", to.name()).param("closes", closes).param("at", at.atOffset(Beijing.OFFSET))
                .param("by", by, java.sql.Types.BIGINT).param("id", id).param("from", from.name()).update() == 1;
    }

    private static BookingRow map(ResultSet rs, int n) throws SQLException {
        return new BookingRow(rs.getLong("id"), rs.getString("county"), rs.getLong("session_id"),
                rs.getLong("centre_id"), rs.getString("territory_code"), rs.getLong("user_id"),
                rs.getObject("resident_id", Long.class), rs.getString("booker_name"), rs.getString("attendee"),
                BookingStatus.valueOf(rs.getString("status")),
                Beijing.shown(rs.getObject("booked_at", OffsetDateTime.class)),
                Beijing.shown(rs.getObject("checked_in_at", OffsetDateTime.class)), rs.getInt("version"));
    }
}

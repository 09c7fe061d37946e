package org.jiceng.volunteer.internal.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-ups and attendance, in SQL: one row per volunteer and activity. */
@Repository
class AttendanceRepository {

    enum Place { SIGNED_UP, WAITING, CANCELLED }

    record AttendanceRow(long id, String county, long activityId, String activityTitle, long volunteerId,
                         String volunteerName, Long userId, Place status, OffsetDateTime signedUpAt,
                         OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, boolean closedByRule,
                         OffsetDateTime confirmedIn, OffsetDateTime confirmedOut, Integer minutes,
                         OffsetDateTime confirmedAt, int version) {

        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private static final String SELECT = """
            select s.id, s.county, s.activity_id, a.title, s.volunteer_id, v.name, v.user_id, s.status, s.signed_up_at,
                   s.checked_in_at, s.checked_out_at, s.closed_by_rule, s.confirmed_in, s.confirmed_out, s.minutes,
                   s.confirmed_at, s.version
            from volunteer.attendance s
              join volunteer.activity a on a.county = s.county and a.id = s.activity_id
              join volunteer.volunteer v on v.county = s.county and v.id = s.volunteer_id""";

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AttendanceRow> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(AttendanceRepository::map).optional();
    }

    Optional<AttendanceRow> of(long activityId, long volunteerId) {
        return jdbc.sql(SELECT + " where s.activity_id = :activity and s.volunteer_id = :volunteer")
                .param("activity", activityId).param("volunteer", volunteerId).query(AttendanceRepository::map)
                .optional();
    }

    /** Everyone who signed up or waits, in the order they came (the waiting list's order). */
    List<AttendanceRow> ofActivity(long activityId) {
        return jdbc.sql(SELECT + " where s.activity_id = :activity and s.status <> 'CANCELLED'"
                        + " order by s.status, s.signed_up_at, s.id")
                .param("activity", activityId).query(AttendanceRepository::map).list();
    }

    List<AttendanceRow> ofVolunteer(long volunteerId, long below, int limit) {
        return jdbc.sql(SELECT + " where s.volunteer_id = :volunteer and s.id < :below order by s.id desc limit :limit")
                .param("volunteer", volunteerId).param("below", below).param("limit", limit)
                .query(AttendanceRepository::map).list();
    }

    /** Signs up anew, or again after leaving (then at the end of the waiting list, as anyone new). */
    long put(String county, long activityId, long volunteerId, Place place, Instant at) {
        return jdbc.sql("""
                        insert into volunteer.attendance (county, activity_id, volunteer_id, status, signed_up_at)
                        values (:county, :activity, :volunteer, :status, :at)
                        on conflict (county, activity_id, volunteer_id) do update
                          set status = excluded.status, signed_up_at = excluded.signed_up_at,
                              version = volunteer.attendance.version + 1
                        returning id""")
                .param("county", county).param("activity", activityId).param("volunteer", volunteerId)
                .param("status", place.name()).param("at", at.atOffset(Beijing.OFFSET)).query(Long.class).single();
    }

    void place(long id, Place place) {
        jdbc.sql("update volunteer.attendance set status = :status, version = version + 1 where id = :id")
                .param("status", place.name()).param("id", id).update();
    }

    Optional<AttendanceRow> firstWaiting(long activityId) {
        return jdbc.sql(SELECT + " where s.activity_id = :activity and s.status = 'WAITING'"
                        + " order by s.signed_up_at, s.id limit 1")
                .param("activity", activityId).query(AttendanceRepository::map).optional();
    }

    /** Marks the volunteer reminded; false when they already were (another sweep got there first). */
    boolean markReminded(long id) {
        return jdbc.sql("update volunteer.attendance set reminded = true where id = :id and not reminded")
                .param("id", id).update() == 1;
    }

    /** Sets the check-in once: a repeated scan changes nothing. */
    boolean checkIn(long id, Instant at) {
        return jdbc.sql("""
                        update volunteer.attendance set checked_in_at = :at, version = version + 1
                        where id = :id and checked_in_at is null""")
                .param("id", id).param("at", at.atOffset(Beijing.OFFSET)).update() == 1;
    }

    boolean checkOut(long id, Instant at) {
        return jdbc.sql("""
                        update volunteer.attendance set checked_out_at = :at, version = version + 1
                        where id = :id and checked_in_at is not null and checked_out_at is null""")
                .param("id", id).param("at", at.atOffset(Beijing.OFFSET)).update() == 1;
    }

    /** Closes forgotten check-outs at the activity's end and flags them; answers how many. */
    int closeForgotten(long activityId, OffsetDateTime end) {
        return jdbc.sql("""
                        update volunteer.attendance set checked_out_at = greatest(:end, checked_in_at),
                               closed_by_rule = true, version = version + 1
                        where activity_id = :activity and status = 'SIGNED_UP' and checked_in_at is not null
                          and checked_out_at is null""")
                .param("activity", activityId).param("end", end).update();
    }

    boolean confirm(long id, int version, Instant in, Instant out, int minutes, Instant at, long by) {
        return jdbc.sql("""
                        update volunteer.attendance set confirmed_in = :in, confirmed_out = :out, minutes = :minutes,
                               confirmed_at = :at, confirmed_by = :by, version = version + 1
                        where id = :id and version = :version and confirmed_at is null""")
                .param("in", in.atOffset(Beijing.OFFSET)).param("out", out.atOffset(Beijing.OFFSET))
                .param("minutes", minutes).param("at", at.atOffset(Beijing.OFFSET)).param("by", by).param("id", id)
                .param("version", version).update() == 1;
    }

    private static AttendanceRow map(ResultSet rs, int row) throws SQLException {
        return new AttendanceRow(rs.getLong("id"), rs.getString("county"), rs.getLong("activity_id"),
                rs.getString("title"), rs.getLong("volunteer_id"), rs.getString("name"),
                rs.getObject("user_id", Long.class), Place.valueOf(rs.getString("status")), time(rs, "signed_up_at"),
                time(rs, "checked_in_at"), time(rs, "checked_out_at"), rs.getBoolean("closed_by_rule"),
                time(rs, "confirmed_in"), time(rs, "confirmed_out"), rs.getObject("minutes", Integer.class),
                time(rs, "confirmed_at"), rs.getInt("version"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return Beijing.shown(rs.getObject(column, OffsetDateTime.class));
    }
}

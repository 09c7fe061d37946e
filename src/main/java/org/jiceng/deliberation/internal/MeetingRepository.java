package org.jiceng.deliberation.internal;

import org.jiceng.County;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.MeetingView;
import org.jiceng.deliberation.TopicStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, recurring series, agenda and attendance; every read of meetings takes the caller's {@link Scope}. */
@Repository
class MeetingRepository {

    private static final String COLUMNS = "m.id, m.territory_code, m.kind, m.title, m.held_on, m.start_time, m.place, "
            + "m.series_id, m.held, m.minutes, (select count(*) from deliberation.meeting_attendee a where a.meeting_id = m.id) "
            + "as attendance, m.version";

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    MeetingRepository(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The clock's time, so a replayed past (the demo year) is stamped with its own instants. */
    private java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock);
    }

    record NewMeeting(String territoryCode, MeetingKind kind, String title, LocalDate heldOn, LocalTime startTime,
                      String place, Long seriesId, String createdBy) {
    }

    long insertSeries(String territoryCode, MeetingKind kind, String title, int weekday, int ordinal,
                      LocalTime startTime, String place, String createdBy) {
        return jdbc.sql("""
                        insert into deliberation.meeting_series (county, territory_code, kind, title, weekday, ordinal,
                            start_time, place, created_by, created_at)
                        values (left(:territory, 6), :territory, :kind, :title, :weekday, :ordinal, :start, :place, :by, :now)
                        returning id""")
                .param("now", now()).param("territory", territoryCode).param("kind", kind.name()).param("title", title)
                .param("weekday", weekday).param("ordinal", ordinal).param("start", startTime == null ? null : Time.valueOf(startTime))
                .param("place", place).param("by", createdBy)
                .query(Long.class).single();
    }

    long insert(NewMeeting m) {
        return jdbc.sql("""
                        insert into deliberation.meeting (county, territory_code, kind, title, held_on, start_time, place,
                            series_id, created_by, created_at)
                        values (left(:territory, 6), :territory, :kind, :title, :heldOn, :start, :place, :series, :by, :now)
                        returning id""")
                .param("now", now()).param("territory", m.territoryCode()).param("kind", m.kind().name()).param("title", m.title())
                .param("heldOn", m.heldOn()).param("start", m.startTime() == null ? null : Time.valueOf(m.startTime()))
                .param("place", m.place()).param("series", m.seriesId()).param("by", m.createdBy())
                .query(Long.class).single();
    }

    /** Days among {@code days} on which a series already holds a meeting of this kind here. */
    List<LocalDate> seriesDaysTaken(String territoryCode, MeetingKind kind, Collection<LocalDate> days) {
        return jdbc.sql("select held_on from deliberation.meeting where county = :county and territory_code = :territory and kind = :kind "
                        + "and series_id is not null and held_on = any(:days) order by held_on")
                .param("county", County.of(territoryCode)).param("territory", territoryCode).param("kind", kind.name())
                .param("days", days.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .query(LocalDate.class).list();
    }

    Optional<MeetingView> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.meeting m where m.id = :id and " + scope.where("m.territory_code", "m.county"))
                .params(scope.params()).param("id", id)
                .query(MeetingRepository::view).optional();
    }

    /** Meetings in the scope, latest first, before the cursor (day, id); of one kind when given. */
    List<MeetingView> list(Scope scope, MeetingKind kind, LocalDate beforeDay, long beforeId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.meeting m where " + scope.where("m.territory_code", "m.county")
                        + (kind == null ? "" : " and m.kind = :kind")
                        + " and (m.held_on, m.id) < (:day, :id) order by m.held_on desc, m.id desc limit :limit")
                .params(scope.params()).param("kind", kind == null ? null : kind.name())
                .param("day", beforeDay).param("id", beforeId).param("limit", limit)
                .query(MeetingRepository::view).list();
    }

    /** Meetings in the scope from {@code from} on, soonest first. */
    List<MeetingView> from(Scope scope, LocalDate from, int limit) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.meeting m where " + scope.where("m.territory_code", "m.county")
                        + " and m.held_on >= :from order by m.held_on, m.id limit :limit")
                .params(scope.params()).param("from", from).param("limit", limit)
                .query(MeetingRepository::view).list();
    }

    /** The meetings whose agenda holds the topic. */
    List<MeetingView> ofTopic(long topicId, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.meeting m join deliberation.meeting_agenda_item i "
                        + "on i.meeting_id = m.id where i.topic_id = :topic and " + scope.where("m.territory_code", "m.county")
                        + " order by m.held_on, m.id")
                .params(scope.params()).param("topic", topicId)
                .query(MeetingRepository::view).list();
    }

    List<MeetingService.AgendaItem> agenda(long meetingId) {
        return jdbc.sql("select i.id, i.position, i.topic_id, coalesce(t.title, i.title), t.step "
                        + "from deliberation.meeting_agenda_item i left join deliberation.topic t on t.id = i.topic_id "
                        + "where i.meeting_id = :meeting order by i.position")
                .param("meeting", meetingId)
                .query((rs, n) -> new MeetingService.AgendaItem(rs.getLong(1), rs.getInt(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getString(5) == null ? null : TopicStep.valueOf(rs.getString(5))))
                .list();
    }

    boolean onAgenda(long meetingId, long topicId) {
        return jdbc.sql("select exists (select 1 from deliberation.meeting_agenda_item where meeting_id = :meeting and topic_id = :topic)")
                .param("meeting", meetingId).param("topic", topicId).query(Boolean.class).single();
    }

    void addAgendaItem(long meetingId, Long topicId, String title) {
        jdbc.sql("""
                        insert into deliberation.meeting_agenda_item (county, meeting_id, position, topic_id, title)
                        select county, id, (select coalesce(max(position), 0) + 1 from deliberation.meeting_agenda_item
                                            where meeting_id = :meeting), :topic, :title
                        from deliberation.meeting where id = :meeting""")
                .param("meeting", meetingId).param("topic", topicId).param("title", title).update();
    }

    List<MeetingService.Attendee> attendees(long meetingId) {
        return jdbc.sql("select id, name, role from deliberation.meeting_attendee where meeting_id = :meeting order by id")
                .param("meeting", meetingId)
                .query((rs, n) -> new MeetingService.Attendee(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    void addAttendee(long meetingId, String name, String role) {
        jdbc.sql("insert into deliberation.meeting_attendee (county, meeting_id, name, role)"
                        + " select county, id, :name, :role from deliberation.meeting where id = :meeting")
                .param("meeting", meetingId).param("name", name).param("role", role).update();
    }

    boolean recordMinutes(long id, int version, String minutes, String by) {
        return jdbc.sql("""
                        update deliberation.meeting set minutes = :minutes, minutes_by = :by, minutes_at = :now, held = true,
                        version = version + 1 where id = :id and version = :version""")
                .param("now", now()).param("minutes", minutes).param("by", by).param("id", id).param("version", version).update() == 1;
    }

    /** Locks the meeting row for the rest of the transaction, so two agenda additions do not race for a position. */
    void lock(long id) {
        jdbc.sql("select id from deliberation.meeting where id = :id for update").param("id", id).query(Long.class).optional();
    }

    private static MeetingView view(ResultSet rs, int row) throws SQLException {
        MeetingKind kind = MeetingKind.valueOf(rs.getString("kind"));
        Time start = rs.getTime("start_time");
        return new MeetingView(rs.getLong("id"), rs.getString("territory_code"), kind, kind.label(), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), start == null ? null : start.toLocalTime(), rs.getString("place"),
                (Long) rs.getObject("series_id"), rs.getBoolean("held"), rs.getString("minutes"), rs.getInt("attendance"),
                rs.getInt("version"));
    }
}

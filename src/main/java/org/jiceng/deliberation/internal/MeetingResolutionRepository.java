package org.jiceng.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.deliberation.ResolutionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Resolutions of meetings and the cases opened for them; every read by id takes the caller's {@link Scope}. */
@Repository
class MeetingResolutionRepository {

    private static final String COLUMNS = "r.id, r.meeting_id, r.territory_code, r.topic_id, r.text, r.decided_by, r.decided_at, "
            + "array(select c.case_id from deliberation.resolution_case c where c.resolution_id = r.id order by c.opened_at, c.case_id) as case_ids, "
            + "(select n.id from deliberation.notice n where n.resolution_id = r.id) as notice_id";

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    MeetingResolutionRepository(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The clock's time, so a replayed past (the demo year) is stamped with its own instants. */
    private java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock);
    }

    long insert(long meetingId, String territoryCode, Long topicId, String text, String decidedBy) {
        return jdbc.sql("""
                        insert into deliberation.resolution (county, meeting_id, territory_code, topic_id, text, decided_by,
                            decided_at)
                        values (left(:territory, 6), :meeting, :territory, :topic, :text, :by, :now) returning id""")
                .param("now", now()).param("meeting", meetingId).param("territory", territoryCode).param("topic", topicId)
                .param("text", text).param("by", decidedBy)
                .query(Long.class).single();
    }

    Optional<ResolutionView> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.resolution r where r.id = :id and " + scope.where("r.territory_code", "r.county"))
                .params(scope.params()).param("id", id)
                .query(MeetingResolutionRepository::view).optional();
    }

    List<ResolutionView> ofMeeting(long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.resolution r where r.meeting_id = :meeting order by r.id")
                .param("meeting", meetingId).query(MeetingResolutionRepository::view).list();
    }

    List<ResolutionView> ofTopic(long topicId) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.resolution r where r.topic_id = :topic order by r.id")
                .param("topic", topicId).query(MeetingResolutionRepository::view).list();
    }

    void addCase(long resolutionId, long caseId, String openedBy) {
        jdbc.sql("insert into deliberation.resolution_case (county, resolution_id, case_id, opened_by, opened_at)"
                        + " select county, id, :case, :by, :now from deliberation.resolution where id = :resolution")
                .param("now", now()).param("resolution", resolutionId).param("case", caseId).param("by", openedBy).update();
    }

    private static ResolutionView view(ResultSet rs, int row) throws SQLException {
        Long[] cases = (Long[]) rs.getArray("case_ids").getArray();
        return new ResolutionView(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("territory_code"),
                (Long) rs.getObject("topic_id"), rs.getString("text"), rs.getString("decided_by"),
                Beijing.shown(rs.getObject("decided_at", OffsetDateTime.class)), List.of(cases),
                (Long) rs.getObject("notice_id"));
    }
}

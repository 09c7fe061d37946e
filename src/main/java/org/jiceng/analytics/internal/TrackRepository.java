package org.jiceng.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.Satisfaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One {@link CaseTrack} per case, read under a row lock so that two events of one case apply one after the other. */
@Repository
class TrackRepository {

    private static final String COLUMNS = """
            case_id, number, territory_code, category_code, channel, level, lead_unit_id, received_at, response_due_at,
            reporter_id, last_at, last_rank, state, last_action, rating_solved, rating_satisfaction, rating_at,
            rating_rank, responses""";

    private final JdbcClient jdbc;

    TrackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseTrack> lock(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from analytics.case_track where case_id = :id for update")
                .param("id", caseId).query((rs, n) -> track(rs)).optional();
    }

    /** Inserts the first track of a case; false when another event's track got there first (it is then committed). */
    boolean insert(CaseTrack t) {
        return bind(jdbc.sql("insert into analytics.case_track (" + COLUMNS + ") values (:id, :number, :territory, "
                + ":category, :channel, :level, :unit, :received, :due, :reporter, :lastAt, :lastRank, :state, :action, "
                + ":solved, :satisfaction, :ratingAt, :ratingRank, :responses) on conflict (case_id) do nothing"), t)
                .update() == 1;
    }

    void update(CaseTrack t) {
        bind(jdbc.sql("""
                update analytics.case_track set number = :number, territory_code = :territory, category_code = :category,
                    channel = :channel, level = :level, lead_unit_id = :unit, received_at = :received,
                    response_due_at = :due, reporter_id = :reporter, last_at = :lastAt, last_rank = :lastRank,
                    state = :state, last_action = :action, rating_solved = :solved,
                    rating_satisfaction = :satisfaction, rating_at = :ratingAt, rating_rank = :ratingRank,
                    responses = :responses
                where case_id = :id"""), t).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, CaseTrack t) {
        CaseFacts f = t.facts();
        return sql.param("id", f.caseId()).param("number", f.number()).param("territory", f.territoryCode())
                .param("category", f.categoryCode()).param("channel", f.channel().name())
                .param("level", f.level().name()).param("unit", f.leadUnitId())
                .param("received", timestamp(f.receivedAt())).param("due", timestamp(f.responseDueAt()))
                .param("reporter", f.reporterId()).param("lastAt", timestamp(t.stamp().at()))
                .param("lastRank", t.stamp().rank()).param("state", t.state().name())
                .param("action", t.lastAction() == null ? null : t.lastAction().name())
                .param("solved", t.rating() == null ? null : t.rating().solved())
                .param("satisfaction", t.rating() == null ? null : t.rating().satisfaction().name())
                .param("ratingAt", timestamp(t.ratingStamp().at())).param("ratingRank", t.ratingStamp().rank())
                .param("responses", t.encodedResponses());
    }

    private static CaseTrack track(ResultSet rs) throws SQLException {
        CaseFacts facts = new CaseFacts(rs.getLong("case_id"), rs.getString("number"), rs.getString("territory_code"),
                rs.getString("category_code"), CaseChannel.valueOf(rs.getString("channel")),
                CaseLevel.valueOf(rs.getString("level")), (Long) rs.getObject("lead_unit_id"),
                instant(rs, "received_at"), instant(rs, "response_due_at"), (Long) rs.getObject("reporter_id"));
        String action = rs.getString("last_action");
        String satisfaction = rs.getString("rating_satisfaction");
        CaseMoved.Rating rating = satisfaction == null ? null
                : new CaseMoved.Rating(rs.getBoolean("rating_solved"), Satisfaction.valueOf(satisfaction));
        return new CaseTrack(facts, new CaseTrack.Stamp(instant(rs, "last_at"), rs.getInt("last_rank")),
                CaseState.valueOf(rs.getString("state")), action == null ? null : CaseAction.valueOf(action), rating,
                new CaseTrack.Stamp(instant(rs, "rating_at"), rs.getInt("rating_rank")),
                CaseTrack.decodeResponses(rs.getString("responses")));
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}

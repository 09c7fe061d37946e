package org.jiceng.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.Satisfaction;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One {@link CaseTrack} per case, read under a row lock so that the events of one case apply one after the other. */
@Repository
class TrackRepository {

    private static final String COLUMNS = """
            case_id, number, territory_code, category_code, channel, level, lead_unit_id, received_at, response_due_at,
            reporter_id, last_at, last_rank, state, last_action, rating_solved, rating_satisfaction, rating_at,
            rating_rank, responses""";

    private static final String INSERT = "insert into analytics.case_track (" + COLUMNS + ") values (:id, :number,"
            + " :territory, :category, :channel, :level, :unit, :received, :due, :reporter, :lastAt, :lastRank, :state,"
            + " :action, :solved, :satisfaction, :ratingAt, :ratingRank, :responses) on conflict (case_id) do nothing";

    private static final String UPDATE = """
            update analytics.case_track set number = :number, territory_code = :territory, category_code = :category,
                channel = :channel, level = :level, lead_unit_id = :unit, received_at = :received,
                response_due_at = :due, reporter_id = :reporter, last_at = :lastAt, last_rank = :lastRank,
                state = :state, last_action = :action, rating_solved = :solved,
                rating_satisfaction = :satisfaction, rating_at = :ratingAt, rating_rank = :ratingRank,
                responses = :responses
            where case_id = :id""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    TrackRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The stored tracks of these cases, locked in the order of their ids (so two folders cannot deadlock). */
    Map<Long, CaseTrack> lockAll(Collection<Long> caseIds) {
        Map<Long, CaseTrack> stored = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from analytics.case_track where case_id = any(:ids) order by case_id for update")
                .param("ids", caseIds.stream().sorted().toArray(Long[]::new))
                .query((rs, n) -> track(rs)).list().forEach(t -> stored.put(t.caseId(), t));
        return stored;
    }

    /**
     * Inserts the first tracks of cases. Another folder may have inserted one meanwhile (its lock could not
     * be taken while the row did not exist): then this batch is rolled back and folded again.
     */
    void insertAll(List<CaseTrack> created) {
        if (created.isEmpty()) {
            return;
        }
        int[] counts = batch.batchUpdate(INSERT, created.stream().map(TrackRepository::params).toArray(SqlParameterSource[]::new));
        if (Arrays.stream(counts).anyMatch(c -> c == 0)) {
            throw new ConcurrencyFailureException("三率：另一批次同时记下了同一诉求，本批次稍后重做");
        }
    }

    void updateAll(List<CaseTrack> changed) {
        if (!changed.isEmpty()) {
            batch.batchUpdate(UPDATE, changed.stream().map(TrackRepository::params).toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource params(CaseTrack t) {
        CaseFacts f = t.facts();
        return new MapSqlParameterSource().addValue("id", f.caseId()).addValue("number", f.number())
                .addValue("territory", f.territoryCode()).addValue("category", f.categoryCode())
                .addValue("channel", f.channel().name()).addValue("level", f.level().name())
                .addValue("unit", f.leadUnitId(), Types.BIGINT)
                .addValue("received", timestamp(f.receivedAt())).addValue("due", timestamp(f.responseDueAt()))
                .addValue("reporter", f.reporterId(), Types.BIGINT).addValue("lastAt", timestamp(t.stamp().at()))
                .addValue("lastRank", t.stamp().rank()).addValue("state", t.state().name())
                .addValue("action", t.lastAction() == null ? null : t.lastAction().name(), Types.VARCHAR)
                .addValue("solved", t.rating() == null ? null : t.rating().solved(), Types.BOOLEAN)
                .addValue("satisfaction", t.rating() == null ? null : t.rating().satisfaction().name(), Types.VARCHAR)
                .addValue("ratingAt", timestamp(t.ratingStamp().at())).addValue("ratingRank", t.ratingStamp().rank())
                .addValue("responses", t.encodedResponses());
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

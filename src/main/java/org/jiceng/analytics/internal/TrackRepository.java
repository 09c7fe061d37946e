package org.jiceng.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.ArrayColumns;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.Satisfaction;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One {@link CaseTrack} per case, read under a row lock so that the events of one case apply one after the other. */
@Repository
class TrackRepository {

    private static final String COLUMNS = """
            case_id, number, territory_code, category_code, channel, level, lead_unit_id, received_at, response_due_at,
            reporter_id, last_at, last_rank, state, last_action, rating_solved, rating_satisfaction, rating_at,
            rating_rank, responses""";

    /** The tracks given as array parameters, one row per track, in the columns' order. */
    private static final String ROWS = """
            select * from unnest(cast(:id as bigint[]), cast(:number as text[]), cast(:territory as text[]),
                cast(:category as text[]), cast(:channel as text[]), cast(:level as text[]), cast(:unit as bigint[]),
                cast(:received as timestamptz[]), cast(:due as timestamptz[]), cast(:reporter as bigint[]),
                cast(:lastAt as timestamptz[]), cast(:lastRank as integer[]), cast(:state as text[]), cast(:action as text[]),
                cast(:solved as boolean[]), cast(:satisfaction as text[]), cast(:ratingAt as timestamptz[]),
                cast(:ratingRank as integer[]), cast(:responses as text[]))
            as t(""" + COLUMNS + ")";

    private final JdbcClient jdbc;

    TrackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
     * Inserts the first tracks of cases, in one statement. Another folder may have inserted one meanwhile (its lock
     * could not be taken while the row did not exist): then this batch is rolled back and folded again.
     */
    void insertAll(List<CaseTrack> created) {
        if (created.isEmpty()) {
            return;
        }
        int inserted = rows(jdbc.sql("insert into analytics.case_track (county, " + COLUMNS + ") select left(territory_code, 6), "
                + COLUMNS + " from (" + ROWS + ") t order by case_id on conflict (county, case_id) do nothing"), created).update();
        if (inserted != created.size()) {
            throw new ConcurrencyFailureException("三率：另一批次同时记下了同一诉求，本批次稍后重做");
        }
    }

    /** Writes the changed tracks, in one statement. */
    void updateAll(List<CaseTrack> changed) {
        if (changed.isEmpty()) {
            return;
        }
        rows(jdbc.sql("""
                update analytics.case_track c set number = t.number, territory_code = t.territory_code,
                    category_code = t.category_code, channel = t.channel, level = t.level, lead_unit_id = t.lead_unit_id,
                    received_at = t.received_at, response_due_at = t.response_due_at, reporter_id = t.reporter_id,
                    last_at = t.last_at, last_rank = t.last_rank, state = t.state, last_action = t.last_action,
                    rating_solved = t.rating_solved, rating_satisfaction = t.rating_satisfaction, rating_at = t.rating_at,
                    rating_rank = t.rating_rank, responses = t.responses
                from (""" + ROWS + ") t where c.case_id = t.case_id"), changed).update();
    }

    private static JdbcClient.StatementSpec rows(JdbcClient.StatementSpec statement, List<CaseTrack> tracks) {
        return statement
                .param("id", ArrayColumns.text(tracks, t -> t.facts().caseId()))
                .param("number", ArrayColumns.text(tracks, t -> t.facts().number()))
                .param("territory", ArrayColumns.text(tracks, t -> t.facts().territoryCode()))
                .param("category", ArrayColumns.text(tracks, t -> t.facts().categoryCode()))
                .param("channel", ArrayColumns.text(tracks, t -> t.facts().channel().name()))
                .param("level", ArrayColumns.text(tracks, t -> t.facts().level().name()))
                .param("unit", ArrayColumns.text(tracks, t -> t.facts().leadUnitId()))
                .param("received", ArrayColumns.text(tracks, t -> t.facts().receivedAt()))
                .param("due", ArrayColumns.text(tracks, t -> t.facts().responseDueAt()))
                .param("reporter", ArrayColumns.text(tracks, t -> t.facts().reporterId()))
                .param("lastAt", ArrayColumns.text(tracks, t -> t.stamp().at()))
                .param("lastRank", ArrayColumns.text(tracks, t -> t.stamp().rank()))
                .param("state", ArrayColumns.text(tracks, t -> t.state().name()))
                .param("action", ArrayColumns.text(tracks, t -> t.lastAction() == null ? null : t.lastAction().name()))
                .param("solved", ArrayColumns.text(tracks, t -> t.rating() == null ? null : t.rating().solved()))
                .param("satisfaction", ArrayColumns.text(tracks, t -> t.rating() == null ? null : t.rating().satisfaction().name()))
                .param("ratingAt", ArrayColumns.text(tracks, t -> t.ratingStamp().at()))
                .param("ratingRank", ArrayColumns.text(tracks, t -> t.ratingStamp().rank()))
                .param("responses", ArrayColumns.text(tracks, CaseTrack::encodedResponses));
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

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}

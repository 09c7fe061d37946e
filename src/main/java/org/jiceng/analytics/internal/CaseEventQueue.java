package org.jiceng.analytics.internal;

import java.util.List;
import org.jiceng.RowsAtCommit;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The events waiting for {@link ThreeRatesFolder}, in the order they were written. */
@Repository
class CaseEventQueue {

    /** A queued event as stored: {@link #event} reads it as a {@link CaseFiled} or a {@link CaseMoved}. */
    record Queued(long id, long caseId, String kind, String payload) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowsAtCommit<Waiting> pending = new RowsAtCommit<>(this::insert);

    CaseEventQueue(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(CaseFiled filed) {
        add(filed.facts().caseId(), "FILED", json.writeValueAsString(filed));
    }

    void add(CaseMoved moved) {
        add(moved.facts().caseId(), "MOVED", json.writeValueAsString(moved));
    }

    private void add(long caseId, String kind, String payload) {
        pending.add(new Waiting(caseId, kind, payload));
    }

    private record Waiting(long caseId, String kind, String payload) {
    }

    /** The events of a transaction in one statement at its commit, in the order they happened. */
    private void insert(List<Waiting> events) {
        jdbc.sql("""
                        insert into analytics.case_event_queue (case_id, kind, payload)
                        select case_id, kind, payload
                        from unnest(cast(:cases as bigint[]), cast(:kinds as text[]), cast(:payloads as text[]))
                             with ordinality as e(case_id, kind, payload, n)
                        order by n""")
                .param("cases", events.stream().map(Waiting::caseId).toArray(Long[]::new))
                .param("kinds", events.stream().map(Waiting::kind).toArray(String[]::new))
                .param("payloads", events.stream().map(Waiting::payload).toArray(String[]::new))
                .update();
    }

    /** The oldest waiting events not taken by another transaction, locked until this one ends. */
    List<Queued> take(int limit) {
        return jdbc.sql("select id, case_id, kind, payload from analytics.case_event_queue where parked_at is null"
                        + " order by id limit :limit for update skip locked")
                .param("limit", limit).query(Queued.class).list();
    }

    /** One waiting event, locked; empty when it is gone or another transaction holds it. */
    List<Queued> takeOne(long id) {
        return jdbc.sql("select id, case_id, kind, payload from analytics.case_event_queue where id = :id"
                        + " and parked_at is null for update skip locked")
                .param("id", id).query(Queued.class).list();
    }

    /** Reads a queued event; a payload of another shape fails here, in the fold, not while taking the batch. */
    Object event(Queued queued) {
        Class<?> type = "FILED".equals(queued.kind()) ? CaseFiled.class : CaseMoved.class;
        return json.readValue(queued.payload(), type);
    }

    /** An event set aside by the folder, with the reason it could not be folded. */
    record Parked(long id, long caseId, String kind, String error, java.time.OffsetDateTime parkedAt) {
    }

    /** The oldest parked events. */
    List<Parked> parked(int limit) {
        return jdbc.sql("select id, case_id, kind, error, parked_at from analytics.case_event_queue"
                        + " where parked_at is not null order by id limit :limit")
                .param("limit", limit).query(Parked.class).list();
    }

    java.util.Optional<Parked> parked(long id) {
        return jdbc.sql("select id, case_id, kind, error, parked_at from analytics.case_event_queue"
                        + " where id = :id and parked_at is not null")
                .param("id", id).query(Parked.class).optional();
    }

    /** Puts a parked event back in the queue, for the folder's next run; false when it is not parked (any more). */
    boolean unpark(long id) {
        return jdbc.sql("update analytics.case_event_queue set parked_at = null, error = null where id = :id and parked_at is not null")
                .param("id", id).update() == 1;
    }

    void park(long id, String error) {
        jdbc.sql("update analytics.case_event_queue set parked_at = now(), error = :error where id = :id")
                .param("id", id).param("error", error).update();
    }

    void delete(List<Queued> done) {
        jdbc.sql("delete from analytics.case_event_queue where id = any(:ids)")
                .param("ids", done.stream().map(Queued::id).toArray(Long[]::new)).update();
    }
}

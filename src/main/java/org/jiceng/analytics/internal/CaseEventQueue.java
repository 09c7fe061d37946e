package org.jiceng.analytics.internal;

import java.util.List;
import org.jiceng.RowsAtCommit;
import org.jiceng.Scope;
import org.jiceng.cases.CaseFacts;
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
        add(filed.facts(), "FILED", json.writeValueAsString(filed));
    }

    void add(CaseMoved moved) {
        add(moved.facts(), "MOVED", json.writeValueAsString(moved));
    }

    private void add(CaseFacts facts, String kind, String payload) {
        pending.add(new Waiting(facts.caseId(), facts.territoryCode(), facts.number(), kind, payload));
    }

    private record Waiting(long caseId, String territoryCode, String number, String kind, String payload) {
    }

    /** The events of a transaction in one statement at its commit, in the order they happened. */
    private void insert(List<Waiting> events) {
        jdbc.sql("""
                        insert into analytics.case_event_queue (case_id, territory_code, case_number, kind, payload)
                        select case_id, territory_code, case_number, kind, payload
                        from unnest(cast(:cases as bigint[]), cast(:territories as text[]), cast(:numbers as text[]),
                                    cast(:kinds as text[]), cast(:payloads as text[]))
                             with ordinality as e(case_id, territory_code, case_number, kind, payload, n)
                        order by n""")
                .param("cases", events.stream().map(Waiting::caseId).toArray(Long[]::new))
                .param("territories", events.stream().map(Waiting::territoryCode).toArray(String[]::new))
                .param("numbers", events.stream().map(Waiting::number).toArray(String[]::new))
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

    /** The oldest parked events of cases in the scope. */
    List<ParkedEvents.Parked> parked(Scope scope, int limit) {
        return jdbc.sql("select id, case_id, case_number, kind, error, parked_at from analytics.case_event_queue"
                        + " where parked_at is not null and " + scope.where("territory_code") + " order by id limit :limit")
                .params(scope.params()).param("limit", limit).query(ParkedEvents.Parked.class).list();
    }

    /** Puts a parked event of a case in the scope back in the queue; false when there is none such. */
    boolean unpark(long id, Scope scope) {
        return jdbc.sql("update analytics.case_event_queue set parked_at = null, error = null"
                        + " where id = :id and parked_at is not null and " + scope.where("territory_code"))
                .params(scope.params()).param("id", id).update() == 1;
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

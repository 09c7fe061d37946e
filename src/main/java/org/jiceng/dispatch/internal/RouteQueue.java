package org.jiceng.dispatch.internal;

import java.util.List;
import java.util.Optional;
import org.jiceng.RowsAtCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** New cases waiting for the automatic dispatch: queued with the filing, taken one at a time by {@link QueuedRoutes}. */
@Repository
class RouteQueue {

    static final int MAX_ATTEMPTS = 3;

    record Queued(long id, long caseId, String townCode) {
    }

    private record Waiting(long caseId, String townCode) {
    }

    private final JdbcClient jdbc;
    private final RowsAtCommit<Waiting> waiting = new RowsAtCommit<>(this::insert);

    RouteQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the case in the caller's transaction (written at its commit, in one statement with the batch's others). */
    void add(long caseId, String townCode) {
        waiting.add(new Waiting(caseId, townCode));
    }

    private void insert(List<Waiting> rows) {
        jdbc.sql("""
                        insert into dispatch.route_pending (case_id, town_code)
                        select id, town from unnest(cast(:ids as bigint[]), cast(:towns as text[])) as p(id, town)""")
                .param("ids", rows.stream().map(Waiting::caseId).toArray(Long[]::new))
                .param("towns", rows.stream().map(Waiting::townCode).toArray(String[]::new))
                .update();
    }

    /** The oldest waiting case no other transaction holds, locked until this one ends. */
    Optional<Queued> take() {
        return jdbc.sql("select id, case_id, town_code from dispatch.route_pending order by id limit 1 for update skip locked")
                .query(Queued.class).optional();
    }

    void delete(long id) {
        jdbc.sql("delete from dispatch.route_pending where id = :id").param("id", id).update();
    }

    /** Counts a failed attempt; answers true when the case is given up (its row deleted) after the last one. */
    boolean failed(long id) {
        jdbc.sql("update dispatch.route_pending set attempts = attempts + 1 where id = :id").param("id", id).update();
        return jdbc.sql("delete from dispatch.route_pending where id = :id and attempts >= :max")
                .param("id", id).param("max", MAX_ATTEMPTS).update() > 0;
    }
}

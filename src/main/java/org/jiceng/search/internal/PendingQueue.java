package org.jiceng.search.internal;

import java.util.List;
import org.jiceng.RowsAtCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Records whose index entry is to be rewritten: queued with the change that made it stale, taken by the indexer. */
@Repository
class PendingQueue {

    record Pending(long id, SearchKind kind, long recordId) {
    }

    private record Waiting(SearchKind kind, long recordId) {
    }

    private final JdbcClient jdbc;
    private final RowsAtCommit<Waiting> waiting = new RowsAtCommit<>(this::insert);

    PendingQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the record in the caller's transaction (written at its commit, with the change it follows). */
    void add(SearchKind kind, long recordId) {
        waiting.add(new Waiting(kind, recordId));
    }

    private void insert(List<Waiting> rows) {
        jdbc.sql("""
                        insert into search.pending (kind, record_id)
                        select kind, id from unnest(cast(:kinds as text[]), cast(:ids as bigint[])) as p(kind, id)""")
                .param("kinds", rows.stream().map(w -> w.kind().name()).toArray(String[]::new))
                .param("ids", rows.stream().map(Waiting::recordId).toArray(Long[]::new))
                .update();
    }

    /** The oldest waiting records not taken by another transaction, locked until this one ends. */
    List<Pending> take(int limit) {
        return jdbc.sql("select id, kind, record_id from search.pending order by id limit :limit for update skip locked")
                .param("limit", limit)
                .query((rs, n) -> new Pending(rs.getLong("id"), SearchKind.valueOf(rs.getString("kind")),
                        rs.getLong("record_id")))
                .list();
    }

    void delete(List<Pending> done) {
        jdbc.sql("delete from search.pending where id = any(:ids)")
                .param("ids", done.stream().map(Pending::id).toArray(Long[]::new)).update();
    }

    long size() {
        return jdbc.sql("select count(*) from search.pending").query(Long.class).single();
    }
}

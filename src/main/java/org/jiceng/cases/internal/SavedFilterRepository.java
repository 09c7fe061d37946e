package org.jiceng.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** cases.saved_filter: an account's saved desk searches, always asked by that account's id. */
@Repository
class SavedFilterRepository {

    private final JdbcClient jdbc;

    SavedFilterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SavedFilters.Saved> of(long userId) {
        return jdbc.sql("select id, name, query from cases.saved_filter where user_id = :user order by name, id")
                .param("user", userId).query(SavedFilters.Saved.class).list();
    }

    long count(long userId) {
        return jdbc.sql("select count(*) from cases.saved_filter where user_id = :user").param("user", userId)
                .query(Long.class).single();
    }

    /** The new row's id; a name the account already uses fails on the unique key. */
    long insert(long userId, String name, String query, Instant at) {
        return jdbc.sql("""
                        insert into cases.saved_filter (user_id, name, query, created_at)
                        values (:user, :name, :query, :at) returning id""")
                .param("user", userId).param("name", name).param("query", query)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    boolean delete(long userId, long id) {
        return jdbc.sql("delete from cases.saved_filter where id = :id and user_id = :user")
                .param("id", id).param("user", userId).update() > 0;
    }
}

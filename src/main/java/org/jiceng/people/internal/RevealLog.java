package org.jiceng.people.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The PIPL access log of full-value reveals: who, whom, when, which fields, why. */
@Repository
class RevealLog {

    private final JdbcClient jdbc;

    RevealLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(OffsetDateTime at, String username, long residentId, String fields, String reason) {
    }

    void record(String username, long residentId, String territoryCode, String fields, String reason) {
        jdbc.sql("""
                        insert into people.reveal_log (username, resident_id, territory_code, fields, reason)
                        values (:username, :resident, :territory, :fields, :reason)""")
                .param("username", username).param("resident", residentId).param("territory", territoryCode)
                .param("fields", fields).param("reason", reason).update();
    }

    List<Entry> ofResident(long residentId, Scope scope) {
        return jdbc.sql("select at, username, resident_id, fields, reason from people.reveal_log where resident_id = :id and "
                        + scope.where("territory_code") + " order by at desc limit 100")
                .params(scope.params()).param("id", residentId).query(Entry.class).list();
    }
}

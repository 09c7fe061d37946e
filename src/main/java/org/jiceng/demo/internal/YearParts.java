package org.jiceng.demo.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which parts of the demo year besides the cases are written (demo.year_part), each in the transaction that wrote it. */
@Repository
class YearParts {

    static final String DELIBERATION = "deliberation";
    static final String MEDIATION = "mediation";

    private final JdbcClient jdbc;

    YearParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean done(String part) {
        return jdbc.sql("select count(*) from demo.year_part where part = :part").param("part", part)
                .query(Long.class).single() > 0;
    }

    void markDone(String part, int items, Instant at) {
        jdbc.sql("insert into demo.year_part (part, items, finished_at) values (:part, :items, :at)")
                .param("part", part).param("items", items).param("at", Timestamp.from(at)).update();
    }
}

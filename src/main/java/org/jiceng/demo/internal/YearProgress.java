package org.jiceng.demo.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.ArrayColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo year's progress and its plan-to-case map (demo.year_run, demo.year_case). */
@Repository
class YearProgress {

    /** A run: its plan's seed, scale and end, and how far it has got. */
    record Run(String scale, long seed, Instant until, int monthsDone, int months, int cases, boolean finished) {
    }

    private final JdbcClient jdbc;

    YearProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Run> run() {
        return jdbc.sql("select scale, seed, until_at, months_done, months, cases, finished_at from demo.year_run")
                .query((rs, n) -> new Run(rs.getString("scale"), rs.getLong("seed"), rs.getTimestamp("until_at").toInstant(),
                        rs.getInt("months_done"), rs.getInt("months"), rs.getInt("cases"), rs.getTimestamp("finished_at") != null))
                .optional();
    }

    void start(String scale, long seed, Instant until, int months) {
        jdbc.sql("insert into demo.year_run (id, scale, seed, until_at, months) values (1, :scale, :seed, :until, :months)")
                .param("scale", scale).param("seed", seed).param("until", Timestamp.from(until)).param("months", months)
                .update();
    }

    /** Records a month written, in the month's own transaction. */
    void monthDone(int monthsDone, int casesSoFar, Map<Integer, Long> filed, Instant finishedAt) {
        if (!filed.isEmpty()) {
            List<Map.Entry<Integer, Long>> rows = List.copyOf(filed.entrySet());
            jdbc.sql("insert into demo.year_case (plan_index, case_id)"
                            + " select * from unnest(cast(:indexes as int[]), cast(:ids as bigint[]))")
                    .param("indexes", ArrayColumns.text(rows, Map.Entry::getKey))
                    .param("ids", ArrayColumns.text(rows, Map.Entry::getValue)).update();
        }
        jdbc.sql("update demo.year_run set months_done = :done, cases = :cases, finished_at = :finished")
                .param("done", monthsDone).param("cases", casesSoFar)
                .param("finished", finishedAt == null ? null : Timestamp.from(finishedAt)).update();
    }

    /** The cases earlier months filed, by plan index. */
    Map<Integer, Long> filed() {
        Map<Integer, Long> filed = new HashMap<>();
        jdbc.sql("select plan_index, case_id from demo.year_case").query(rs -> {
            filed.put(rs.getInt(1), rs.getLong(2));
        });
        return filed;
    }

    List<Long> caseIds() {
        return jdbc.sql("select case_id from demo.year_case order by plan_index").query(Long.class).list();
    }
}

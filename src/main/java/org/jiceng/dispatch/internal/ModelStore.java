package org.jiceng.dispatch.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The model versions in the database, and the newest one in memory. Every node checks now and then for a newer
 * version than it holds, so a model trained anywhere serves everywhere within {@value #RECHECK_SECONDS} seconds.
 */
@Component
public class ModelStore {

    static final long RECHECK_SECONDS = 30;

    /** A model version as served: its classifiers and its accuracy report (JSON). */
    record Served(int version, Instant trainedAt, int cases, int features, NaiveBayes categories, NaiveBayes units,
                  String report) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Served current;
    private volatile Instant checked = Instant.EPOCH;

    ModelStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest model, or empty before the first training. */
    Optional<Served> current() {
        Instant now = Instant.now();
        if (current == null || now.isAfter(checked.plusSeconds(RECHECK_SECONDS))) {
            checked = now;
            int newest = jdbc.sql("select coalesce(max(version), 0) from dispatch.model").query(Integer.class).single();
            if (newest > 0 && (current == null || current.version() != newest)) {
                current = load(newest);
            }
        }
        return Optional.ofNullable(current);
    }

    /**
     * Takes the trainers' lock for the caller's transaction: two trainings at once (a command beside the nightly job,
     * or two nodes) write their words and their version one after the other, each version once.
     */
    void lockTrainers() {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('dispatch.model training'))").query(Object.class).single();
    }

    /** Stores a new version, the next number after the newest; called under {@link #lockTrainers()}. */
    int save(int cases, NaiveBayes categories, NaiveBayes units, String report) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from dispatch.model").query(Integer.class).single();
        Instant at = clock.instant();
        jdbc.sql("""
                        insert into dispatch.model (version, trained_at, cases, features, categories, units, report)
                        values (:version, :at, :cases, :features, :categories, :units, cast(:report as jsonb))""")
                .param("version", version).param("at", java.sql.Timestamp.from(at)).param("cases", cases)
                .param("features", categories.featureCount()).param("categories", categories.toBytes())
                .param("units", units.toBytes()).param("report", report).update();
        current = new Served(version, at, cases, categories.featureCount(), categories, units, report);
        checked = Instant.now();
        return version;
    }

    private Served load(int version) {
        return jdbc.sql("select version, trained_at, cases, features, categories, units, report::text from dispatch.model"
                        + " where version = :v").param("v", version)
                .query((rs, n) -> new Served(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4),
                        NaiveBayes.fromBytes(rs.getBytes(5)), NaiveBayes.fromBytes(rs.getBytes(6)), rs.getString(7)))
                .single();
    }
}

package org.jiceng.deliberation.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jiceng.Scope;
import org.jiceng.deliberation.TopicStep;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The topic board at county scale: 1,000,000 topics over 会泽县's 25 towns × 16 villages (a busy decade), then
 * the first and a deep page of one community, of one town filtered by step, and of the whole county — the very
 * statements of {@link TopicRepository#list}, timed over many runs.
 * Run: {@code java -cp target/test-classes:target/classes:<deps> org.jiceng.deliberation.internal.TopicBoardBenchmark}.
 */
public final class TopicBoardBenchmark {

    private static final int TOPICS = 1_000_000;
    private static final int RUNS = 2_000;

    private TopicBoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        Path directory = Files.createTempDirectory("jiceng-topic-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("shared_buffers", "256MB")
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start()) {
            DataSource data = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(data).schemas("deliberation").defaultSchema("deliberation").createSchemas(true)
                    .locations("classpath:db/migration/deliberation").load().migrate();
            long started = System.nanoTime();
            try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        insert into deliberation.topic (county, territory_code, title, description, step, proposer_id,
                            proposer_name, created_at)
                        select '530326', '530326' || lpad((1 + i % 25)::text, 3, '0') || lpad((1 + (i / 25) % 16)::text, 3, '0'),
                               '议题 ' || i, '演示议题说明 ' || i,
                               (array['COLLECTED','CONFIRMED','DELIBERATING','RESOLVED','EXECUTING','REVIEWED','DECLINED'])[1 + ((i::bigint * 7919) % 7)::int],
                               i % 5000, '居民' || (i % 5000), now() - make_interval(mins => {N} - i)
                        from generate_series(1, {N}) i""".replace("{N}", String.valueOf(TOPICS)));
                s.execute("vacuum analyze deliberation.topic");
            }
            long loadMillis = (System.nanoTime() - started) / 1_000_000;
            // one connection kept open, as the application's pool keeps them: the figures are the queries', not logins
            var connection = new org.springframework.jdbc.datasource.SingleConnectionDataSource(data.getConnection(), true);
            TopicRepository topics = new TopicRepository(JdbcClient.create(connection), java.time.Clock.systemUTC());
            Scope community = Scope.of("530326001001");
            Scope town = Scope.of("530326001");
            Scope county = Scope.of("530326");
            long deep = topics.list(community, null, Long.MAX_VALUE, 1_000).getLast().id();
            StringBuilder md = new StringBuilder("### Topic board (议事协商) at county scale\n\n")
                    .append("%,d topics over 400 villages loaded and indexed in %,d ms. Each line: %,d runs of one keyset page of 30 "
                            .formatted(TOPICS, loadMillis, RUNS))
                    .append("(TopicRepository.list, as the API and the board page call it), one connection at a time.\n\n")
                    .append("| page | median ms | p99 ms |\n|---|---:|---:|\n");
            md.append(line("one community, first page", () -> topics.list(community, null, Long.MAX_VALUE, 31).size()));
            md.append(line("one community, after 1,000 topics", () -> topics.list(community, null, deep, 31).size()));
            md.append(line("one community, step 收集", () -> topics.list(community, TopicStep.COLLECTED, Long.MAX_VALUE, 31).size()));
            md.append(line("one town, step 协商", () -> topics.list(town, TopicStep.DELIBERATING, Long.MAX_VALUE, 31).size()));
            md.append(line("whole county, step 执行", () -> topics.list(county, TopicStep.EXECUTING, Long.MAX_VALUE, 31).size()));
            md.append(line("one topic by id in scope", () -> topics.find(deep, community).isPresent() ? 1 : 0));
            md.append("\nPlans: ").append(plan(connection, "530326001", "530326002", null))
                    .append("; ").append(plan(connection, "530326", "530327", "EXECUTING")).append(".\n");
            return md.toString();
        }
    }

    /** The plan of the first page, generic (as PgJDBC's server-prepared statement runs it after five uses). */
    private static String plan(DataSource data, String lo, String hi, String step) {
        JdbcClient jdbc = JdbcClient.create(data);
        jdbc.sql("set plan_cache_mode = force_generic_plan").update();
        String sql = "explain (costs off) select id from deliberation.topic where territory_code >= :lo and territory_code < :hi"
                + (step == null ? "" : " and step = :step") + " and id < :before order by id desc limit 31";
        String plan = String.join(" / ", jdbc.sql(sql).param("lo", lo).param("hi", hi).param("step", step)
                .param("before", Long.MAX_VALUE).query(String.class).list()).replaceAll("\\s+", " ");
        jdbc.sql("reset plan_cache_mode").update();
        return "`" + plan + "`";
    }

    private static String line(String name, IntSupplier query) {
        for (int i = 0; i < 200; i++) {
            query.getAsInt();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            if (query.getAsInt() == 0) {
                throw new IllegalStateException(name + " found nothing");
            }
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return "| %s | %.3f | %.3f |%n".formatted(name, nanos[RUNS / 2] / 1e6, nanos[RUNS * 99 / 100] / 1e6);
    }
}

package org.jiceng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jiceng.JicengApplication;
import org.jiceng.demo.internal.DemoYear;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The demo year: how long {@link DemoYear} takes to live twelve months of cases through the case loop's API, for
 * 古城街道 and (when {@code JICENG_BENCH_DEMO_SCALES} names it; it needs the county's register, about a minute more
 * to generate) the whole county, beside the physical limit measured in the same run on the same database: the same
 * rows — cases, timeline entries, messages, whistled units, 督办 items, counter queue — copied in bulk by one
 * {@code INSERT … SELECT} each, which is as fast as PostgreSQL writes them at all.
 */
public final class DemoYearBenchmark {

    private static final long SEED = 2026;
    private static final List<String> TABLES = List.of("cases.case_file", "cases.case_event", "cases.inbox",
            "cases.case_unit", "cases.supervision");

    private DemoYearBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        StringBuilder md = new StringBuilder("### The demo year (演示年度数据)\n\n")
                .append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), demo settings.\n\n")
                .append("| scale | cases | steps left out | seconds | cases/s | physical limit: the same rows by INSERT … SELECT, seconds |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (String scale : System.getenv().getOrDefault("JICENG_BENCH_DEMO_SCALES", "town").split(",")) {
            md.append(scale(scale.strip()));
        }
        return md.append("\nTargets: the town within 20 s, the county within two minutes.\n").toString();
    }

    private static String scale(String scale) throws Exception {
        Path data = Files.createTempDirectory("jiceng-demo-year-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JicengApplication.class)
                .run("--jiceng.data-dir=" + data, "--jiceng.db.url=", "--server.port=0", "--jiceng.demo.scale=" + scale,
                        // generated below, timed; the scheduler's sweeps would compete with it
                        "--jiceng.demo.year=false", "--jiceng.cases.background-sweeps=false")) {
            DemoYear.Report report = app.getBean(DemoYear.class).generate(scale, SEED);
            double limit = bulkCopySeconds(app.getBean(DataSource.class));
            return String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.0f | %.2f |%n", scale, report.cases(),
                    report.skippedSteps(), report.millis() / 1000.0, report.cases() / (report.millis() / 1000.0), limit);
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /** Seconds to write the rows the year left behind once more, table by table, in one transaction. */
    private static double bulkCopySeconds(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            List<String> copies = new ArrayList<>();
            for (String table : TABLES) {
                String copy = "bench_" + table.replace('.', '_');
                s.execute("create temporary table " + copy + " (like " + table + ")");
                copies.add("insert into " + copy + " select * from " + table);
            }
            long started = System.nanoTime();
            for (String copy : copies) {
                s.execute(copy);
            }
            c.commit();
            return (System.nanoTime() - started) / 1e9;
        }
    }
}

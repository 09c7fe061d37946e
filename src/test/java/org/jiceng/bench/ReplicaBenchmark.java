package org.jiceng.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.JicengApplication;
import org.jiceng.Role;
import org.jiceng.analytics.CaseLoopSimulator;
import org.jiceng.analytics.internal.ThreeRatesTally;
import org.jiceng.platform.ReplicaClusters;
import org.jiceng.platform.internal.ReplicaRouting;
import org.jiceng.reports.MonthlyReports;
import org.jiceng.support.ProductionDatabase;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monthly 民情分析 of a town built from a streaming replica and from the primary, while intake writes cases into
 * the primary at a bounded rate; all on loopback, Debian's PostgreSQL 15 (primary + standby made with
 * pg_basebackup, fsync on). A year of county volume (300,000 cases, {@code JICENG_BENCH_CASES}) is COPYed into
 * the primary and replayed on the standby first. The physical limit in the same run: one pass over the town's rows
 * of the month. The figure that matters is what a report does to intake: on the replica it should cost the
 * primary's writers nothing.
 */
public final class ReplicaBenchmark {

    private static final long SEED = 20_261_203L;
    private static final String TOWN = "530326001";
    /** Intake's bounded load: a batch of this many cases every {@link #INTAKE_PAUSE_MS} ms, one transaction each. */
    private static final int INTAKE_BATCH = 20;
    private static final int INTAKE_PAUSE_MS = 20;

    private ReplicaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        StringBuilder md = new StringBuilder("### Monthly report from the streaming replica vs the primary, under intake\n\n");
        if (!ReplicaClusters.available()) {
            return md.append("Skipped: Debian's postgresql-15 is not installed (/usr/lib/postgresql/15/bin).\n").toString();
        }
        long cases = BenchApp.cases(300000L);
        try (ReplicaClusters clusters = ReplicaClusters.start("jiceng-replica-bench", true)) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JicengApplication.class).run(
                    "--server.port=0", "--jiceng.db.url=" + clusters.primaryUrl(), "--jiceng.db.user=postgres",
                    "--jiceng.db.password=", "--jiceng.people.key=" + ProductionDatabase.PEOPLE_KEY,
                    "--jiceng.db.replica.url=" + clusters.standbyUrl(), "--jiceng.cases.background-sweeps=false")) {
                md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL 15 (Debian) primary + hot standby on "
                        + "loopback, fsync on.\n\n");
                List<String> grids = divisionsAndGrids(clusters);
                long t0 = System.nanoTime();
                load(clusters, grids, cases);
                clusters.awaitCatchUp(java.time.Duration.ofMinutes(10));
                md.append(String.format(Locale.ROOT, "%,d cases over 2026 COPYed into the primary with their counters and "
                        + "replayed on the standby in %.1f s.%n%n", cases, (System.nanoTime() - t0) / 1e9));
                md.append("| measurement | runs | median s | max s | intake cases/s meanwhile | intake commit p95 ms |\n"
                        + "|---|---:|---:|---:|---:|---:|\n");
                MonthlyReports reports = app.getBean(MonthlyReports.class);
                CurrentUser admin = new CurrentUser(1, "admin", "县级管理员",
                        List.of(new CurrentUser.Grant(Role.COUNTY_ADMIN, "530326", null)));
                List<YearMonth> months = List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 6), YearMonth.of(2026, 9),
                        YearMonth.of(2026, 11));
                Intake intake = new Intake(clusters, grids, cases);
                intake.measure(md, "intake alone (no report)", () -> Thread.sleep(5000));
                double[] passes = new double[months.size()];
                intake.measure(md, "physical limit: one pass over the town's month, on the primary", () -> {
                    for (int i = 0; i < months.size(); i++) {
                        long start = System.nanoTime();
                        limit(clusters, months.get(i));
                        passes[i] = (System.nanoTime() - start) / 1e9;
                    }
                }, passes);
                for (boolean replica : List.of(true, false)) {
                    String where = replica ? "replica" : "primary";
                    try (Connection c = clusters.primary(); Statement s = c.createStatement()) {
                        s.execute("delete from reports.monthly_report");   // every run builds the report afresh
                    }
                    double[] seconds = new double[months.size()];
                    intake.measure(md, "town report built from the " + where, () -> {
                        for (int i = 0; i < months.size(); i++) {
                            String month = months.get(i).toString();
                            long start = System.nanoTime();
                            if (replica) {
                                reports.monthly(admin, TOWN, month);
                            } else {
                                ReplicaRouting.onPrimary(() -> reports.monthly(admin, TOWN, month));
                            }
                            seconds[i] = (System.nanoTime() - start) / 1e9;
                        }
                    }, seconds);
                }
                intake.stop();
                md.append(String.format(Locale.ROOT, "%nIntake: batches of %d cases, one transaction each, every %d ms, "
                        + "by one writer on the primary (COPY of simulated cases). Reports: 4 months (2026-03/06/09/11) "
                        + "of 古城街道, each built afresh.%n", INTAKE_BATCH, INTAKE_PAUSE_MS));
            }
        }
        return md.toString();
    }

    /** The divisions of 古城街道's first villages and twelve grids in each, as a production database would hold. */
    private static List<String> divisionsAndGrids(ReplicaClusters clusters) throws Exception {
        List<String> grids = new ArrayList<>();
        StringBuilder rows = new StringBuilder("('53', '云南省', 1, null), ('5303', '曲靖市', 2, '53'), "
                + "('530326', '会泽县', 3, '5303'), ('" + TOWN + "', '古城街道', 4, '530326')");
        for (int v = 1; v <= 10; v++) {
            String village = TOWN + String.format(Locale.ROOT, "%03d", v);
            rows.append(", ('").append(village).append("', '第").append(v).append("社区', 5, '").append(TOWN).append("')");
            for (int g = 1; g <= 12; g++) {
                grids.add(village + String.format(Locale.ROOT, "%03d", g));
            }
        }
        try (Connection c = clusters.primary(); Statement s = c.createStatement()) {
            s.execute("insert into territory.division (code, name, level, parent_code) values " + rows);
        }
        return grids;
    }

    private static CaseLoopSimulator simulator(ReplicaClusters clusters, List<String> grids) throws Exception {
        List<CaseLoopSimulator.Category> categories = new ArrayList<>();
        try (Connection c = clusters.primary(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select code, response_hours from cases.category where parent_code is not null order by code")) {
            while (rs.next()) {
                categories.add(new CaseLoopSimulator.Category(rs.getString(1), rs.getInt(2)));
            }
        }
        Instant from = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
        Instant to = OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
        return new CaseLoopSimulator(grids, LongStream.rangeClosed(1, 20).boxed().toList(), categories, from, to);
    }

    private static void load(ReplicaClusters clusters, List<String> grids, long count) throws Exception {
        CaseLoopSimulator simulator = simulator(clusters, grids);
        ThreeRatesTally tally = new ThreeRatesTally();
        try (Connection c = clusters.primary()) {
            MonthlyReportBenchmark.copyCases(c, simulator, new SplittableRandom(SEED), count, tally);
        }
        org.postgresql.ds.PGSimpleDataSource primary = new org.postgresql.ds.PGSimpleDataSource();
        primary.setUrl(clusters.primaryUrl());
        primary.setUser("postgres");
        ThreeRatesBenchmark.copyCounters(primary, tally.counters());
        try (Connection c = clusters.primary(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze cases.case_file");
            s.execute("analyze analytics.three_rates");
        }
    }

    private static void limit(ReplicaClusters clusters, YearMonth m) {
        try (Connection c = clusters.primary(); PreparedStatement s = c.prepareStatement(
                "select count(*), sum(length(category_code) + length(channel)) from cases.case_file where "
                        + "left(territory_code, 9) = ? and received_at >= ? and received_at < ?")) {
            s.setString(1, TOWN);
            s.setTimestamp(2, Timestamp.from(m.atDay(1).atStartOfDay(Beijing.ZONE).toInstant()));
            s.setTimestamp(3, Timestamp.from(m.plusMonths(1).atDay(1).atStartOfDay(Beijing.ZONE).toInstant()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /** One writer filing simulated cases into the primary at a bounded rate, measured per phase. */
    private static final class Intake {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong written = new AtomicLong();
        private final List<Long> commits = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;
        private volatile Exception failure;

        Intake(ReplicaClusters clusters, List<String> grids, long loaded) throws Exception {
            CaseLoopSimulator simulator = simulator(clusters, grids);
            SplittableRandom random = new SplittableRandom(SEED + 1);
            thread = Thread.ofPlatform().name("intake").start(() -> {
                long id = loaded;
                try (Connection c = clusters.primary()) {
                    c.setAutoCommit(false);
                    while (running.get()) {
                        long t0 = System.nanoTime();
                        CaseRows rows = new CaseRows(c.unwrap(PGConnection.class).getCopyAPI()
                                .copyIn("copy cases.case_file (" + CaseRows.COLUMNS + ") from stdin"));
                        for (int i = 0; i < INTAKE_BATCH; i++) {
                            rows.add(simulator.next(++id, random).row());
                        }
                        rows.close();
                        c.commit();
                        commits.add(System.nanoTime() - t0);
                        written.addAndGet(INTAKE_BATCH);
                        Thread.sleep(INTAKE_PAUSE_MS);
                    }
                } catch (Exception e) {
                    failure = e;
                }
            });
        }

        void measure(StringBuilder md, String name, Work work) throws Exception {
            measure(md, name, work, null);
        }

        void measure(StringBuilder md, String name, Work work, double[] seconds) throws Exception {
            commits.clear();
            long before = written.get();
            long t0 = System.nanoTime();
            work.run();
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long[] latencies;
            synchronized (commits) {
                latencies = commits.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            if (failure != null) {
                throw failure;
            }
            double p95 = latencies.length == 0 ? 0 : latencies[(int) Math.min(latencies.length - 1, latencies.length * 0.95)] / 1e6;
            double[] runs = seconds == null ? new double[] {elapsed} : seconds.clone();
            Arrays.sort(runs);
            md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %,.0f | %.1f |%n", name, runs.length,
                    runs[runs.length / 2], runs[runs.length - 1], (written.get() - before) / elapsed, p95));
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}

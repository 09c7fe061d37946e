package org.jiceng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
import javax.sql.DataSource;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.analytics.CaseLoopSimulator;
import org.jiceng.analytics.internal.CaseTrack;
import org.jiceng.analytics.internal.ThreeRatesTally;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.jiceng.reports.MonthlyReport;
import org.jiceng.reports.MonthlyReports;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The monthly 民情分析 at a year of county volume: about 300,000 cases of 会泽县 received over 2026 (the loop driven by
 * {@link CaseLoopSimulator}), COPYed into {@code cases.case_file} with their counters folded into
 * {@code analytics.three_rates}. Measures the first (computed and kept) report of a town and of the county for several
 * months, the read of a kept one, and beside them the physical limit: one pass over the month's rows of the same
 * territory. Targets (issue 16): a town within 5 s, the county within 30 s. {@code JICENG_BENCH_CASES} sets another
 * number of cases.
 */
public final class MonthlyReportBenchmark {

    private static final long SEED = 20_261_116L;
    private static final String COUNTY = "530326";
    private static final String TOWN = "530326001";

    private MonthlyReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        long cases = BenchApp.cases(300000L);
        Path data = Files.createTempDirectory("jiceng-report-bench");
        StringBuilder md = new StringBuilder("### Monthly 民情分析 report at a year of county volume\n\n");
        try (ConfigurableApplicationContext app = BenchApp.quietDemo(data)) {
            DataSource db = app.getBean(DataSource.class);
            md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), demo settings.\n\n");
            long loadNanos = load(db, cases);
            md.append(String.format(Locale.ROOT, "%,d cases over 2026 COPYed with their counters in %.1f s. ", cases,
                    loadNanos / 1e9));
            measure(md, app);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(data);
            } catch (java.io.IOException stillStopping) {
                // PostgreSQL may still be removing its files as it stops; the figures are what this run is for
                System.err.println("临时目录未能删除：" + data + "（" + stillStopping.getMessage() + "）");
            }
        }
        return md.toString();
    }

    /**
     * The town's and the county's reports of four months of 2026, first computed and then kept, beside one pass over
     * the same rows, over the cases and counters loaded.
     */
    static void measure(StringBuilder md, ConfigurableApplicationContext app) throws Exception {
        DataSource db = app.getBean(DataSource.class);
        md.append(String.format(Locale.ROOT, "Town %s holds %,d cases.%n%n| measurement | runs | median s | max s |%n"
                + "|---|---:|---:|---:|%n", TOWN,
                count(db, "select count(*) from cases.case_file where left(territory_code, 9) = '" + TOWN + "'")));
        MonthlyReports reports = app.getBean(MonthlyReports.class);
        CurrentUser admin = new CurrentUser(1, "admin", "县级管理员",
                List.of(new CurrentUser.Grant(Role.COUNTY_ADMIN, COUNTY, null)));
        List<YearMonth> months = List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 6), YearMonth.of(2026, 9),
                YearMonth.of(2026, 11));
        limit(md, db, "physical limit: one pass over the town's rows of a month (index range, every row read)",
                "left(territory_code, 9) = '" + TOWN + "'", months);
        timed(md, "town report, first request (computed and kept)", months, m -> reports.monthly(admin, TOWN, m.toString()));
        timed(md, "town report, kept copy", months, m -> reports.monthly(admin, TOWN, m.toString()));
        limit(md, db, "physical limit: one pass over the county's rows of a month", "county = '" + COUNTY + "'", months);
        timed(md, "county report, first request (computed and kept)", months, m -> reports.monthly(admin, COUNTY, m.toString()));
        timed(md, "county report, kept copy", months, m -> reports.monthly(admin, COUNTY, m.toString()));
        MonthlyReport sample = reports.monthly(admin, COUNTY, "2026-06");
        md.append(String.format(Locale.ROOT, "%nThe county's June: %,d cases in %d categories, %d hotspots, %d recurring "
                        + "problems, %,d reporters with 3 or more. Targets: town ≤ 5 s, county ≤ 30 s.%n",
                sample.total().cases(), sample.categories().size(), sample.hotspots().size(), sample.recurring().size(),
                sample.repeatReporters().reporters()));
    }

    /** The demo's own cases make way for the generated year; the counters are folded from the same cases' events. */
    private static long load(DataSource db, long count) throws Exception {
        List<String> grids = strings(db, "select code from territory.grid order by code");
        List<Long> units = strings(db, "select id from territory.unit where kind = 'DEPARTMENT' order by id").stream()
                .map(Long::valueOf).toList();
        List<CaseLoopSimulator.Category> categories = new ArrayList<>();
        for (String row : strings(db, "select code || ' ' || response_hours from cases.category where parent_code is not null order by code")) {
            categories.add(new CaseLoopSimulator.Category(row.split(" ")[0], Integer.parseInt(row.split(" ")[1])));
        }
        Instant from = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
        Instant to = OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
        CaseLoopSimulator simulator = new CaseLoopSimulator(grids, units, categories, from, to);
        ThreeRatesTally tally = new ThreeRatesTally();
        long started = System.nanoTime();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate cases.case_file cascade");
            s.execute("truncate analytics.three_rates, analytics.case_track, analytics.case_event_queue");
            copyCases(c, simulator, new SplittableRandom(SEED), count, tally);
        }
        ThreeRatesBenchmark.copyCounters(db, tally.counters());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze cases.case_file");
            s.execute("analyze analytics.three_rates");
        }
        return System.nanoTime() - started;
    }

    private interface Report {
        MonthlyReport of(YearMonth month) throws Exception;
    }

    private static void timed(StringBuilder md, String name, List<YearMonth> months, Report report) throws Exception {
        double[] seconds = new double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            long t0 = System.nanoTime();
            report.of(months.get(i));
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        row(md, name, seconds);
    }

    /** Reads every row of the territory's month once (a sum over a column the report's queries also read). */
    private static void limit(StringBuilder md, DataSource db, String name, String where, List<YearMonth> months) throws Exception {
        double[] seconds = new double[months.size()];
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*), sum(length(category_code) + length(channel)) from cases.case_file where " + where
                        + " and received_at >= ? and received_at < ?")) {
            for (int i = 0; i < months.size(); i++) {
                YearMonth m = months.get(i);
                s.setTimestamp(1, Timestamp.from(m.atDay(1).atStartOfDay(Beijing.ZONE).toInstant()));
                s.setTimestamp(2, Timestamp.from(m.plusMonths(1).atDay(1).atStartOfDay(Beijing.ZONE).toInstant()));
                long t0 = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                }
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
        }
        row(md, name, seconds);
    }

    private static void row(StringBuilder md, String name, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", name, sorted.length, sorted[sorted.length / 2],
                sorted[sorted.length - 1]));
    }

    private static long count(DataSource db, String sql) throws Exception {
        return Long.parseLong(strings(db, sql).getFirst());
    }

    private static List<String> strings(DataSource db, String sql) throws Exception {
        List<String> result = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    /**
     * COPYs {@code count} simulated cases (ids 1 to {@code count}) into {@code cases.case_file} over {@code c} and folds
     * their events into {@code tally}, as the three-rate folder would have; the id sequence is set past them.
     */
    static void copyCases(Connection c, CaseLoopSimulator simulator, SplittableRandom random, long count,
                          ThreeRatesTally tally) throws Exception {
        CaseRows rows = new CaseRows(c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy cases.case_file (" + CaseRows.COLUMNS + ") from stdin"));
        for (long id = 1; id <= count; id++) {
            CaseLoopSimulator.Story story = simulator.next(id, random);
            rows.add(story.row());
            CaseTrack track = null;
            for (Object event : story.events()) {
                track = event instanceof CaseFiled f ? ThreeRatesTally.fold(track, f) : ThreeRatesTally.fold(track, (CaseMoved) event);
            }
            tally.add(null, track);
        }
        rows.close();
        try (Statement s = c.createStatement()) {
            s.execute("select setval(pg_get_serial_sequence('cases.case_file', 'id'), " + count + ")");
        }
    }
}

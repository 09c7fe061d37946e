package org.jiceng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.analytics.CaseLoopSimulator;
import org.jiceng.cases.CaseWork;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The home page's queries at county scale: a year of cases of the demo county up to now (300,000 by default,
 * {@code JICENG_BENCH_CASES} for another number) COPYed into {@code cases.case_file}, the last ten days' cases and
 * one in two hundred older ones left open (a backlog, some of it overdue). Times {@link CaseWork}'s counts and map
 * for a county administrator, a town official, a village's staff and a department, and counts the sequential scans
 * of case_file they caused: the page must read indexes, never the whole table.
 */
public final class WorkbenchBenchmark {

    private static final long SEED = 20_261_203L;

    private WorkbenchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        long cases = BenchApp.cases(300000L);
        Path data = Files.createTempDirectory("jiceng-workbench-bench");
        StringBuilder md = new StringBuilder("### The workbench's counts and map at county scale\n\n");
        try (ConfigurableApplicationContext app = BenchApp.quietDemo(data)) {
            DataSource db = app.getBean(DataSource.class);
            md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), demo settings.\n\n");
            long loadNanos = load(db, cases);
            md.append(String.format(Locale.ROOT, "%,d cases received over the last 365 days, %s open (%s overdue); "
                            + "generated, COPYed and analysed in %.1f s.%n%n", cases,
                    one(db, "select count(*) from cases.case_file where state not in ('CLOSED', 'REJECTED')"),
                    one(db, "select count(*) from cases.case_file where state not in ('CLOSED', 'REJECTED') "
                            + "and resolved_at is null and resolve_due_at < now()"), loadNanos / 1e9));
            CaseWork work = app.getBean(CaseWork.class);
            long unit = Long.parseLong(one(db, "select id from territory.unit where kind = 'DEPARTMENT' order by id limit 1"));
            List<CurrentUser> users = List.of(
                    user("county administrator (530326)", Role.COUNTY_ADMIN, "530326", null),
                    user("town official (古城街道 530326001)", Role.TOWN_STAFF, "530326001", null),
                    user("village staff (堂琅社区 530326001001)", Role.VILLAGE_STAFF, "530326001001", null),
                    user("department (unit " + unit + ")", Role.DEPT_STAFF, "530326", unit));
            md.append("| who | query | repeats | median ms | p95 ms |\n|---|---|---:|---:|---:|\n");
            long scansBefore = seqScans(db);
            for (CurrentUser u : users) {
                time(md, u.displayName(), "counts (new today, pending, due today, overdue)", () -> work.counts(u, null));
                time(md, u.displayName(), "open cases by grid (map)", () -> work.openByGrid(u, null));
                time(md, u.displayName(), "newest 201 open cases with a place (map)", () -> work.openOnMap(u, null, 201));
            }
            long scans = seqScans(db) - scansBefore;
            md.append(String.format(Locale.ROOT, "%nSequential scans of cases.case_file caused by the %d × 3 queries "
                    + "(each repeated): **%d**.%n", users.size(), scans));
        } catch (Exception | Error e) {
            // told here, before the cleanup below can hide it behind a file the stopping database still writes
            System.err.println(md);
            e.printStackTrace();
            throw e;
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        return md.toString();
    }

    private static CurrentUser user(String who, Role role, String territory, Long unit) {
        return new CurrentUser(1, "bench", who, List.of(new CurrentUser.Grant(role, territory, unit)));
    }

    private static long load(DataSource db, long count) throws Exception {
        long started = System.nanoTime();
        List<String> grids = strings(db, "select code from territory.grid order by code");
        List<Long> units = strings(db, "select id from territory.unit where kind = 'DEPARTMENT' order by id").stream()
                .map(Long::valueOf).toList();
        List<CaseLoopSimulator.Category> categories = new ArrayList<>();
        for (String row : strings(db, "select code || ' ' || response_hours from cases.category where parent_code is not null order by code")) {
            categories.add(new CaseLoopSimulator.Category(row.split(" ")[0], Integer.parseInt(row.split(" ")[1])));
        }
        Instant to = Instant.now();
        CaseLoopSimulator simulator = new CaseLoopSimulator(grids, units, categories, to.minus(Duration.ofDays(365)), to);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate cases.case_file cascade");
            SplittableRandom random = new SplittableRandom(SEED);
            try (CaseRows rows = new CaseRows(c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy cases.case_file (" + CaseRows.COLUMNS + ") from stdin"))) {
                for (long id = 1; id <= count; id++) {
                    rows.add(simulator.next(id, random).row());
                }
            }
            s.execute("select setval(pg_get_serial_sequence('cases.case_file', 'id'), " + count + ")");
            // the simulator plays every case to its end: the recent ones and a few old ones are still being handled
            s.execute("update cases.case_file set state = 'IN_PROGRESS', resolved_at = null, replied_at = null, "
                    + "closed_at = null, closed_level = null where received_at > now() - interval '10 days' or id % 200 = 0");
            s.execute("vacuum analyze cases.case_file");
        }
        return System.nanoTime() - started;
    }

    private static long seqScans(DataSource db) throws Exception {
        // each backend reports its statistics when idle, within about ten seconds
        Thread.sleep(12_000);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select seq_scan from pg_stat_user_tables where relid = 'cases.case_file'::regclass")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void time(StringBuilder md, String who, String name, Callable<?> query) throws Exception {
        int repeats = 100;
        for (int i = 0; i < 10; i++) {
            query.call();
        }
        double[] millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            query.call();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f |%n", who, name, repeats, millis[repeats / 2],
                millis[(int) Math.ceil(0.95 * repeats) - 1]));
    }

    private static String one(DataSource db, String sql) throws Exception {
        return strings(db, sql).getFirst();
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
}

package org.jiceng.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jiceng.Beijing;
import org.jiceng.support.Http;
import org.jiceng.visits.CoverageReport.Figures;
import org.jiceng.visits.internal.coverage.CoverageRecount;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * 走访覆盖 at county scale (issue 17 item 7): 300,000 households over the demo county's 4,847 grids COPYed into
 * {@code visits.household} ({@code JICENG_BENCH_HOUSEHOLDS} for another number), 95% held by a 户长, 12% with a care
 * plan, and a year of visits (about five a household) generated in bulk. Times {@code GET /api/v1/visits/coverage}
 * over real HTTP on loopback — the county by town and a town by village, read as they stand and read right after a
 * visit was written — beside, in the same run, the bare HTTP round trip of a one-row answer and the plain
 * aggregation over the base tables that the per-grid tallies replace (whose figures must be equal, and are checked).
 */
public final class VisitCoverageBenchmark {

    private static final long SEED = 20_261_217L;
    private static final String COUNTY = "530326";
    private static final String TOWN = "530326001";
    private static final int REQUESTS = 300;
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private VisitCoverageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        String asked = System.getenv("JICENG_BENCH_HOUSEHOLDS");
        int households = asked == null || asked.isBlank() ? 300_000 : Integer.parseInt(asked.strip());
        Path data = Files.createTempDirectory("jiceng-coverage-bench");
        StringBuilder md = new StringBuilder("### Visit coverage (走访覆盖) at county scale\n\n");
        try (ConfigurableApplicationContext app = BenchApp.quietDemo(data)) {
            DataSource db = app.getBean(DataSource.class);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), demo settings.\n\n");
            long loadNanos = load(db, households);
            md.append(String.format(Locale.ROOT, "%,d households over %s grids, %s held by an active HOUSEHOLD assignment, "
                            + "%s active care plans (%s overdue), %s visits over the last 365 days; generated, COPYed and "
                            + "analysed in %.1f s.%n%n", households, one(db, "select count(distinct territory_code) from visits.household"),
                    one(db, "select count(*) from visits.assignment"), one(db, "select count(*) from visits.care_plan"),
                    one(db, "select count(*) from visits.care_plan where next_due_on < current_date"),
                    one(db, "select count(*) from visits.visit"), loadNanos / 1e9));
            String token = Http.anonymous(port).postJson("/api/v1/auth/token",
                    "{\"username\":\"admin\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}").json().get("token").asString();
            String county = "/api/v1/visits/coverage?territory=" + COUNTY + "&by=town";
            String town = "/api/v1/visits/coverage?territory=" + TOWN + "&by=village";
            md.append("| request | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
            try (LoopbackHttp http = new LoopbackHttp(port, token)) {
                long first = System.nanoTime();
                check(http.get(county));
                md.append(String.format(Locale.ROOT, "| first read after the load: county by town, every grid's tallies computed | 1 | %.1f | | | |%n",
                        (System.nanoTime() - first) / 1e6));
                System.out.println("走访覆盖基准：首次读取（计算全部网格）完成");
                time(md, "physical limit: bare HTTP round trip, `GET /api/v1/divisions/530326` (one row)", http,
                        "/api/v1/divisions/" + COUNTY, null);
                time(md, "**county by town** (25 rows)", http, county, null);
                time(md, "**town by village** (古城街道)", http, town, null);
                time(md, "county by town, right after a visit was written (one grid recomputed)", http, county, db);
                time(md, "town by village, right after a visit was written", http, town, db);
            }
            plainAggregation(md, app.getBean(CoverageRecount.class), http(port, token, county));
            System.out.println(md);   // before the cluster stops: a slow stop must not lose the figures
        } catch (Exception | Error e) {
            System.err.println(md);
            e.printStackTrace();
            throw e;
        } finally {
            try {
                FileSystemUtils.deleteRecursively(data);
            } catch (java.io.IOException e) {
                // the embedded cluster can still be writing its last files after a stop that timed out
                System.err.println("临时目录未能完全删除：" + data + "（" + e.getMessage() + "）");
            }
        }
        return md.toString();
    }

    /** The same figures counted from the base tables, as the API would without tallies; they must agree. */
    private static void plainAggregation(StringBuilder md, CoverageRecount recount, String served) throws Exception {
        LocalDate today = LocalDate.now(Beijing.ZONE);
        LocalDate month = YearMonth.from(today).atDay(1);
        double[] millis = new double[10];
        Map<String, Figures> counted = null;
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            counted = recount.sums(COUNTY, 9, today, month);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        Figures total = counted.values().stream().reduce(Figures.NONE, Figures::plus);
        var node = JsonMapper.builder().build().readTree(served).get("total");
        Figures servedTotal = new Figures(node.get("households").asLong(), node.get("held").asLong(),
                node.get("visited").asLong(), node.get("plans").asLong(), node.get("plansOverdue").asLong());
        if (!servedTotal.equals(total)) {
            throw new IllegalStateException("计数不一致：重新统计为 " + total + "，接口返回 " + servedTotal);
        }
        md.append(String.format(Locale.ROOT, "%nWithout tallies: the county by town aggregated from the base tables "
                        + "(`CoverageRecount.sums`, the SQL alone, no HTTP), 10 runs: median **%.0f ms**, max %.0f ms. "
                        + "Its figures equal the served ones (checked): %,d households, %,d held, %,d visited this month, "
                        + "%,d care plans of which %,d overdue.%n", millis[millis.length / 2], millis[millis.length - 1],
                total.households(), total.held(), total.visited(), total.plans(), total.plansOverdue()));
    }

    private static String http(int port, String token, String path) throws Exception {
        try (LoopbackHttp http = new LoopbackHttp(port, token)) {
            return check(http.get(path));
        }
    }

    private static String check(LoopbackHttp.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    /** Warms up, then times up to {@link #REQUESTS} requests within a minute; with {@code db}, a visit is written before each. */
    private static void time(StringBuilder md, String name, LoopbackHttp http, String path, DataSource db) throws Exception {
        for (int i = 0; i < 20; i++) {
            check(http.get(path));
        }
        List<String[]> households = db == null ? List.of() : rows(db,
                "select id::text, territory_code from visits.household order by id limit 1000");
        double[] millis = new double[REQUESTS];
        int done = 0;
        long deadline = System.nanoTime() + BUDGET_NANOS;
        try (Connection c = db == null ? null : db.getConnection()) {
            for (; done < REQUESTS && System.nanoTime() < deadline; done++) {
                if (c != null) {
                    String[] h = households.get(done % households.size());
                    try (Statement s = c.createStatement()) {
                        s.execute("insert into visits.visit (county, household_id, territory_code, kind, visitor_id, visitor_name, "
                                + "visited_at) values ('" + COUNTY + "', " + h[0] + ", '" + h[1] + "', 'HOME', 1, '网格员', now())");
                    }
                }
                long t0 = System.nanoTime();
                check(http.get(path));
                millis[done] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double[] taken = Arrays.copyOf(millis, done);
        Arrays.sort(taken);
        md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", name, done, at(taken, 0.50),
                at(taken, 0.95), at(taken, 0.99), taken[done - 1]));
        System.out.println("走访覆盖基准：" + name + " 完成");
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static long load(DataSource db, int count) throws Exception {
        long started = System.nanoTime();
        List<String> grids = rows(db, "select code from territory.grid where code like '" + COUNTY + "%' order by code")
                .stream().map(r -> r[0]).toList();
        LocalDate today = LocalDate.now(Beijing.ZONE);
        Instant now = Instant.now();
        SplittableRandom random = new SplittableRandom(SEED);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate visits.household, visits.assignment, visits.visit, visits.care_plan, visits.coverage_grid, "
                    + "visits.coverage_grid_month, visits.coverage_dirty cascade");  // with what hangs off visits (requests, rounds, sweeps)
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder households = new StringBuilder();
            StringBuilder assignments = new StringBuilder();
            StringBuilder plans = new StringBuilder();
            StringBuilder visits = new StringBuilder();
            long visitCount = 0;
            for (int id = 1; id <= count; id++) {
                String grid = grids.get((int) ((long) (id - 1) * grids.size() / count));
                households.append(COUNTY).append('\t').append(id).append('\t').append(grid).append("\t演示地址\t户主\t3\t{}\n");
                if (random.nextInt(100) < 95) {
                    assignments.append(COUNTY).append("\tHOUSEHOLD\t").append(grid).append('\t').append(id)
                            .append("\tRESIDENT\t").append(id / 10).append("\t户长").append(id / 10).append('\t')
                            .append(today.minusDays(random.nextInt(30, 700))).append('\n');
                }
                if (random.nextInt(100) < 12) {
                    LocalDate due = today.plusDays(random.nextInt(-20, 31));
                    plans.append(COUNTY).append('\t').append(id).append('\t').append(grid).append("\t30\t")
                            .append(today.minusYears(1)).append('\t').append(due).append('\n');
                }
                for (int v = random.nextInt(0, 11); v > 0; v--) {
                    Instant at = now.minusSeconds(random.nextLong(0, 365L * 86_400));
                    visits.append(COUNTY).append('\t').append(id).append('\t').append(grid).append("\tHOME\t1\t网格员\t")
                            .append(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).append('\n');
                    visitCount++;
                }
                if (id % 50_000 == 0) {
                    System.out.printf(Locale.ROOT, "走访覆盖基准：已生成 %,d 户，%,d 次走访%n", id, visitCount);
                }
            }
            copy.copyIn("copy visits.household (county, id, territory_code, address, head, members, care_tags) from stdin",
                    new StringReader(households.toString()));
            copy.copyIn("copy visits.assignment (county, level, territory_code, household_id, holder_kind, holder_id, "
                    + "holder_name, starts_on) from stdin", new StringReader(assignments.toString()));
            copy.copyIn("copy visits.care_plan (county, household_id, territory_code, visit_every_days, starts_on, next_due_on) "
                    + "from stdin", new StringReader(plans.toString()));
            System.out.println("走访覆盖基准：户、包保和一人一策已写入，正在写入走访记录…");
            households.setLength(0);
            copy.copyIn("copy visits.visit (county, household_id, territory_code, kind, visitor_id, visitor_name, visited_at) "
                    + "from stdin", new StringReader(visits.toString()));
            System.out.println("走访覆盖基准：走访记录已写入，正在分析表…");
            s.execute("vacuum analyze visits.household, visits.assignment, visits.care_plan, visits.visit, visits.coverage_dirty");
        }
        return System.nanoTime() - started;
    }

    private static String one(DataSource db, String sql) throws Exception {
        return String.format(Locale.ROOT, "%,d", Long.parseLong(rows(db, sql).getFirst()[0]));
    }

    private static List<String[]> rows(DataSource db, String sql) throws Exception {
        List<String[]> result = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                result.add(row);
            }
        }
        return result;
    }
}

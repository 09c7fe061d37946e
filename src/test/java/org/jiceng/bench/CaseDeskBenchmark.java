package org.jiceng.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jiceng.Beijing;
import org.jiceng.analytics.CaseLoopSimulator;
import org.postgresql.PGConnection;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The staff case desk (诉求台账) at a year of the county's volume: about 300,000 cases (Beijing's 12345 takes about
 * one request per resident a year) received over the last twelve months at every village and grid of the demo
 * county, COPYed into {@code cases.case_file} with the loop played by {@link CaseLoopSimulator}. Then the town
 * official of 古城街道 asks for the first page over real HTTP — the desk page ({@code GET /cases/desk}) and the API
 * ({@code GET /api/v1/cases}) — with several filter combinations, beside two physical limits measured in the same
 * run: a lookup by primary key over JDBC and a trivial API answer over HTTP. {@code JICENG_BENCH_CASES} sets
 * another number of cases.
 */
public final class CaseDeskBenchmark {

    private static final long SEED = 20_261_203L;
    private static final String COUNTY = "530326";
    private static final String TOWN = "530326001";
    // the page's rendering (Thymeleaf, 50 rows twice: cards and table) wants more warm-up than the SQL
    private static final int WARM_UP = 30;
    private static final int REPEATS = 60;

    private CaseDeskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        long cases = BenchApp.cases(300000L);
        Path data = Files.createTempDirectory("jiceng-case-desk-bench");
        StringBuilder md = new StringBuilder("### The staff case desk at a year of the county's volume\n\n");
        try (ConfigurableApplicationContext app = BenchApp.quietDemo(data)) {
            DataSource db = app.getBean(DataSource.class);
            md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), demo settings.\n\n");
            load(md, db, cases);
            measure(md, app);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(data);
            } catch (java.io.IOException e) {
                // PostgreSQL may still be removing its files: a failure here must not hide the run's own
                System.err.println("未能删除基准测试数据目录 " + data + "：" + e);
            }
        }
        return md.toString();
    }

    private static void load(StringBuilder md, DataSource db, long count) throws Exception {
        BenchApp.CountyLoop loop = BenchApp.CountyLoop.of(db, COUNTY);
        List<String> places = loop.places();
        Instant to = Instant.now();
        CaseLoopSimulator simulator = new CaseLoopSimulator(places, loop.units(), loop.categories(), to.minus(Duration.ofDays(365)), to);
        long started = System.nanoTime();
        long bytes;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate cases.case_file cascade");
            SplittableRandom random = new SplittableRandom(SEED);
            CaseRows rows = new CaseRows(c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy cases.case_file (" + CaseRows.COLUMNS + ") from stdin"));
            for (long id = 1; id <= count; id++) {
                rows.add(simulator.next(id, random).row());
            }
            rows.close();
            bytes = rows.bytes();
            s.execute("select setval(pg_get_serial_sequence('cases.case_file', 'id'), " + count + ")");
        }
        long copied = System.nanoTime() - started;
        started = System.nanoTime();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze cases.case_file");
        }
        md.append(String.format(Locale.ROOT, "%,d cases over %d places (villages and grids) of the county's towns, received "
                        + "over the last 365 days; COPY of %,d MB with every index in place %.1f s, VACUUM ANALYZE %.1f s. "
                        + "古城街道 holds %s of them.%n%n", count, places.size(), bytes >> 20, copied / 1e9,
                (System.nanoTime() - started) / 1e9,
                BenchApp.strings(db, "select count(*) from cases.case_file where left(territory_code, 9) = '" + TOWN + "'").getFirst()));
    }

    /** The desk's figures as 古城街道's official (demo account gucheng) sees them, over the cases loaded. */
    static void measure(StringBuilder md, ConfigurableApplicationContext app) throws Exception {
        Http http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
        http.signIn("gucheng");
        measure(md, app.getBean(DataSource.class), http);
    }

    private static void measure(StringBuilder md, DataSource db, Http http) throws Exception {
        LocalDate today = Beijing.today(java.time.Clock.systemUTC());
        String unit = BenchApp.strings(db, "select lead_unit_id from cases.case_file where left(territory_code, 9) = '" + TOWN
                + "' and lead_unit_id is not null group by 1 order by count(*) desc limit 1").getFirst();
        String village = BenchApp.strings(db, "select left(territory_code, 12) from cases.case_file where left(territory_code, 9) = '"
                + TOWN + "' group by 1 order by count(*) desc limit 1").getFirst();
        String todayStart = "'" + today.atStartOfDay(Beijing.ZONE).toOffsetDateTime() + "'";
        String tomorrowStart = "'" + today.plusDays(1).atStartOfDay(Beijing.ZONE).toOffsetDateTime() + "'";
        String open = "state not in ('CLOSED', 'REJECTED')";
        // each filter: the query string, and the condition CaseListRepository adds for it (for EXPLAIN ANALYZE)
        Map<String, String[]> filters = new LinkedHashMap<>();
        filters.put("no filter (the town, newest first)", new String[] {"", "true"});
        filters.put("open", new String[] {"open=true", open});
        filters.put("closed history", new String[] {"closed=true", "state in ('CLOSED', 'REJECTED')"});
        filters.put("overdue", new String[] {"overdue=true", open + " and resolved_at is null and resolve_due_at < now()"});
        filters.put("due today", new String[] {"dueToday=true", open + " and resolved_at is null and resolve_due_at >= "
                + todayStart + " and resolve_due_at < " + tomorrowStart});
        filters.put("new today", new String[] {"newToday=true", "received_at >= " + todayStart + " and received_at < " + tomorrowStart});
        filters.put("state IN_PROGRESS", new String[] {"state=IN_PROGRESS", "state = 'IN_PROGRESS'"});
        filters.put("category 03", new String[] {"category=03", "category_code >= '03' and category_code < '03\uffff'"});
        filters.put("channel MEETING + open", new String[] {"channel=MEETING&open=true", "channel = 'MEETING' and " + open});
        filters.put("unit + state DISPATCHED", new String[] {"unit=" + unit + "&state=DISPATCHED",
                "lead_unit_id = " + unit + " and state = 'DISPATCHED'"});
        filters.put("a village + open + category 0301", new String[] {"territory=" + village + "&open=true&category=0301",
                "left(territory_code, 12) = '" + village + "' and " + open + " and category_code >= '0301' and category_code < '0301\uffff'"});
        filters.put("received in a month, 90 days ago", new String[] {"from=" + today.minusDays(120) + "&to=" + today.minusDays(90),
                "received_at >= '" + today.minusDays(120).atStartOfDay(Beijing.ZONE).toOffsetDateTime() + "' and received_at < '"
                        + today.minusDays(89).atStartOfDay(Beijing.ZONE).toOffsetDateTime() + "'"});
        // the simulated cases are numbered <county>-<id>: a start that a few of them share
        filters.put("the start of a number", new String[] {"number=" + COUNTY + "-1234", "number like '" + COUNTY + "-1234%'"});
        filters.put("a number no case has", new String[] {"number=" + COUNTY + "-19990101-000001",
                "number like '" + COUNTY + "-19990101-000001%'"});

        md.append("First page, 50 cases, as the town official of 古城街道 (a token over loopback HTTP, one connection; "
                + WARM_UP + " warm-up requests then " + REPEATS + " measured, each):\n\n"
                + "| filter | desk page p50 / p95 / p99 ms | API p50 / p95 / p99 ms | rows | SQL of the API's first page (EXPLAIN ANALYZE) ms |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (var filter : filters.entrySet()) {
            String q = filter.getValue()[0];
            double[] page = times(() -> http.get("/cases/desk" + (q.isEmpty() ? "" : "?" + q)));
            double[] api = times(() -> http.get("/api/v1/cases?limit=50" + (q.isEmpty() ? "" : "&" + q)));
            String body = http.get("/api/v1/cases?limit=50" + (q.isEmpty() ? "" : "&" + q));
            int rows = body.split("\"number\"", -1).length - 1;
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s |%n", filter.getKey(), pct(page), pct(api), rows,
                    explain(db, filter.getValue()[1])));
        }
        double[] key = new double[REPEATS];
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement("select number from cases.case_file where id = ?")) {
            for (int i = -WARM_UP; i < REPEATS; i++) {
                long t0 = System.nanoTime();
                p.setLong(1, 1 + (i + WARM_UP) * 997L);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                }
                if (i >= 0) {
                    key[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        double[] me = times(() -> http.get("/api/v1/me"));
        md.append(String.format(Locale.ROOT, "%nPhysical limits in the same run: a case by primary key over JDBC %s ms; "
                + "`GET /api/v1/me` (signed in, no case read) over HTTP %s ms (p50 / p95 / p99).%n%nTarget: p95 < 100 ms.%n%n",
                pct(Arrays.copyOf(key, key.length)), pct(me)));
    }

    /**
     * The first page's inner part as CaseListRepository builds it for a town official (one part: the town's prefix),
     * run under EXPLAIN ANALYZE: the execution time PostgreSQL reports and the index it walked.
     */
    private static String explain(DataSource db, String condition) throws Exception {
        List<String> plan = BenchApp.strings(db, "explain (analyze, costs off) select c.id, c.received_at from cases.case_file c"
                + " where left(c.territory_code, 9) = '" + TOWN + "' and (c.received_at, c.id) < ('9999-01-01', 9223372036854775807)"
                + " and " + condition.replace("(state", "(c.state") + " order by c.received_at desc, c.id desc limit 51");
        java.util.regex.Pattern scan = java.util.regex.Pattern.compile("(?:using|Bitmap Index Scan on) (\\S+)");
        String index = plan.stream().map(scan::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1))
                .distinct().reduce((a, b) -> a + ", " + b).orElse("no index");
        String time = plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst()
                .map(l -> l.replace("Execution Time: ", "").replace(" ms", "")).orElse("?");
        return time + " (" + index + ")";
    }

    interface Call {
        String call() throws Exception;
    }

    private static double[] times(Call call) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            call.call();
        }
        double[] millis = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            call.call();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return millis;
    }

    private static String pct(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", sorted[n / 2], sorted[(int) Math.ceil(0.95 * n) - 1],
                sorted[(int) Math.ceil(0.99 * n) - 1]);
    }

    /** A signed-in client for GETs; the JDK's client costs some CPU a request, the same for every row of the table. */
    private static final class Http {

        private final int port;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private String token;

        Http(int port) {
            this.port = port;
        }

        void signIn(String username) throws Exception {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"jiceng-demo\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String body = answer.body();
            int start = body.indexOf("\"token\":\"") + 9;
            token = body.substring(start, body.indexOf('"', start));
        }

        String get(String path) throws Exception {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }
    }
}

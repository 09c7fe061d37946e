package org.jiceng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jiceng.support.AppProcess;
import org.jiceng.support.Http;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Intake over HTTP (issue 4): the packaged application in demo mode, residents' JSON filings through
 * {@code POST /api/v1/cases} from client threads on loopback — bearer authentication, category, point → grid,
 * routing, numbering, the case row, its timeline entry, the inbox messages and the three-rate queue entry, committed
 * together with the other filings that arrived at the same time (group commit) — beside the physical limit measured
 * in the same run on the same database: raw single-row autocommit INSERTs of the same rows into the same table from
 * as many threads. The client ({@link LoopbackHttp}) shares the two cores with the server, as does PostgreSQL
 * (fsync and synchronous commit on, as the product runs it). Each phase runs for {@code PHASE_SECONDS} without a
 * pause, so that the rate is a sustained one, and its slowest and fastest 10-second windows are reported beside the
 * mean; bounded by {@code MAX_CASES} requests a phase.
 */
public final class IntakeBenchmark {

    private static final int THREADS = 16;
    private static final int WARM_UP_SECONDS = 45;
    private static final int PHASE_SECONDS = 60;
    private static final int WINDOW_SECONDS = 10;
    private static final int MAX_CASES = 1_500_000;
    private static final long SEED = 20_261_123L;
    private static final String[] CATEGORIES = {"0101", "0102", "0103", "0105", "0201", "0301", "0302", "0501", "1101", "1201"};

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    record Sample(String category, double lat, double lon) {

        /** The filing's JSON but for its running number, formatted once: the client shares the cores it measures. */
        String[] jsonAround() {
            return new String[] {"{\"categoryCode\":\"" + category + "\",\"description\":\"基准测试诉求 ",
                    String.format(Locale.ROOT, "：路灯不亮\",\"lat\":%.7f,\"lon\":%.7f}", lat, lon)};
        }
    }

    /** What a phase did: requests, seconds, each request's latency and how many ended in each second of the phase. */
    record Phase(int count, double seconds, long[] latenciesNanos, int[] perSecond) {
        double rate() {
            return count / seconds;
        }

        /** The lowest and the highest rate over the phase's whole 10-second windows. */
        double[] windowRates() {
            double low = Double.MAX_VALUE;
            double high = 0;
            for (int start = 0; start + WINDOW_SECONDS <= perSecond.length; start += WINDOW_SECONDS) {
                int sum = 0;
                for (int i = start; i < start + WINDOW_SECONDS; i++) {
                    sum += perSecond[i];
                }
                low = Math.min(low, sum / (double) WINDOW_SECONDS);
                high = Math.max(high, sum / (double) WINDOW_SECONDS);
            }
            return low == Double.MAX_VALUE ? new double[] {rate(), rate()} : new double[] {low, high};
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    public static String run() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path data = Files.createTempDirectory(Path.of("target"), "intake-bench");
        String[] options = (System.getenv().getOrDefault("JICENG_BENCH_APP_OPTS", "") + " -Xmx2g").strip().split("\\s+");
        double speedBefore = HostSpeed.mibPerSecond();
        double latencyBefore = HostSpeed.memoryLatencyNanos();
        try (AppProcess app = AppProcess.start(data, options)) {
            List<Sample> samples = samples(app.port());
            http(app.port(), samples, MAX_CASES, WARM_UP_SECONDS);
            DatabaseWork before = DatabaseWork.of(data);
            CpuUse cpuBefore = CpuUse.of(app.handle(), data);
            Phase http = http(app.port(), samples, MAX_CASES, PHASE_SECONDS);
            CpuUse cpu = CpuUse.of(app.handle(), data).minus(cpuBefore);
            DatabaseWork work = DatabaseWork.of(data).minus(before);
            List<String> grids = gridsOf(app.port(), samples);
            CpuUse rawBefore = CpuUse.of(app.handle(), data);
            Phase raw = rawInserts(data, samples, grids, MAX_CASES, PHASE_SECONDS);
            Thread.sleep(2_000);   // the phase's connections have closed: their backends' CPU counts once reaped
            CpuUse rawCpu = CpuUse.of(app.handle(), data).minus(rawBefore);
            double speedAfter = HostSpeed.mibPerSecond();
            double latencyAfter = HostSpeed.memoryLatencyNanos();
            double[] httpWindows = http.windowRates();
            double[] rawWindows = raw.windowRates();
            return String.format(Locale.ROOT, """
                            ### Case intake over HTTP (`./jiceng bench Intake`)

                            JSON filings by %d client threads on loopback for %d s without a pause, after %d s of filings to warm up (the JIT
                            compiling); the client, the application and PostgreSQL (fsync and synchronous commit on) share the machine.
                            Then raw INSERTs of the same rows for as long.

                            | path | cases | seconds | cases/s | slowest / fastest 10 s | p50 ms | p99 ms |
                            |---|---:|---:|---:|---:|---:|---:|
                            | `POST /api/v1/cases` (auth, grid, routing, number, row, timeline, outbox) | %d | %.1f | %.0f | %.0f / %.0f | %.1f | %.1f |
                            | physical limit: raw single-row INSERT of the same rows, autocommit, %d threads | %d | %.1f | %.0f | %.0f / %.0f | %.2f | %.2f |

                            HTTP intake reaches %.2f× the raw INSERT rate (target ≥ 0.3×; target ≥ 2,000 cases/s sustained).

                            Speed of the machine while nothing of the benchmark runs (one thread, best of three), before the application
                            started / after the phases: SHA-256 %.0f / %.0f MiB/s; memory latency (dependent loads at random
                            places in 64 MiB) %.0f / %.0f ns.

                            CPU time per filed case during the HTTP phase (of the processes, from the operating
                            system): %s. Per raw INSERT: %s.

                            What the database did per filed case during the HTTP phase (PostgreSQL's statistics views,
                            read 11 s after the phase so that idle connections have reported): %s
                            """, THREADS, PHASE_SECONDS, WARM_UP_SECONDS,
                    http.count(), http.seconds(), http.rate(), httpWindows[0], httpWindows[1],
                    http.percentileMillis(0.5), http.percentileMillis(0.99),
                    THREADS, raw.count(), raw.seconds(), raw.rate(), rawWindows[0], rawWindows[1],
                    raw.percentileMillis(0.5), raw.percentileMillis(0.99),
                    http.rate() / raw.rate(), speedBefore, speedAfter, latencyBefore, latencyAfter, cpu.perCase(http.count()), rawCpu.perCase(raw.count()), work.perCase(http.count()));
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /** Points inside the grids of 古城街道's villages (their centroids, slightly moved), with categories. */
    static List<Sample> samples(int port) {
        Http staff = Http.as(port, "gucheng");
        List<double[]> points = new ArrayList<>();
        staff.get("/api/v1/divisions/530326001/children?limit=500").json().get("items").valueStream().forEach(village ->
                staff.get("/api/v1/grids?village=" + village.get("code").asString()).json().get("items").valueStream()
                        .forEach(g -> points.add(new double[] {g.get("centroid").get("lat").asDouble(),
                                g.get("centroid").get("lon").asDouble()})));
        SplittableRandom random = new SplittableRandom(SEED);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 4_096; i++) {
            double[] p = points.get(random.nextInt(points.size()));
            samples.add(new Sample(CATEGORIES[random.nextInt(CATEGORIES.length)], p[0] + (random.nextDouble() - 0.5) * 1e-5,
                    p[1] + (random.nextDouble() - 0.5) * 1e-5));
        }
        return samples;
    }

    static Phase http(int port, List<Sample> samples, int total, int limitSeconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        long[] latencies = new long[total];
        AtomicIntegerArray perSecond = new AtomicIntegerArray(limitSeconds + 1);
        long[] phaseStart = {System.nanoTime()};
        long[] deadline = {Long.MAX_VALUE};
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<Void>> clients = new ArrayList<>();
        List<String[]> bodies = samples.stream().map(Sample::jsonAround).toList();
        String token = Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"jumin\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}").json().get("token").asString();
        for (int t = 0; t < THREADS; t++) {
            clients.add(() -> {
                try (LoopbackHttp jumin = new LoopbackHttp(port, token)) {
                    int i;
                    while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline[0]) {
                        String[] around = bodies.get(i % bodies.size());
                        String json = around[0] + i + around[1];
                        long started = System.nanoTime();
                        LoopbackHttp.Answer filed = jumin.postJson("/api/v1/cases", json);
                        long ended = System.nanoTime();
                        latencies[completed.getAndIncrement()] = ended - started;
                        perSecond.incrementAndGet(secondOf(ended, phaseStart[0], limitSeconds));
                        if (filed.status() != 201) {
                            throw new IllegalStateException("受理失败：" + filed.status() + " " + filed.body());
                        }
                    }
                }
                return null;
            });
        }
        return run(pool, clients, phaseStart, deadline, limitSeconds, completed, latencies, perSecond);
    }

    private static int secondOf(long nanos, long phaseStart, int limitSeconds) {
        return (int) Math.min(limitSeconds, (nanos - phaseStart) / 1_000_000_000L);
    }

    /** Runs the phase's workers from now until the deadline (or the request bound) and gathers what they measured. */
    private static Phase run(ExecutorService pool, List<Callable<Void>> workers, long[] phaseStart, long[] deadline,
                             int limitSeconds, AtomicInteger completed, long[] latencies, AtomicIntegerArray perSecond)
            throws Exception {
        phaseStart[0] = System.nanoTime();
        deadline[0] = phaseStart[0] + limitSeconds * 1_000_000_000L;
        for (Future<Void> f : pool.invokeAll(workers)) {
            f.get();
        }
        double seconds = (System.nanoTime() - phaseStart[0]) / 1e9;
        pool.shutdown();
        int done = completed.get();
        int[] counts = new int[limitSeconds];
        for (int i = 0; i < limitSeconds; i++) {
            counts[i] = perSecond.get(i);
        }
        return new Phase(done, seconds, Arrays.copyOf(latencies, done), counts);
    }

    /** The grid of each sample as the application located it (read back from the cases filed). */
    static List<String> gridsOf(int port, List<Sample> samples) {
        List<String> grids = new ArrayList<>();
        Http staff = Http.as(port, "gucheng");
        staff.get("/api/v1/cases?limit=500").json().get("items").valueStream()
                .forEach(c -> grids.add(c.get("territoryCode").asString()));
        return grids;
    }

    /** Commits and rows written, from PostgreSQL's cumulative statistics, to subtract one snapshot from another. */
    record DatabaseWork(long commits, java.util.SortedMap<String, long[]> rows) {

        static DatabaseWork of(Path data) throws Exception {
            Thread.sleep(11_000);   // backends report their statistics when idle, at the latest after 10 s
            try (Connection c = DriverManager.getConnection(url(data), "postgres", "");
                 var st = c.createStatement()) {
                long commits;
                try (var rs = st.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
                    rs.next();
                    commits = rs.getLong(1);
                }
                java.util.SortedMap<String, long[]> rows = new java.util.TreeMap<>();
                try (var rs = st.executeQuery("select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del,"
                        + " coalesce(seq_scan, 0), coalesce(idx_scan, 0) from pg_stat_user_tables")) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
                    }
                }
                return new DatabaseWork(commits, rows);
            }
        }

        DatabaseWork minus(DatabaseWork before) {
            java.util.SortedMap<String, long[]> diff = new java.util.TreeMap<>();
            rows.forEach((table, now) -> {
                long[] then = before.rows.getOrDefault(table, new long[now.length]);
                long[] d = new long[now.length];
                boolean any = false;
                for (int i = 0; i < d.length; i++) {
                    d[i] = now[i] - then[i];
                    any |= d[i] != 0;
                }
                if (any) {
                    diff.put(table, d);
                }
            });
            return new DatabaseWork(commits - before.commits, diff);
        }

        String perCase(int cases) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.2f commits (the statistics' own reads"
                    + " included); rows inserted/updated/deleted and scans (sequential/index) per case:%n%n"
                    + "| table | ins | upd | del | seq scans | index scans |%n|---|---:|---:|---:|---:|---:|%n",
                    commits / (double) cases));
            rows.forEach((table, d) -> text.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    table, d[0] / (double) cases, d[1] / (double) cases, d[2] / (double) cases, d[3] / (double) cases,
                    d[4] / (double) cases)));
            return text.toString();
        }
    }

    /** CPU used so far by the application's JVM, by the PostgreSQL processes serving it, and by this client. */
    record CpuUse(long appNanos, long postgresNanos, long clientNanos) {

        static CpuUse of(ProcessHandle app, Path data) {
            String dataDir = data.resolve("postgres").toString();
            long postgres = ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(dataDir)).orElse(false))
                    .mapToLong(postmaster -> reapedChildren(postmaster) + cpu(postmaster)
                            + postmaster.descendants().mapToLong(CpuUse::cpu).sum())
                    .sum();
            return new CpuUse(cpu(app), postgres, cpu(ProcessHandle.current()));
        }

        /** CPU of the postmaster's children that have ended (connections closed), from /proc: cutime + cstime. */
        private static long reapedChildren(ProcessHandle postmaster) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(postmaster.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);   // fields 16 and 17 of proc(5)
                return ticks * 10_000_000L;   // USER_HZ = 100
            } catch (java.io.IOException | RuntimeException notLinux) {
                return 0;
            }
        }

        private static long cpu(ProcessHandle p) {
            return p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }

        CpuUse minus(CpuUse o) {
            return new CpuUse(appNanos - o.appNanos, postgresNanos - o.postgresNanos, clientNanos - o.clientNanos);
        }

        String perCase(int cases) {
            return String.format(Locale.ROOT, "application JVM %.2f ms, PostgreSQL %.2f ms, benchmark client %.2f ms"
                            + " (two cores give 2 × 1,000 ms a second)", appNanos / 1e6 / cases,
                    postgresNanos / 1e6 / cases, clientNanos / 1e6 / cases);
        }
    }

    static String url(Path data) throws Exception {
        int pgPort = Integer.parseInt(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip());
        return "jdbc:postgresql://localhost:" + pgPort + "/jiceng";
    }

    static Phase rawInserts(Path data, List<Sample> samples, List<String> grids, int total, int limitSeconds)
            throws Exception {
        String url = url(data);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        long[] latencies = new long[total];
        AtomicIntegerArray perSecond = new AtomicIntegerArray(limitSeconds + 1);
        long[] phaseStart = {System.nanoTime()};
        long[] deadline = {Long.MAX_VALUE};
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            writers.add(() -> {
                try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                     PreparedStatement insert = connection.prepareStatement("""
                             insert into cases.case_file (number, territory_code, category_code, description, lat, lon,
                                 channel, reporter_id, reporter_name, state, level, received_at, response_due_at, resolve_due_at, county)
                             values (?, ?, ?, ?, ?, ?, 'RESIDENT', 7, '基准', 'RECEIVED', 'VILLAGE', ?, ?, ?, ?)""")) {
                    connection.setAutoCommit(true);
                    int i;
                    while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline[0]) {
                        Sample s = samples.get(i % samples.size());
                        Instant now = Instant.now();
                        insert.setString(1, "RAW-" + SEED + "-" + i);
                        insert.setString(2, grids.get(i % grids.size()));
                        insert.setString(3, s.category());
                        insert.setString(4, "基准测试诉求 " + i + "：路灯不亮");
                        insert.setDouble(5, s.lat());
                        insert.setDouble(6, s.lon());
                        insert.setTimestamp(7, Timestamp.from(now));
                        insert.setTimestamp(8, Timestamp.from(now.plusSeconds(86_400)));
                        insert.setTimestamp(9, Timestamp.from(now.plusSeconds(5 * 86_400)));
                        insert.setString(10, grids.get(i % grids.size()).substring(0, 6));
                        long started = System.nanoTime();
                        insert.executeUpdate();
                        long ended = System.nanoTime();
                        latencies[completed.getAndIncrement()] = ended - started;
                        perSecond.incrementAndGet(secondOf(ended, phaseStart[0], limitSeconds));
                    }
                }
                return null;
            });
        }
        return run(pool, writers, phaseStart, deadline, limitSeconds, completed, latencies, perSecond);
    }
}

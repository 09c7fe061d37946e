package org.jiceng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiceng.support.AppProcess;
import org.jiceng.support.Http;
import org.springframework.util.FileSystemUtils;

/**
 * Intake through two application nodes against one (issue 24): node A in demo mode owns the database (its embedded
 * PostgreSQL on a known port), node B runs in production mode against it. The same residents' filings as
 * {@link IntakeBenchmark}, 16 client threads on loopback: first all to A, then half to A and half to B, then the
 * physical limit (raw single-row INSERTs of the same rows) in the same run. Everything shares the machine's cores:
 * on two cores a second node adds a JVM competing with PostgreSQL and the clients, not capacity; what the figure
 * shows there is the cost of a second node, and that intake stays correct and fast enough across two.
 */
public final class TwoNodesBenchmark {

    private static final int THREADS = 16;
    private static final int WARM_UP_SECONDS = 30;
    private static final int PHASE_SECONDS = 40;
    private static final int MAX_CASES = 400_000;

    private TwoNodesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path dataA = Files.createTempDirectory(Path.of("target"), "two-nodes-bench-a");
        Path dataB = Files.createTempDirectory(Path.of("target"), "two-nodes-bench-b");
        int pgPort;
        try (var socket = new java.net.ServerSocket(0)) {
            pgPort = socket.getLocalPort();
        }
        try (AppProcess a = AppProcess.start(dataA, "-Xmx1g", "-Djiceng.db.embedded.port=" + pgPort)) {
            String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/jiceng";
            try (AppProcess b = AppProcess.start(dataB, Map.of("JICENG_DB_URL", url, "JICENG_DB_USER", "postgres",
                    "JICENG_DB_PASSWORD", "", "JICENG_PEOPLE_KEY", Files.readString(dataA.resolve("keys/people.key")).strip()),
                    "-Xmx1g")) {
                List<IntakeBenchmark.Sample> samples = IntakeBenchmark.samples(a.port());
                String token = Http.anonymous(a.port()).postJson("/api/v1/auth/token",
                        "{\"username\":\"jumin\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}").json().get("token").asString();
                phase(samples, token, WARM_UP_SECONDS, a.port(), b.port());
                double[] one = phase(samples, token, PHASE_SECONDS, a.port());
                double[] two = phase(samples, token, PHASE_SECONDS, a.port(), b.port());
                List<String> grids = IntakeBenchmark.gridsOf(a.port(), samples);
                IntakeBenchmark.Phase raw = IntakeBenchmark.rawInserts(dataA, samples, grids, MAX_CASES, PHASE_SECONDS);
                return String.format(Locale.ROOT, """
                                ### Intake through two nodes against one (`./jiceng bench TwoNodes`)

                                %d client threads on loopback, %d s a phase after %d s of filings to both nodes to warm up;
                                node B in production mode on node A's PostgreSQL (fsync and synchronous commit on); clients,
                                both JVMs and PostgreSQL share the machine (%d cores).

                                | path | cases | cases/s | p50 ms | p99 ms |
                                |---|---:|---:|---:|---:|
                                | `POST /api/v1/cases`, all to node A | %d | %.0f | %.1f | %.1f |
                                | `POST /api/v1/cases`, half to A and half to B | %d | %.0f | %.1f | %.1f |
                                | physical limit: raw single-row INSERT of the same rows, autocommit, %d threads | %d | %.0f | %.2f | %.2f |

                                Two nodes reach %.2f× one node's rate, and %.2f× the raw INSERT rate.
                                """, THREADS, PHASE_SECONDS, WARM_UP_SECONDS, Runtime.getRuntime().availableProcessors(),
                        (long) one[0], one[1], one[2], one[3], (long) two[0], two[1], two[2], two[3],
                        THREADS, raw.count(), raw.rate(), raw.percentileMillis(0.5), raw.percentileMillis(0.99),
                        two[1] / one[1], two[1] / raw.rate());
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataA);
            FileSystemUtils.deleteRecursively(dataB);
        }
    }

    /** Files for {@code seconds}, the client threads spread evenly over the ports: cases, cases/s, p50 and p99 in ms. */
    private static double[] phase(List<IntakeBenchmark.Sample> samples, String token, int seconds, int... ports)
            throws Exception {
        List<String[]> bodies = samples.stream().map(IntakeBenchmark.Sample::jsonAround).toList();
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[MAX_CASES];
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<Void>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int port = ports[t % ports.length];
            clients.add(() -> {
                try (LoopbackHttp client = new LoopbackHttp(port, token)) {
                    int i;
                    while ((i = next.getAndIncrement()) < MAX_CASES && System.nanoTime() < deadline) {
                        String[] around = bodies.get(i % bodies.size());
                        long started = System.nanoTime();
                        LoopbackHttp.Answer filed = client.postJson("/api/v1/cases", around[0] + "two-" + i + around[1]);
                        latencies[done.getAndIncrement()] = System.nanoTime() - started;
                        if (filed.status() != 201) {
                            throw new IllegalStateException("受理失败：" + filed.status() + " " + filed.body());
                        }
                    }
                }
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(clients)) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int n = done.get();
        long[] sorted = java.util.Arrays.copyOf(latencies, n);
        java.util.Arrays.sort(sorted);
        return new double[] {n, n / elapsed, sorted[Math.max(0, (int) Math.ceil(0.5 * n) - 1)] / 1e6,
                sorted[Math.max(0, (int) Math.ceil(0.99 * n) - 1)] / 1e6};
    }
}

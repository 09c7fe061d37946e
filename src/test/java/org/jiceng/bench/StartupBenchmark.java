package org.jiceng.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * Demo start-up to healthy: the packaged application ({@code target/jiceng.jar}) is started as a person
 * would start it, and the clock stops when {@code /actuator/health} answers UP. The first start on an
 * empty data directory (initdb, county import, grid generation) is reported apart from the restarts.
 */
public final class StartupBenchmark {

    private static final int RESTARTS = 3;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
    }

    public static String run() throws Exception {
        Path jar = Path.of("target/jiceng.jar");
        if (!Files.exists(jar)) {
            return "启动基准：缺少 target/jiceng.jar（先运行 mvn package）\n";
        }
        Path data = Files.createTempDirectory("jiceng-startup-bench");
        try {
            double first = startAndStop(jar, data);
            List<Double> restarts = new ArrayList<>();
            for (int i = 0; i < RESTARTS; i++) {
                restarts.add(startAndStop(jar, data));
            }
            List<Double> sorted = restarts.stream().sorted().toList();
            return String.format("""
                    ### Demo start-up to healthy (`java -jar target/jiceng.jar`, embedded PostgreSQL)

                    | start | seconds to /actuator/health UP |
                    |---|---|
                    | first start (empty data directory: initdb, import 会泽县, generate 4,847 grids) | %.1f |
                    | restart, median of %d (min %.1f, max %.1f) | **%.1f** |

                    Target: ≤ 20 s after the first start.
                    """, first, RESTARTS, sorted.getFirst(), sorted.getLast(), sorted.get(sorted.size() / 2));
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static double startAndStop(Path jar, Path data) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("JICENG_DATA_DIR", data.toString());
        builder.environment().remove("JICENG_DB_URL");
        // the demo year has a benchmark of its own (DemoYearBenchmark)
        builder.environment().put("JICENG_DEMO_YEAR", "false");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(300)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("应用启动失败，见 " + data + ".log");
                }
                try {
                    HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("应用 300 秒内未就绪");
        } finally {
            process.destroy();   // SIGTERM: a graceful shutdown that also stops the embedded PostgreSQL
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

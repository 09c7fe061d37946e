package org.jiceng.support;

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

/**
 * The packaged application ({@code target/jiceng.jar}) in a process of its own, in demo mode on a data
 * directory: for tests that kill it as a power cut would, and for benchmarks that measure it as a user runs it.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static Path jar() {
        Path jar = Path.of("target/jiceng.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("缺少 target/jiceng.jar：先运行 mvn package");
        }
        return jar;
    }

    /** Starts the jar on a free port and waits until it is ready (after the demo seeders ran). */
    public static AppProcess start(Path dataDir, String... javaOptions) throws Exception {
        return start(dataDir, java.util.Map.of(), javaOptions);
    }

    /**
     * As {@link #start(Path, String...)}, with more environment variables: JICENG_DB_URL among them runs the node in
     * production mode on that database (several nodes on one database, see TwoNodesIT).
     */
    public static AppProcess start(Path dataDir, java.util.Map<String, String> environment, String... javaOptions)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", jar().toString()));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("JICENG_DATA_DIR", dataDir.toString());
        builder.environment().remove("JICENG_DB_URL");
        // the crash test and the benchmarks measure the product, not the demo year's generation
        builder.environment().put("JICENG_DEMO_YEAR", "false");
        builder.environment().putAll(environment);
        AppProcess app = new AppProcess(builder.start(), port, log);
        try {
            // generous: on a machine shared with other builds the demo's seeding alone has taken four minutes
            app.awaitReady(Duration.ofMinutes(10));
        } catch (Exception | Error notReady) {
            app.process.destroyForcibly();   // a half-started node must not outlive the test that gave up on it
            throw notReady;
        }
        return app;
    }

    /** The application's operating-system process, to measure the CPU it used. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    private void awaitReady(Duration limit) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("应用启动失败，见 " + log);
            }
            try {
                HttpResponse<String> answer = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("应用未在 " + limit.toSeconds() + " 秒内就绪，见 " + log);
    }

    /** SIGKILL: no shutdown hook runs, as when the power goes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
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

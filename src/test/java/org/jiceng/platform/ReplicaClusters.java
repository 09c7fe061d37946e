package org.jiceng.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL 15 primary and a streaming standby made from it with {@code pg_basebackup -R}, both on free
 * loopback ports in a temporary directory, from Debian's postgresql-15 binaries (installed by .ci/run). initdb
 * refuses root, so as root the servers run as the {@code postgres} user.
 */
public final class ReplicaClusters implements AutoCloseable {

    public static final Path BINARIES = Path.of("/usr/lib/postgresql/15/bin");

    private final Path directory;
    private final int primaryPort;
    private final int standbyPort;

    private ReplicaClusters(Path directory, int primaryPort, int standbyPort) {
        this.directory = directory;
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
    }

    public static boolean available() {
        return Files.isExecutable(BINARIES.resolve("initdb")) && Files.isExecutable(BINARIES.resolve("pg_basebackup"));
    }

    /** Makes and starts both clusters (fsync off: a test's throw-away data); the standby streams from the start. */
    public static ReplicaClusters start(String name) throws Exception {
        return start(name, false);
    }

    /** As {@link #start(String)}; {@code durable}: fsync and synchronous commit on, as in production (benchmarks). */
    public static ReplicaClusters start(String name, boolean durable) throws Exception {
        Path directory = Files.createTempDirectory(Path.of("/tmp"), name);
        ReplicaClusters clusters = new ReplicaClusters(directory, freePort(), freePort());
        try {
            clusters.create(durable);
        } catch (Exception | Error e) {
            clusters.close();
            throw e;
        }
        return clusters;
    }

    private void create(boolean durable) throws Exception {
        if (root()) {
            run("chown", "postgres:postgres", directory.toString());
        }
        Path primary = directory.resolve("primary");
        pg("initdb", "-D", primary.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        append(primary.resolve("postgresql.conf"), """
                listen_addresses = '127.0.0.1'
                port = %d
                unix_socket_directories = '%s'
                wal_level = replica
                max_wal_senders = 4
                hot_standby = on
                max_connections = 60
                shared_buffers = 128MB
                fsync = %s
                synchronous_commit = %<s
                max_wal_size = 2GB
                """.formatted(primaryPort, directory, durable ? "on" : "off"));
        // initdb --auth=trust already trusts 127.0.0.1 for replication; the standby signs in as its own role
        pg("pg_ctl", "-D", primary.toString(), "-l", directory.resolve("primary.log").toString(), "-w", "-t", "60", "start");
        try (Connection c = connect(primaryPort); Statement s = c.createStatement()) {
            s.execute("create role replicator with replication login");
        }
        Path standby = directory.resolve("standby");
        pg("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primaryPort), "-U", "replicator", "-D",
                standby.toString(), "-R", "-X", "stream", "-c", "fast");
        append(standby.resolve("postgresql.conf"), "port = %d%n".formatted(standbyPort));
        startStandby();
    }

    public String primaryUrl() {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/postgres";
    }

    public String standbyUrl() {
        return "jdbc:postgresql://127.0.0.1:" + standbyPort + "/postgres";
    }

    public Connection primary() throws SQLException {
        return connect(primaryPort);
    }

    public Connection standby() throws SQLException {
        return connect(standbyPort);
    }

    public void startStandby() throws Exception {
        pg("pg_ctl", "-D", directory.resolve("standby").toString(), "-l", directory.resolve("standby.log").toString(),
                "-w", "-t", "60", "start");
    }

    public void stopStandby() throws Exception {
        pg("pg_ctl", "-D", directory.resolve("standby").toString(), "-m", "immediate", "-w", "stop");
    }

    /** Waits until the standby has replayed everything the primary has written so far. */
    public void awaitCatchUp(Duration limit) throws Exception {
        String target;
        try (Connection c = primary(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select pg_current_wal_lsn()::text")) {
            r.next();
            target = r.getString(1);
        }
        long end = System.nanoTime() + limit.toNanos();
        try (Connection c = standby(); var s = c.prepareStatement("select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
            s.setString(1, target);
            while (System.nanoTime() < end) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("备库未在 " + limit.toSeconds() + " 秒内追上主库");
    }

    /** Stops (or resumes) applying the primary's changes on the standby: a replica that lags, on demand. */
    public void pauseReplay(boolean paused) throws SQLException {
        try (Connection c = standby(); Statement s = c.createStatement()) {
            s.execute(paused ? "select pg_wal_replay_pause()" : "select pg_wal_replay_resume()");
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    private void pg(String program, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BINARIES.resolve(program).toString());
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    private void run(String... command) throws Exception {
        Path output = Files.createTempFile("pg-command", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String text = Files.readString(output);
        Files.deleteIfExists(output);
        if (!done || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " 失败：" + text);
        }
    }

    /** Appends settings; a later line wins in postgresql.conf. Root may write the postgres user's file. */
    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (String cluster : List.of("standby", "primary")) {
            if (Files.exists(directory.resolve(cluster).resolve("postmaster.pid"))) {
                try {
                    pg("pg_ctl", "-D", directory.resolve(cluster).toString(), "-m", "immediate", "-w", "stop");
                } catch (Exception e) {
                    System.err.println("无法停止 " + cluster + "：" + e.getMessage());
                }
            }
        }
        FileSystemUtils.deleteRecursively(directory);
    }
}

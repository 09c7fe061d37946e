package org.jiceng.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application was killed (SIGKILL, power loss of the JVM only), its embedded PostgreSQL keeps
 * running and holds the data directory. Before starting a new one we ask the old one to shut down fast;
 * PostgreSQL's own crash recovery then makes everything committed durable.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        log.warn("发现上次未正常关闭的内置 PostgreSQL（进程 {}），正在关闭后重新启动", postmaster.get().pid());
        try {
            // SIGINT is PostgreSQL's "fast" shutdown; ProcessHandle only sends TERM/KILL, so ask pg's way.
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).start().waitFor();
            postmaster.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("无法关闭残留的内置 PostgreSQL 进程 " + postmaster.get().pid()
                    + "，请手动结束它后重试", e);
        }
        log.info("残留进程已退出");
    }
}

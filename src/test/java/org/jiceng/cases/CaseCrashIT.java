package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jiceng.support.AppProcess;
import org.jiceng.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The packaged application is killed with SIGKILL in the middle of a burst of intake. After a restart on the same
 * data directory every case whose 201 reached a client is there, with its timeline, and its reporter's
 * notification arrives (the event publication registry delivers what the kill interrupted).
 */
class CaseCrashIT {

    Path dataDir;

    @AfterEach
    void removeData() throws Exception {
        if (dataDir != null) {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void everyAcknowledgedCaseSurvivesAKillWithItsTimelineAndNotification() throws Exception {
        Files.createDirectories(Path.of("target"));
        dataDir = Files.createTempDirectory(Path.of("target"), "crash-it");
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        try (AppProcess first = AppProcess.start(dataDir)) {
            int port = first.port();
            JsonNode c = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0).get("centroid");
            String body = """
                    {"categoryCode": "0301", "description": "压力测试：路灯不亮 %%d", "lat": %s, "lon": %s}"""
                    .formatted(c.get("lat").asDouble(), c.get("lon").asDouble());
            ExecutorService burst = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                int thread = t;
                burst.submit(() -> {
                    Http jumin = Http.as(port, "jumin");
                    for (int i = 0; !stop.get() && i < 2_000; i++) {
                        try {
                            var filed = jumin.postJson("/api/v1/cases", body.formatted(thread * 10_000 + i));
                            if (filed.status() == 201) {
                                acknowledged.put(filed.json().get("id").asLong(), filed.json().get("number").asString());
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            Instant end = Instant.now().plus(Duration.ofSeconds(60));
            while (acknowledged.size() < 150 && Instant.now().isBefore(end)) {
                Thread.sleep(20);
            }
            first.kill();
            stop.set(true);
            burst.shutdown();
            assertThat(burst.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("cases acknowledged before the kill").hasSizeGreaterThanOrEqualTo(100);

        try (AppProcess second = AppProcess.start(dataDir)) {
            Http gucheng = Http.as(second.port(), "gucheng");
            for (Map.Entry<Long, String> e : acknowledged.entrySet()) {
                var found = gucheng.get("/api/v1/cases/" + e.getKey());
                assertThat(found.status()).as("case " + e.getValue()).isEqualTo(200);
                assertThat(found.json().get("number").asString()).isEqualTo(e.getValue());
            }
            List<Long> sample = acknowledged.keySet().stream().sorted().toList();
            for (long id : List.of(sample.getFirst(), sample.get(sample.size() / 2), sample.getLast())) {
                assertThat(gucheng.get("/api/v1/cases/" + id + "/timeline").body()).contains("\"action\":\"file\"");
            }
            Set<String> told = new HashSet<>();
            Instant end = Instant.now().plus(Duration.ofSeconds(90));
            while (!told.containsAll(acknowledged.values()) && Instant.now().isBefore(end)) {
                told.clear();
                String after = "";
                Http jumin = Http.as(second.port(), "jumin");
                do {
                    JsonNode page = jumin.get("/api/v1/inbox?limit=500" + (after.isEmpty() ? "" : "&after=" + after)).json();
                    page.get("items").valueStream().map(m -> m.get("title").asString())
                            .filter(t -> t.startsWith("您的诉求已登记 ")).forEach(t -> told.add(t.substring(8)));
                    after = page.get("next").isNull() ? "" : page.get("next").asString();
                } while (!after.isEmpty());
                Thread.sleep(500);
            }
            assertThat(told).as("a notification for every acknowledged case").containsAll(acknowledged.values());
        }
    }
}

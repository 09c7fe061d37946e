package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.support.AppProcess;
import org.jiceng.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Two application nodes, separate processes, on one PostgreSQL: node A in demo mode owns the database (its embedded
 * PostgreSQL, on a known port), node B runs in production mode against it (JICENG_DB_URL). A browser signed in on A is
 * signed in on B. Residents' filings go to both at once, each under an Idempotency-Key; B is killed with SIGKILL in
 * the middle, and what B left unanswered is sent again to A with the same keys. Then every acknowledged case exists
 * once, each is counted once in the three rates, its inbox messages and its webhook delivery exist once, and no
 * delivery reached the gateway twice. Last, A is asked to stop while a filing is held up in the database: the graceful
 * shutdown waits for it, and it is answered 201.
 */
class TwoNodesIT {

    private static final String DESCRIPTION = "两节点测试：路灯不亮 ";

    Path dataA;
    Path dataB;

    @AfterEach
    void removeData() {
        for (Path p : new Path[] {dataA, dataB}) {
            if (p != null) {
                FileSystemUtils.deleteRecursively(p.toFile());
            }
        }
    }

    @Test
    void twoNodesOnOneDatabaseFileEveryAcknowledgedCaseOnceThroughAKillAndFinishAFilingWhileStopping() throws Exception {
        Files.createDirectories(Path.of("target"));
        dataA = Files.createTempDirectory(Path.of("target"), "node-a");
        dataB = Files.createTempDirectory(Path.of("target"), "node-b");
        int pgPort = freePort();
        Map<Long, Integer> received = new ConcurrentHashMap<>();
        HttpServer gateway = gateway(received);
        Map<String, String> webhook = Map.of("JICENG_NOTIFY_WEBHOOK_URL",
                "http://127.0.0.1:" + gateway.getAddress().getPort() + "/hook", "JICENG_NOTIFY_WEBHOOK_POLL", "PT0.3S");
        try (AppProcess a = AppProcess.start(dataA, webhook, "-Djiceng.db.embedded.port=" + pgPort)) {
            String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/jiceng";
            Map<String, String> production = new java.util.HashMap<>(webhook);
            production.putAll(Map.of("JICENG_DB_URL", url, "JICENG_DB_USER", "postgres", "JICENG_DB_PASSWORD", "",
                    "JICENG_PEOPLE_KEY", Files.readString(dataA.resolve("keys/people.key")).strip()));
            AppProcess b = AppProcess.start(dataB, production);
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                aSessionOpenedOnOneNodeServesOnTheOther(a.port(), b.port());

                JsonNode c = Http.as(a.port(), "shequ").get("/api/v1/grids?village=530326001001").json()
                        .get("items").get(0).get("centroid");
                String body = "{\"categoryCode\": \"0301\", \"description\": \"" + DESCRIPTION + "%s\", \"lat\": "
                        + c.get("lat").asDouble() + ", \"lon\": " + c.get("lon").asDouble() + "}";
                String token = Http.anonymous(a.port()).postJson("/api/v1/auth/token", "{\"username\":\"jumin\",\"password\":\""
                        + Http.DEMO_PASSWORD + "\"}").json().get("token").asString();

                // one case first, to learn how much a case adds to the three-rate counters
                long countedBefore = counted(db);
                Filing first = file(a.port(), token, "baseline", body);
                assertThat(first.status).isEqualTo(201);
                awaitFolded(db, Set.of(first.id));
                long perCase = counted(db) - countedBefore;
                assertThat(perCase).as("counter rows a case adds to").isPositive();
                // B's first filing builds its grid index (tens of seconds on a busy machine): before the burst, not in it
                Filing onBFirst = file(b.port(), token, "warm-up-b", body);
                assertThat(onBFirst.status).as("a filing on B").isEqualTo(201);
                awaitFolded(db, Set.of(onBFirst.id));
                assertThat(counted(db) - countedBefore).isEqualTo(2 * perCase);

                Map<String, Filing> acknowledged = new ConcurrentHashMap<>();
                Set<String> unanswered = ConcurrentHashMap.newKeySet();
                AtomicInteger onB = new AtomicInteger();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService burst = Executors.newFixedThreadPool(6);
                for (int t = 0; t < 6; t++) {
                    int thread = t;
                    AppProcess node = t % 2 == 0 ? a : b;
                    burst.submit(() -> {
                        for (int i = 0; !stop.get() && i < 1_000; i++) {
                            String key = "two-nodes-" + thread + "-" + i;
                            Filing filed = file(node.port(), token, key, body);
                            if (filed.status == 201) {
                                acknowledged.put(key, filed);
                                if (node == b) {
                                    onB.incrementAndGet();
                                }
                            } else {
                                unanswered.add(key);
                                if (node == b && filed.status == 0) {
                                    return;   // B is gone: this client gives up, as a phone would until retried
                                }
                            }
                        }
                    });
                }
                Instant end = Instant.now().plus(Duration.ofSeconds(120));
                while ((onB.get() < 60 || acknowledged.size() < 150) && Instant.now().isBefore(end)) {
                    Thread.sleep(20);
                }
                b.kill();
                Thread.sleep(500);
                stop.set(true);
                burst.shutdown();
                assertThat(burst.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                assertThat(onB.get()).as("cases acknowledged by B before the kill").isGreaterThanOrEqualTo(60);

                // the survivor answers what B left unanswered, under the same keys: filed once, whichever node filed it
                for (String key : unanswered) {
                    Filing again = file(a.port(), token, key, body);
                    assertThat(again.status).as("retry of %s on A", key).isEqualTo(201);
                    acknowledged.put(key, again);
                }

                List<Long> ids = acknowledged.values().stream().map(f -> f.id).toList();
                assertThat(Set.copyOf(ids)).as("one case per key").hasSize(acknowledged.size());
                assertThat(single(db, "select count(*) from cases.case_file where description like '" + DESCRIPTION + "%'"))
                        .as("cases in the database, counting the two before the burst").isEqualTo(acknowledged.size() + 2L);
                for (Map.Entry<String, Filing> e : acknowledged.entrySet()) {
                    assertThat(single(db, "select count(*) from cases.case_file where id = " + e.getValue().id
                            + " and description = '" + DESCRIPTION + e.getKey() + "'")).as(e.getKey()).isEqualTo(1);
                }
                String idList = ids.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow();
                assertThat(single(db, "select count(*) from (select case_id from cases.inbox where case_id in (" + idList
                        + ") group by case_id having count(*) <> 2) wrong")).as("cases without exactly two inbox messages")
                        .isZero();
                assertThat(single(db, "select count(*) from cases.inbox where case_id in (" + idList + ")"))
                        .isEqualTo(2L * ids.size());

                awaitFolded(db, Set.copyOf(ids));
                assertThat(counted(db) - countedBefore).as("three-rate counters: each case once")
                        .isEqualTo(perCase * (ids.size() + 2));

                assertThat(single(db, "select count(*) from cases.webhook_delivery where payload::jsonb ->> 'event' = 'case.received'"
                        + " and (payload::jsonb ->> 'caseId')::bigint in (" + idList + ")")).as("one webhook row per case")
                        .isEqualTo(ids.size());
                awaitDelivered(db, idList);
                assertThat(received.values()).as("no delivery reached the gateway twice").allMatch(n -> n == 1);

                assertThat(single(db, "select count(*) from platform.shedlock")).as("jobs that took their lock").isPositive();
                assertThat(single(db, "select count(*) from platform.shedlock where lock_until > now() + interval '2 hours'"))
                        .as("no lock held longer than its job allows").isZero();

                aFilingInFlightWhenShutdownStartsIsAnswered(a, db, token, body);
            } finally {
                b.close();
            }
        } finally {
            gateway.stop(0);
        }
    }

    /** Signs in with the form on one node; the session cookie opens the workbench on the other. */
    private static void aSessionOpenedOnOneNodeServesOnTheOther(int portA, int portB) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String cookie = sessionCookie(form);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=gucheng&password=" + Http.DEMO_PASSWORD + "&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String signedIn = sessionCookie(login);
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portB + "/"))
                .header("Cookie", signedIn).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("B serves the session A opened").isEqualTo(200);
        assertThat(home.body()).contains("古城街道");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    /**
     * A filing under a key the test holds in an open transaction waits in the database; A is told to stop (SIGTERM)
     * meanwhile; the test lets the filing go on, and it is answered 201 before A exits.
     */
    private static void aFilingInFlightWhenShutdownStartsIsAnswered(AppProcess a, Connection db, String token, String body)
            throws Exception {
        long userId = Http.as(a.port(), "jumin").get("/api/v1/me").json().get("id").asLong();
        String key = "two-nodes-shutdown";
        db.setAutoCommit(false);
        try (var hold = db.prepareStatement("insert into cases.filing_key (caller, idem_key, body_hash, created_at)"
                + " values (?, ?, 'held', now())")) {
            hold.setString(1, "user:" + userId);
            hold.setString(2, key);
            hold.executeUpdate();
        }
        CompletableFuture<Filing> inFlight = CompletableFuture.supplyAsync(() -> file(a.port(), token, key, body));
        awaitWaitingOnLock(db, inFlight);
        a.handle().destroy();   // SIGTERM: graceful shutdown begins with the filing in flight
        Thread.sleep(1_000);
        assertThat(a.handle().isAlive()).as("A waits for the request in flight").isTrue();
        db.rollback();
        db.setAutoCommit(true);
        Filing filed = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(filed.status).as("the filing in flight when shutdown began").isEqualTo(201);
        assertThat(a.handle().onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    private static void awaitWaitingOnLock(Connection db, CompletableFuture<Filing> inFlight) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            try (var st = db.createStatement(); var rs = st.executeQuery("select count(*) from pg_stat_activity"
                    // the statement text a backend shows may lag behind the statement it waits in: any wait on a
                    // lock will do, as nothing but the filing can wait on this transaction now
                    + " where wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            if (inFlight.isDone()) {
                throw new IllegalStateException("the filing was answered " + inFlight.get().status
                        + " without waiting for the key the test holds");
            }
            Thread.sleep(50);
        }
        StringBuilder activity = new StringBuilder();
        try (var st = db.createStatement(); var rs = st.executeQuery("select state, wait_event_type, wait_event,"
                + " left(query, 120) from pg_stat_activity where datname is not null")) {
            while (rs.next()) {
                activity.append('\n').append(rs.getString(1)).append(" | ").append(rs.getString(2)).append(" | ")
                        .append(rs.getString(3)).append(" | ").append(rs.getString(4));
            }
        }
        throw new IllegalStateException("the filing never reached the database; its sessions:" + activity);
    }

    record Filing(int status, long id) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Filing file(int port, String token, String key, String bodyFormat) {
        try {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(bodyFormat.formatted(key), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(answer.body());
            return new Filing(answer.statusCode(), answer.statusCode() == 201 && id.find() ? Long.parseLong(id.group(1)) : -1);
        } catch (IOException lost) {
            return new Filing(0, -1);   // the node went away: the outcome is unknown to this client
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Filing(0, -1);
        }
    }

    /** The sum of every three-rate counter of received cases. */
    private static long counted(Connection db) throws Exception {
        return single(db, "select coalesce(sum(cases), 0) from analytics.three_rates");
    }

    private static void awaitFolded(Connection db, Set<Long> ids) throws Exception {
        String list = ids.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow();
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)) {
            if (single(db, "select count(*) from analytics.case_track where case_id in (" + list + ")") == ids.size()
                    && single(db, "select count(*) from analytics.case_event_queue where case_id in (" + list + ")") == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("three-rate events not folded within a minute");
    }

    /** Waits until the rows no dead node holds claimed are delivered. */
    private static void awaitDelivered(Connection db, String idList) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        String open = "select count(*) from cases.webhook_delivery where delivered_at is null"
                + " and next_attempt_at < now() + interval '1 minute' and (payload::jsonb ->> 'caseId')::bigint in (" + idList + ")";
        while (single(db, open) > 0 && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
        assertThat(single(db, open)).as("deliveries not claimed by the killed node, still waiting").isZero();
    }

    private static long single(Connection db, String sql) throws Exception {
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A webhook gateway that counts the deliveries it receives, by delivery id. */
    private static HttpServer gateway(Map<Long, Integer> received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("X-Jiceng-Delivery");
            if (id != null) {
                received.merge(Long.parseLong(id), 1, Integer::sum);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

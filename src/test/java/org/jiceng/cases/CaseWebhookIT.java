package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The outbound webhook against a stand-in SMS gateway on loopback (the gateway is outside the product): the
 * body is signed, a failing gateway is retried, and every public change of a case reaches it.
 */
@AppTest
class CaseWebhookIT {

    static final String SECRET = "gateway-secret";
    static final List<String[]> received = new CopyOnWriteArrayList<>();
    static final AtomicInteger calls = new AtomicInteger();
    static HttpServer gateway;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // the gateway is down for the first two calls: the outbox must retry
            int status = calls.incrementAndGet() <= 2 ? 503 : 200;
            if (status == 200) {
                received.add(new String[] {exchange.getRequestHeaders().getFirst("X-Jiceng-Signature"), body});
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        gateway.start();
        registry.add("jiceng.notify.webhook.url", () -> "http://127.0.0.1:" + gateway.getAddress().getPort() + "/hook");
        registry.add("jiceng.notify.webhook.secret", () -> SECRET);
        registry.add("jiceng.notify.webhook.first-retry", () -> "PT0.2S");
        registry.add("jiceng.notify.webhook.poll", () -> "PT0.2S");
    }

    @AfterAll
    static void stop() {
        gateway.stop(0);
    }

    @Test
    void everyPublicChangeReachesTheGatewaySignedDespiteItsFailures() throws Exception {
        JsonNode c = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0).get("centroid");
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "0105", "description": "夜间广场舞噪音扰民", "lat": %s, "lon": %s}"""
                .formatted(c.get("lat").asDouble(), c.get("lon").asDouble()));
        long id = filed.json().get("id").asLong();
        String number = filed.json().get("number").asString();
        Http.as(port, "gucheng").postJson("/api/v1/cases/" + id + "/actions/accept", "{}");

        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (received.stream().filter(r -> r[1].contains(number)).count() < 2) {
            assertThat(Instant.now()).as("deliveries for " + number + " within 30 s").isBefore(end);
            Thread.sleep(100);
        }
        assertThat(calls.get()).as("the failed calls were retried").isGreaterThanOrEqualTo(4);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (String[] r : received) {
            assertThat(r[0]).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(r[1].getBytes(StandardCharsets.UTF_8))));
        }
        assertThat(received.stream().map(r -> r[1]).filter(b -> b.contains(number)))
                .anyMatch(b -> b.contains("\"state\":\"RECEIVED\""))
                .anyMatch(b -> b.contains("\"state\":\"ACCEPTED\""));
    }
}

package org.jiceng.cases.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbound webhook for SMS and WeChat gateways (DESIGN §4: the reporter is told of every public change).
 * Messages are queued in the database, posted with an HMAC-SHA256 signature of the body
 * ({@code X-Jiceng-Signature: sha256=<hex>}), and retried with doubling back-off until a 2xx or the last attempt.
 * Without a configured URL nothing is queued.
 */
@Component
class WebhookOutbox {

    private static final Logger log = LoggerFactory.getLogger(WebhookOutbox.class);

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String url;
    private final byte[] secret;
    private final Duration firstRetry;
    private final int maxAttempts;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookOutbox(JdbcClient jdbc, @Value("${jiceng.notify.webhook.url:}") String url,
                  @Value("${jiceng.notify.webhook.secret:}") String secret,
                  @Value("${jiceng.notify.webhook.first-retry:PT30S}") Duration firstRetry,
                  @Value("${jiceng.notify.webhook.max-attempts:10}") int maxAttempts, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.firstRetry = firstRetry;
        this.maxAttempts = maxAttempts;
    }

    record Payload(String event, long caseId, String number, String channel, String externalId, Long reporterId,
                   String state, String stateLabel, String message, Instant at) {
    }

    void enqueue(String sourceKey, CaseFacts facts, CaseState state, String message) {
        if (url.isBlank()) {
            return;
        }
        String externalId = jdbc.sql("select external_id from cases.case_file where id = :id").param("id", facts.caseId())
                .query(String.class).optional().orElse(null);
        String payload = json.writeValueAsString(new Payload("case." + state.name().toLowerCase(), facts.caseId(),
                facts.number(), facts.channel().name(), externalId, facts.reporterId(), state.name(), state.label(), message,
                clock.instant()));
        jdbc.sql("insert into cases.webhook_delivery (source_key, payload) values (:key, :payload) on conflict do nothing")
                .param("key", sourceKey).param("payload", payload).update();
    }

    static String sign(byte[] secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    record Due(long id, String payload, int attempts) {
    }

    /** Posts what is due; several nodes may run this at once (rows are claimed by pushing their next attempt). */
    @Scheduled(fixedDelayString = "${jiceng.notify.webhook.poll:PT5S}")
    void deliver() {
        if (url.isBlank()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Due> due = jdbc.sql("""
                        update cases.webhook_delivery set next_attempt_at = cast(:now as timestamptz) + interval '2 minutes'
                        where id in (select id from cases.webhook_delivery
                                     where delivered_at is null and gave_up_at is null and next_attempt_at <= :now
                                     order by next_attempt_at limit 50 for update skip locked)
                        returning id, payload, attempts""").param("now", now)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("payload"), rs.getInt("attempts"))).list();
        for (Due d : due) {
            String error = post(d);
            if (error == null) {
                jdbc.sql("update cases.webhook_delivery set delivered_at = :now, attempts = attempts + 1, last_error = null where id = :id")
                        .param("now", now).param("id", d.id()).update();
            } else if (d.attempts() + 1 >= maxAttempts) {
                jdbc.sql("update cases.webhook_delivery set gave_up_at = :now, attempts = attempts + 1, last_error = :e where id = :id")
                        .param("now", now).param("e", error).param("id", d.id()).update();
                log.warn("webhook delivery {} given up after {} attempts: {}", d.id(), d.attempts() + 1, error);
            } else {
                Duration wait = firstRetry.multipliedBy(1L << Math.min(d.attempts(), 16));
                jdbc.sql("update cases.webhook_delivery set attempts = attempts + 1, last_error = :e, next_attempt_at = :next where id = :id")
                        .param("e", error).param("next", Timestamp.from(clock.instant().plus(wait))).param("id", d.id()).update();
            }
        }
    }

    private String post(Due d) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Jiceng-Delivery", String.valueOf(d.id()))
                    .header("X-Jiceng-Signature", sign(secret, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}

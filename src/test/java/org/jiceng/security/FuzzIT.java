package org.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.jiceng.identity.IdentityApi;
import org.jiceng.security.ApiOperations.Operation;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input over every operation of the OpenAPI document, sampled with a fixed seed so every run sends the same
 * requests: as the county administrator (and anonymously where the operation is public), no answer may be a 5xx,
 * every 4xx is problem+json with a Chinese detail, and a writing operation (not GET) whose every answer was a 4xx
 * leaves the product's tables exactly as they were (nothing half-written).
 */
@AppTest
class FuzzIT {

    static final long SEED = 20261202L;
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    JdbcClient jdbc;

    record Sent(Operation op, String who, String kind, String input, Wire.Answer answer) {
        @Override
        public String toString() {
            return op.key() + "\t" + who + "\t" + kind + "\t" + input + "\t" + answer.status();
        }
    }

    /**
     * The fuzz's bad sign-ins lock its address (loopback) out for up to 15 minutes, and every test after it signs in
     * from the same address: the lock is the fuzz's own doing, so it is lifted here.
     */
    @AfterEach
    void liftTheSignInLocksTheFuzzCaused() {
        jdbc.sql("delete from identity.login_throttle").update();
    }

    @Test
    void badInputIsAlwaysAChinese4xxAndWritesNothing() {
        long started = System.nanoTime();
        ApiOperations document = ApiOperations.parse(Http.anonymous(port).get("/v3/api-docs").body());
        Fixtures fixtures = new Fixtures(port, identity).make();
        Targets targets = new Targets(fixtures);
        FuzzInputs inputs = new FuzzInputs(document, targets, new Random(SEED));
        Wire wire = new Wire(port);
        String admin = Logins.token(port, "admin", Http.DEMO_PASSWORD);
        TableRows rows = new TableRows(jdbc);

        List<String> failures = new ArrayList<>();
        int sent = 0;
        int clientErrors = 0;
        int serverErrors = 0;
        for (Operation op : document.all()) {
            List<FuzzInputs.Input> batch = inputs.of(op);
            // a read writes nothing of the product's by design; counting every table around it only costs time
            boolean writes = !op.method().equalsIgnoreCase("GET");
            Map<String, Long> before = writes ? rows.count() : Map.of();
            boolean all4xx = true;
            List<String> principals = new ArrayList<>(List.of("admin"));
            if (op.permission() != null && (op.permission().startsWith("OPEN311:") || op.permission().startsWith("SIGN_IN:"))) {
                principals.add("anonymous");
            }
            for (String who : principals) {
                for (FuzzInputs.Input input : batch) {
                    Wire.Answer answer = wire.send(op.method(), input.path(), who.equals("admin") ? admin : null,
                            input.contentType(), input.body());
                    Sent one = new Sent(op, who, input.kind(), input.label(), answer);
                    sent++;
                    int status = answer.status();
                    all4xx &= status >= 400 && status < 500;
                    if (status >= 500) {
                        serverErrors++;
                        failures.add("5xx\t" + one);
                    } else if (status >= 400) {
                        clientErrors++;
                        if (op.path().startsWith("/open311/") && geoReportError(answer)) {
                            continue; // GeoReport v2 prescribes its own error format, in the format asked for
                        }
                        if (!answer.isProblem()) {
                            failures.add("not problem+json (" + answer.contentType() + ")\t" + one);
                        } else if (!HAN.matcher(detail(answer)).find()) {
                            failures.add("no Chinese detail\t" + one);
                        }
                    }
                }
            }
            if (writes && all4xx && !batch.isEmpty()) {
                Map<String, Long> after = rows.count();
                if (!after.equals(before)) {
                    // a background sweep or its notification may have written meanwhile; the operation's own
                    // half-write comes back when the same requests are sent again, a sweep's seldom does
                    Map<String, Long> again = rows.count();
                    for (String who : principals) {
                        for (FuzzInputs.Input input : batch) {
                            wire.send(op.method(), input.path(), who.equals("admin") ? admin : null,
                                    input.contentType(), input.body());
                        }
                    }
                    Map<String, Long> afterAgain = rows.count();
                    if (!afterAgain.equals(again)) {
                        failures.add("half-written rows\t" + op.key() + "\t" + TableRows.difference(before, after)
                                + "; sent again: " + TableRows.difference(again, afterAgain));
                    } else {
                        System.out.println("fuzz: rows changed beside " + op.key() + " but not when sent again: "
                                + TableRows.difference(before, after));
                    }
                }
            }
        }
        System.out.printf("fuzz: %d operations, %d requests, %d 4xx, %d 5xx, %d failures, seed %d, %.1f s%n",
                document.all().size(), sent, clientErrors, serverErrors, failures.size(), SEED,
                (System.nanoTime() - started) / 1e9);
        failures.forEach(f -> System.out.println("fuzz failure: " + f));
        assertThat(failures).as(failures.size() + " failures:\n" + String.join("\n", failures)).isEmpty();
    }

    private static boolean geoReportError(Wire.Answer answer) {
        return (answer.contentType().contains("xml") || answer.contentType().startsWith("application/json"))
                && answer.body().contains("description");
    }

    private static String detail(Wire.Answer answer) {
        try {
            var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body()).get("detail");
            return node == null || node.isNull() ? "" : node.asString();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    /** Row counts of the product's tables: every schema but Flyway's and the event publication bookkeeping. */
    record TableRows(JdbcClient jdbc, List<String> tables) {

        // a refused attempt is rightly logged and a session or throttle row is not the product's data; the
        // webhook queue is drained by a background job whenever it runs
        static final Pattern BOOKKEEPING = Pattern.compile(
                "flyway_schema_history|event_publication.*|.*audit.*|.*access_log.*|spring_session.*|.*login_attempt.*"
                        + "|.*throttl.*|webhook_delivery");

        TableRows(JdbcClient jdbc) {
            this(jdbc, jdbc.sql("""
                    select table_schema || '.' || table_name from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                      -- the three-rate projection is written only by its background folder, from committed events
                      and table_schema <> 'analytics'
                    order by 1""").query(String.class).list().stream()
                    .filter(t -> !BOOKKEEPING.matcher(t.substring(t.indexOf('.') + 1)).matches()).toList());
        }

        Map<String, Long> count() {
            String sql = String.join(" union all ", tables.stream()
                    .map(t -> "select '" + t + "' as t, count(*) as n from " + t).toList());
            Map<String, Long> counts = new java.util.TreeMap<>();
            jdbc.sql(sql).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
            return counts;
        }

        static String difference(Map<String, Long> before, Map<String, Long> after) {
            List<String> changed = new ArrayList<>();
            after.forEach((table, n) -> {
                if (!n.equals(before.get(table))) {
                    changed.add(table + " " + before.get(table) + "→" + n);
                }
            });
            return String.join(", ", changed);
        }
    }
}

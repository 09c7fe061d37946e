package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiceng.cases.internal.AttachmentService;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees which case (issue 14): public and private cases, following, internal notes, Open311's public view,
 * departments' dispatched cases, idempotent filing, and the upload quota — through the real HTTP API.
 */
@AppTest
class CaseVisibilityIT {

    private static final String INTERNAL = "此人有上访史，注意稳控";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttachmentService attachments;

    JsonNode centroid(String user, String village) {
        return Http.as(port, user).get("/api/v1/grids?village=" + village).json().get("items").get(0).get("centroid");
    }

    JsonNode tanglang() {
        return centroid("shequ", "530326001001");
    }

    long file(String user, JsonNode at, String description, boolean publicCase) {
        var filed = Http.as(port, user).postJson("/api/v1/cases", body(at, description, publicCase));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    static String body(JsonNode at, String description, boolean publicCase) {
        return """
                {"categoryCode": "0301", "description": "%s", "lat": %s, "lon": %s, "publicCase": %s}"""
                .formatted(description, at.get("lat").asDouble(), at.get("lon").asDouble(), publicCase);
    }

    void publish(String staff, long id) {
        var patched = patch(staff, id, "{\"publicCase\": true}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(patched).get("publicCase").asBoolean()).isTrue();
    }

    Http.Response act(String user, long id, String action, String body) {
        return Http.as(port, user).postJson("/api/v1/cases/" + id + "/actions/" + action, body);
    }

    @Test
    void aResidentFollowsAPublicCaseNearbyButNotAPrivateOneNorAnotherTowns() {
        JsonNode at = tanglang();
        long patrol = file("wangge", at, "巡查发现路灯不亮，灯杆倾斜", false);
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.postJson("/api/v1/cases/" + patrol + "/follow", "{}").status())
                .as("a patrol case is private: not offered, not followed").isEqualTo(404);
        assertThat(jumin.get("/api/v1/cases/" + patrol).status()).isEqualTo(404);
        assertThat(jumin.get("/api/v1/cases/nearby?categoryCode=0301&lat=%s&lon=%s"
                .formatted(at.get("lat").asDouble(), at.get("lon").asDouble())).body()).doesNotContain("\"id\":" + patrol + ",");

        publish("gucheng", patrol);
        assertThat(jumin.get("/api/v1/cases/nearby?categoryCode=0301&lat=%s&lon=%s"
                .formatted(at.get("lat").asDouble(), at.get("lon").asDouble())).body()).contains("\"id\":" + patrol + ",");
        String near = "/cases/new/nearby?categoryCode=0301&lat=%s&lon=%s".formatted(at.get("lat").asDouble(), at.get("lon").asDouble());
        assertThat(jumin.get(near).body()).contains("关注此事");
        assertThat(Http.as(port, "wangge").get(near).body()).as("staff are shown duplicates, not a follow button")
                .contains("附近已有相同问题").doesNotContain("关注此事");
        var followed = jumin.postJson("/api/v1/cases/" + patrol + "/follow",
                "{\"lat\": %s, \"lon\": %s}".formatted(at.get("lat").asDouble(), at.get("lon").asDouble()));
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        assertThat(followed.json().get("reporterName").isNull()).isTrue();
        assertThat(jumin.postJson("/api/v1/cases/" + patrol + "/follow", "{\"lat\": 26.0, \"lon\": 103.0}").status())
                .as("far from the point being reported: not a duplicate there").isEqualTo(404);

        long yiche = file("yiche", centroid("yiche", "530326103001"), "迤车镇的路灯也不亮了", false);
        publish("yiche", yiche);
        assertThat(jumin.postJson("/api/v1/cases/" + yiche + "/follow", "{}").status())
                .as("another town's public case is not offered to follow").isEqualTo(404);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/cases/" + patrol + "/follow", "{}").status())
                .as("staff handle cases, residents follow them").isEqualTo(403);
        assertThat(patch("gucheng", yiche, "{\"publicCase\": false}").statusCode())
                .as("another town's case cannot be touched").isEqualTo(404);
    }

    @Test
    void reportersAndFollowersSeeTheProgressButNeverTheInternalNotes() {
        long id = file("jumin", tanglang(), "楼道堆放杂物，电话13812345678", true);
        assertThat(act("gucheng", id, "accept", "{\"note\": \"" + INTERNAL + "\"}").status()).isEqualTo(200);
        Http jumin = Http.as(port, "jumin");
        String reporterView = jumin.get("/api/v1/cases/" + id + "/timeline").body();
        assertThat(reporterView).contains("accept").doesNotContain(INTERNAL).doesNotContain("gucheng");
        assertThat(jumin.get("/cases/" + id).body()).doesNotContain(INTERNAL).doesNotContain("do-accept");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + id + "/timeline").body()).contains(INTERNAL);
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).contains(INTERNAL).contains("visibility-form");
        assertThat(jumin.get("/cases/" + id).body()).doesNotContain("visibility-form");
        assertThat(act("jumin", id, "escalate", "{}").status()).isEqualTo(403);
    }

    @Test
    void open311ListsPublicCasesOnlyWithNumbersTakenOutAndThePointRounded() {
        JsonNode at = tanglang();
        long hidden = file("wangge", at, "私密巡查记录不应公开 " + UUID.randomUUID(), false);
        long shown = file("jumin", at, "井盖缺失，联系人电话 138-1234-5678，身份证530326198510113831", true);
        Http anyone = Http.anonymous(port);
        String list = anyone.get("/open311/v2/requests.json").body();
        assertThat(list).doesNotContain("\"service_request_id\":" + hidden + ",").contains("\"service_request_id\":" + shown + ",");
        assertThat(anyone.get("/open311/v2/requests/" + hidden + ".json").status()).isEqualTo(404);
        JsonNode one = anyone.get("/open311/v2/requests/" + shown + ".json").json().get(0);
        assertThat(one.get("description").asString()).contains("井盖缺失").doesNotContain("1234").doesNotContain("530326198510113831");
        assertThat(BigDecimalScale.of(one.get("lat").asDouble())).isLessThanOrEqualTo(3);
        assertThat(BigDecimalScale.of(one.get("long").asDouble())).isLessThanOrEqualTo(3);
        assertThat(one.toString()).as("no reporter's name").doesNotContain("\"堂琅社区居民\"");
    }

    @Test
    void aDepartmentReadsWhatIsDispatchedToItAndTheReporterOnlyWhileHandlingIt() {
        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        long dispatched = file("jumin", tanglang(), "小区路面塌陷需要维修", false);
        long other = file("jumin", tanglang(), "另一处路灯不亮，未派遣", false);
        assertThat(act("gucheng", dispatched, "accept", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", dispatched, "dispatch", "{\"leadUnitId\": " + unit + "}").status()).isEqualTo(200);
        Http bumen = Http.as(port, "bumen");
        var read = bumen.get("/api/v1/cases/" + dispatched);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("reporterName").asString()).as("before check-in: masked").endsWith("**");
        assertThat(bumen.get("/api/v1/cases/" + other).status()).isEqualTo(404);
        assertThat(act("bumen", other, "check-in", "{}").status()).isEqualTo(404);
        assertThat(act("bumen", dispatched, "check-in", "{}").status()).isEqualTo(200);
        assertThat(bumen.get("/api/v1/cases/" + dispatched).json().get("reporterName").asString())
                .as("while handling: in full").isEqualTo("堂琅社区居民");
        assertThat(act("bumen", dispatched, "resolve", "{\"note\": \"已修复路面\"}").status()).isEqualTo(200);
        assertThat(bumen.get("/api/v1/cases/" + dispatched).json().get("reporterName").asString())
                .as("resolved: masked again").endsWith("**");
        assertThat(Http.as(port, "yiche").get("/api/v1/cases/" + dispatched).status()).as("another town").isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameCaseEvenWhenRacing() throws Exception {
        String token = token("jumin");
        JsonNode at = tanglang();
        String key = UUID.randomUUID().toString();
        String description = "重试不应重复立案 " + key.substring(0, 8);
        var first = post(token, key, body(at, description, false));
        var again = post(token, key, body(at, description, false));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).get("id").asLong()).isEqualTo(json(first).get("id").asLong());
        assertThat(json(again).properties().stream().map(Map.Entry::getKey).toList())
                .isEqualTo(json(first).properties().stream().map(Map.Entry::getKey).toList());
        var other = post(token, key, body(at, description + "（改）", false));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(other).get("detail").asString()).contains("Idempotency-Key");
        assertThat(post(token("gucheng"), key, body(at, description, false)).statusCode())
                .as("a key is the caller's own: another caller's same key files its own case").isEqualTo(201);

        String raced = UUID.randomUUID().toString();
        String racedText = "两个并发重试只立一案 " + raced.substring(0, 8);
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(4)) {
            Callable<Long> retry = () -> {
                start.await();
                return json(post(token, raced, body(at, racedText, false))).get("id").asLong();
            };
            List<Future<Long>> answers = List.of(pool.submit(retry), pool.submit(retry), pool.submit(retry), pool.submit(retry));
            start.countDown();
            assertThat(answers.stream().map(CaseVisibilityIT::get).distinct().count()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from cases.case_file where description = :d").param("d", racedText)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anOpen311RetryWithTheSameKeyFilesOnce() throws Exception {
        JsonNode at = tanglang();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", Open311ContractIT.KEY);
        form.put("service_code", "0301");
        form.put("lat", at.get("lat").asString());
        form.put("long", at.get("lon").asString());
        form.put("description", "Open311 重试 " + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        var first = postForm(key, form);
        var again = postForm(key, form);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(again).get(0).get("service_request_id").asLong())
                .isEqualTo(json(first).get(0).get("service_request_id").asLong());
        assertThat(json(again).get(0).get("token").asString()).isEqualTo(json(first).get(0).get("token").asString());
        form.put("description", "另一份内容");
        assertThat(postForm(key, form).statusCode()).isEqualTo(409);
    }

    @Test
    void uploadsAreLimitedPerDayAndUnusedOnesAreCleared() {
        Http yiche = Http.as(port, "yiche");
        long me = yiche.get("/api/v1/me").json().get("id").asLong();
        try {
            var first = yiche.postFile("/api/v1/attachments", Map.of(), "file", "a.png", "image/png", CasePageTest.png());
            assertThat(first.status()).isEqualTo(201);
            String id = first.json().get("id").asString();
            Http.Response last = first;
            for (int i = 1; i <= 200 && last.status() == 201; i++) {
                last = yiche.postFile("/api/v1/attachments", Map.of(), "file", "a.png", "image/png", CasePageTest.png());
            }
            assertThat(last.status()).isEqualTo(429);
            assertThat(last.isProblem()).isTrue();
            assertThat(last.detail()).contains("上限");

            assertThat(attachments.sweepUnused(Instant.now())).as("a fresh upload waits for its case").isZero();
            assertThat(attachments.sweepUnused(Instant.now().plus(Duration.ofHours(25)))).isGreaterThanOrEqualTo(200);
            assertThat(yiche.get("/api/v1/attachments/" + id).status()).isEqualTo(404);
        } finally {
            jdbc.sql("delete from cases.attachment where uploaded_by = :me and case_id is null").param("me", me).update();
        }
    }

    // ---- plain HTTP for what Http does not send: the Idempotency-Key header ----

    private final HttpClient client = HttpClient.newHttpClient();

    String token(String user) {
        return Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"" + user + "\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}").json().get("token").asString();
    }

    HttpResponse<String> patch(String user, long id, String json) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + id))
                    .header("Authorization", "Bearer " + token(user)).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String token, String key, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postForm(String key, Map<String, String> fields) throws Exception {
        String form = String.join("&", fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decimal places of a coordinate as written. */
    static final class BigDecimalScale {
        static int of(double value) {
            return Math.max(0, new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().scale());
        }
    }
}

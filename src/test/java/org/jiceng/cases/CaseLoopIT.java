package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The first slice of the case loop through the API: file → accept → whistle → check in → resolve → verify → reply → rate. */
@AppTest
class CaseLoopIT {

    @LocalServerPort
    int port;

    JsonNode tanglangGrid() {
        return Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0);
    }

    long fileAsResident(String description) {
        JsonNode centroid = tanglangGrid().get("centroid");
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(description, centroid.get("lat").asDouble(), centroid.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    Http.Response act(String user, long id, String action, String body) {
        return Http.as(port, user).postJson("/api/v1/cases/" + id + "/actions/" + action, body);
    }

    @Test
    void aResidentsCaseGoesAroundTheWholeLoop() {
        JsonNode grid = tanglangGrid();
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "小区门口路灯坏了三天，晚上很黑", "lat": %s, "lon": %s}"""
                .formatted(grid.get("centroid").get("lat").asDouble(), grid.get("centroid").get("lon").asDouble()));
        assertThat(filed.status()).isEqualTo(201);
        JsonNode answer = filed.json();
        long id = answer.get("id").asLong();
        assertThat(answer.get("number").asString()).matches("530326-\\d{8}-\\d{6}");
        assertThat(answer.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(answer.get("gridCode").asString()).isEqualTo(grid.get("code").asString());
        assertThat(answer.get("dueAt").asString()).endsWith("+08:00");

        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        assertThat(act("gucheng", id, "accept", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "dispatch", "{\"leadUnitId\": " + unit + ", \"note\": \"请住建局处理\"}").json()
                .get("state").asString()).isEqualTo("DISPATCHED");
        assertThat(act("bumen", id, "check-in", "{}").json().get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(act("bumen", id, "resolve", "{\"note\": \"已更换灯泡\"}").json().get("state").asString()).isEqualTo("RESOLVED");
        assertThat(act("gucheng", id, "verify", "{}").json().get("state").asString()).isEqualTo("VERIFIED");
        assertThat(act("gucheng", id, "reply", "{\"note\": \"路灯已修复\"}").json().get("state").asString()).isEqualTo("REPLIED");
        assertThat(act("jumin", id, "rate", "{\"solved\": true, \"satisfaction\": \"SATISFIED\"}").json()
                .get("state").asString()).isEqualTo("CLOSED");

        List<String> steps = Http.as(port, "gucheng").get("/api/v1/cases/" + id + "/timeline").json().get("items")
                .valueStream().map(e -> e.get("action").asString() + ":" + e.get("toState").asString()).toList();
        assertThat(steps).containsExactly("file:RECEIVED", "accept:ACCEPTED", "dispatch:DISPATCHED", "check-in:IN_PROGRESS",
                "resolve:RESOLVED", "verify:VERIFIED", "reply:REPLIED", "rate:CLOSED");
    }

    @Test
    void refusalsSayWhyInChinese() {
        long id = fileAsResident("路灯不亮，请尽快修理");
        var wrongState = act("gucheng", id, "verify", "{}");
        assertThat(wrongState.status()).isEqualTo(409);
        assertThat(wrongState.detail()).contains("不能核查");
        var wrongRole = act("gucheng", id, "check-in", "{}");
        assertThat(wrongRole.status()).isEqualTo(409);
        assertThat(act("jumin", id, "accept", "{}").status()).isEqualTo(403);
        assertThat(act("gucheng", id, "reject", "{}").detail()).contains("理由");
        assertThat(act("gucheng", id, "teleport", "{}").status()).isEqualTo(404);
        assertThat(act("gucheng", id, "escalate", "{}").status()).as("not accepted yet").isEqualTo(409);
        assertThat(act("gucheng", id, "accept", "{\"version\": 5}").status()).isEqualTo(409);
        assertThat(act("gucheng", id, "accept", "{\"version\": 0}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "accept", "{}").status()).as("two accepts cannot both win").isEqualTo(409);
    }

    @Test
    void onlyTheReporterRates() {
        long id = fileAsResident("路灯闪烁，影响通行");
        act("gucheng", id, "accept", "{}");
        act("gucheng", id, "handle", "{}");
        act("gucheng", id, "resolve", "{\"note\": \"已修好\"}");
        act("gucheng", id, "verify", "{}");
        act("gucheng", id, "reply", "{\"note\": \"已修好\"}");
        assertThat(act("gucheng", id, "rate", "{\"solved\": true, \"satisfaction\": \"SATISFIED\"}").status()).isEqualTo(403);
        assertThat(act("jumin", id, "rate", "{\"solved\": true}").status()).isEqualTo(400);
    }

    @Test
    void anotherTownAndAnotherResidentCannotSeeTheCase() {
        long id = fileAsResident("路灯坏了，天黑看不见路");
        var yiche = Http.as(port, "yiche").get("/api/v1/cases/" + id);
        assertThat(yiche.status()).isEqualTo(404);
        assertThat(yiche.body()).doesNotContain("天黑看不见路");
        assertThat(Http.as(port, "yiche").get("/api/v1/cases").body()).doesNotContain("天黑看不见路");
        assertThat(Http.as(port, "yiche").get("/api/v1/cases/" + id + "/timeline").status()).isEqualTo(404);
        assertThat(act("yiche", id, "accept", "{}").status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/cases/" + id).status()).as("not dispatched to the department").isEqualTo(404);
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases?state=RECEIVED").body()).contains("天黑看不见路");
    }

    @Test
    void badIntakeIsA400AndFilesNothing() {
        Http jumin = Http.as(port, "jumin");
        int before = jumin.get("/api/v1/cases?limit=500").json().get("items").size();
        assertThat(jumin.postJson("/api/v1/cases", "{\"categoryCode\":\"03\",\"description\":\"路灯坏了好几天\",\"lat\":26.4,\"lon\":103.3}").detail())
                .contains("具体分类");
        assertThat(jumin.postJson("/api/v1/cases", "{\"categoryCode\":\"9999\",\"description\":\"路灯坏了好几天\"}").detail())
                .contains("分类");
        assertThat(jumin.postJson("/api/v1/cases", "{\"categoryCode\":\"0301\",\"description\":\"坏了\",\"lat\":26.4,\"lon\":103.3}").detail())
                .contains("5 到 2000");
        assertThat(jumin.postJson("/api/v1/cases", "{\"categoryCode\":\"0301\",\"description\":\"路灯坏了好几天\",\"lat\":39.9,\"lon\":116.4}").detail())
                .contains("不在本系统管理的任何网格内");
        assertThat(jumin.postJson("/api/v1/cases", "{\"categoryCode\":\"0301\",\"description\":\"路灯坏了好几天\",\"lat\":26.4}").status())
                .isEqualTo(400);
        assertThat(jumin.postJson("/api/v1/cases", "{\"categoryCode\":\"0301\",\"description\":\"路灯坏了好几天\"}").detail())
                .contains("请提供位置");
        assertThat(jumin.get("/api/v1/cases?limit=500").json().get("items").size()).isEqualTo(before);
        assertThat(jumin.get("/api/v1/cases?state=NOPE").status()).isEqualTo(400);
    }

    @Test
    void anAddressAloneFilesInTheResidentsCommunity() {
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases",
                "{\"categoryCode\":\"0102\",\"description\":\"菜市场门口占道经营\",\"address\":\"堂琅社区菜市场\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        assertThat(Http.as(port, "jumin").get("/api/v1/cases/" + id).json().get("territoryCode").asString()).isEqualTo("530326001001");
    }

    @Test
    void filingsSentAtOnceAreEachAnsweredWithTheirOwnCaseAndABadOneFailsAlone() throws Exception {
        JsonNode centroid = tanglangGrid().get("centroid");
        Http jumin = Http.as(port, "jumin");
        int filings = 24;
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(filings);
        List<java.util.concurrent.Future<Http.Response>> answers = new java.util.ArrayList<>();
        String run = Long.toString(System.nanoTime());
        try {
            for (int i = 0; i < filings; i++) {
                // the seventh names a photo nobody uploaded: its batch fails and is written again one by one
                String photos = i == 7 ? "[\"no-such-photo\"]" : "[]";
                String body = """
                        {"categoryCode": "0301", "description": "同时提交的诉求 %s-%d", "lat": %s, "lon": %s, "photoIds": %s}"""
                        .formatted(run, i, centroid.get("lat").asDouble(), centroid.get("lon").asDouble(), photos);
                answers.add(clients.submit(() -> jumin.postJson("/api/v1/cases", body)));
            }
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (int i = 0; i < filings; i++) {
                Http.Response answer = answers.get(i).get();
                if (i == 7) {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
                    assertThat(answer.body()).contains("no-such-photo");
                    continue;
                }
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                long id = answer.json().get("id").asLong();
                assertThat(numbers.add(answer.json().get("number").asString())).isTrue();
                assertThat(jumin.get("/api/v1/cases/" + id).json().get("description").asString())
                        .isEqualTo("同时提交的诉求 " + run + "-" + i);
                assertThat(jumin.get("/api/v1/cases/" + id + "/timeline").json().get("items").get(0).get("action").asString())
                        .isEqualTo("file");
            }
        } finally {
            clients.shutdown();
        }
        // nothing of the refused one was written
        assertThat(jumin.get("/api/v1/cases?limit=200").body()).doesNotContain("同时提交的诉求 " + run + "-7\"");
    }
}

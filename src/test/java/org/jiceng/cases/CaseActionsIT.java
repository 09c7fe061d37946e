package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jiceng.cases.internal.AutoCloser;
import org.jiceng.cases.internal.SupervisionService;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every action of DESIGN §4 beyond the straight loop, with its refusals, through the HTTP API. */
@AppTest
class CaseActionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AutoCloser autoCloser;

    @Autowired
    SupervisionService supervision;

    @Autowired
    MovableClock clock;

    JsonNode grid() {
        return Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(1);
    }

    long file(String user, String category, String description) {
        JsonNode c = grid().get("centroid");
        var filed = Http.as(port, user).postJson("/api/v1/cases", """
                {"categoryCode": "%s", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(category, description, c.get("lat").asDouble(), c.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    Http.Response act(String user, long id, String action, String body) {
        return Http.as(port, user).postJson("/api/v1/cases/" + id + "/actions/" + action, body);
    }

    String state(long id) {
        return Http.as(port, "gucheng").get("/api/v1/cases/" + id).json().get("state").asString();
    }

    long unit(String user) {
        return Http.as(port, user).get("/api/v1/me").json().get("unitId").asLong();
    }

    long otherUnit() {
        return Http.as(port, "gucheng").get("/api/v1/units?territory=530326").json().get("items").valueStream()
                .map(u -> u.get("id").asLong()).filter(id -> id != unit("bumen")).findFirst().orElseThrow();
    }

    long dispatched(String description) {
        long id = file("jumin", "0301", description);
        assertThat(act("gucheng", id, "accept", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "dispatch", "{\"leadUnitId\": " + unit("bumen") + "}").status()).isEqualTo(200);
        return id;
    }

    static void eventually(Supplier<Boolean> condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.get()) {
            assertThat(Instant.now()).as("waited 20 s").isBefore(end);
            Thread.sleep(100);
        }
    }

    @Test
    void aDepartmentReturnsWithinOneWorkingDayButNotLater() {
        long id = dispatched("小区路灯坏了，请住建局修理");
        assertThat(act("bumen", id, "return", "{}").detail()).contains("理由");
        var returned = act("bumen", id, "return", "{\"reason\": \"路灯属供电公司维护，不属本部门职责\"}");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(returned.json().get("leadUnitId").isNull()).isTrue();
        assertThat(Http.as(port, "bumen").get("/api/v1/cases/" + id).status()).as("no longer the department's").isEqualTo(404);

        long late = dispatched("路灯坏了一周没人修");
        clock.advance(Duration.ofDays(10));
        try {
            var refused = act("bumen", late, "return", "{\"reason\": \"不属本部门\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.detail()).contains("超过 1 个工作日");
            assertThat(act("gucheng", late, "return", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        } finally {
            clock.reset();
        }
    }

    @Test
    void escalationClimbsOneLevelAtATimeAndStopsAtTheCounty() {
        long id = file("jumin", "1101", "邻居装修噪音扰民，协商无果");
        act("gucheng", id, "accept", "{}");
        List<String> levels = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var up = act("gucheng", id, "escalate", "{\"note\": \"本级协调不了\"}");
            assertThat(up.status()).as(up.body()).isEqualTo(200);
            assertThat(up.json().get("state").asString()).isEqualTo("ACCEPTED");
            levels.add(up.json().get("level").asString());
        }
        assertThat(levels).containsExactly("TOWN", "COUNTY");
        var top = act("gucheng", id, "escalate", "{}");
        assertThat(top.status()).isEqualTo(409);
        assertThat(top.detail()).contains("县级");
        assertThat(act("jumin", id, "escalate", "{}").status()).isEqualTo(403);
    }

    @Test
    void anExtensionIsRequestedByTheLeadAndApprovedByTheDispatcher() {
        long id = dispatched("路面塌陷需要大修，时间较长");
        act("bumen", id, "check-in", "{}");
        String due = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json().get("resolveDueAt").asString();
        assertThat(act("gucheng", id, "approve-extension", "{}").status()).as("nothing to approve").isEqualTo(409);
        assertThat(act("bumen", id, "extend", "{\"workingDays\": 0, \"reason\": \"材料未到\"}").status()).isEqualTo(400);
        assertThat(act("bumen", id, "extend", "{\"workingDays\": 5}").detail()).contains("理由");
        var requested = act("bumen", id, "extend", "{\"workingDays\": 5, \"reason\": \"需等待材料\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        assertThat(requested.json().get("extensionDays").asInt()).isEqualTo(5);
        assertThat(act("bumen", id, "extend", "{\"workingDays\": 3, \"reason\": \"再延\"}").status()).isEqualTo(409);
        assertThat(act("bumen", id, "approve-extension", "{}").status()).isEqualTo(403);
        assertThat(act("yiche", id, "approve-extension", "{}").status()).isEqualTo(404);
        var approved = act("gucheng", id, "approve-extension", "{}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(approved.json().get("extensionDays").isNull()).isTrue();
        assertThat(Instant.parse(approved.json().get("resolveDueAt").asString().replace("+08:00", "Z")))
                .isAfter(Instant.parse(due.replace("+08:00", "Z")));
    }

    @Test
    void anUnsatisfiedRatingReopensOnceAndTheSecondCloses() {
        long id = file("jumin", "0301", "路灯修了又坏，晚上依旧很黑");
        act("gucheng", id, "accept", "{}");
        act("gucheng", id, "handle", "{}");
        for (int round = 0; round < 2; round++) {
            assertThat(act("gucheng", id, "resolve", "{\"note\": \"已维修\"}").status()).isEqualTo(200);
            act("gucheng", id, "verify", "{}");
            act("gucheng", id, "reply", "{\"note\": \"已维修\"}");
            var rated = act("jumin", id, "rate", "{\"solved\": false, \"satisfaction\": \"UNSATISFIED\"}");
            assertThat(rated.json().get("state").asString()).isEqualTo(round == 0 ? "IN_PROGRESS" : "CLOSED");
        }
        List<String> steps = Http.as(port, "gucheng").get("/api/v1/cases/" + id + "/timeline").json().get("items")
                .valueStream().map(e -> e.get("action").asString() + ":" + e.get("toState").asString()).toList();
        assertThat(steps).containsSubsequence("rate:REOPENED", "reopen:IN_PROGRESS", "resolve:RESOLVED", "rate:CLOSED");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + id).json().get("reopenCount").asInt()).isEqualTo(1);
        assertThat(act("jumin", id, "reopen", "{}").status()).isEqualTo(409);
    }

    @Test
    void aDuplicateIsMergedAndItsReporterHearsOfTheOriginal() throws Exception {
        long original = file("jumin", "0103", "垃圾桶满了三天没人清运，气味很大");
        var nearby = Http.as(port, "jumin").get("/api/v1/cases/nearby?categoryCode=0103&lat="
                + grid().get("centroid").get("lat").asDouble() + "&lon=" + grid().get("centroid").get("lon").asDouble());
        assertThat(nearby.json().get("items").valueStream().map(n -> n.get("id").asLong())).contains(original);
        assertThat(nearby.body()).doesNotContain("堂琅社区居民");

        long duplicate = file("wangge", "0103", "巡查发现垃圾桶满溢未清运");
        assertThat(act("gucheng", duplicate, "merge", "{}").status()).isEqualTo(400);
        assertThat(act("gucheng", duplicate, "merge", "{\"intoCaseId\": " + duplicate + "}").status()).isEqualTo(400);
        var merged = act("gucheng", duplicate, "merge", "{\"intoCaseId\": " + original + "}");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().get("state").asString()).isEqualTo("CLOSED");
        assertThat(merged.json().get("mergedInto").asLong()).isEqualTo(original);

        act("gucheng", original, "accept", "{}");
        eventually(() -> Http.as(port, "wangge").get("/api/v1/inbox").body().contains("已受理"));
    }

    @Test
    void aReplyNobodyRatesClosesAfterSevenDays() {
        long id = file("jumin", "0301", "路口信号灯不亮");
        act("gucheng", id, "accept", "{}");
        act("gucheng", id, "handle", "{}");
        act("gucheng", id, "resolve", "{\"note\": \"已修复\"}");
        act("gucheng", id, "verify", "{}");
        act("gucheng", id, "reply", "{\"note\": \"信号灯已修复\"}");
        assertThat(act("gucheng", id, "auto-close", "{}").status()).isIn(403, 409);
        autoCloser.sweep();
        assertThat(state(id)).as("not yet seven days").isEqualTo("REPLIED");
        jdbc.sql("update cases.case_file set replied_at = now() - interval '7 days 1 minute' where id = :id").param("id", id).update();
        assertThat(autoCloser.sweep()).isGreaterThanOrEqualTo(1);
        JsonNode closed = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("ratingSolved").isNull()).isTrue();
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + id + "/timeline").body()).contains("auto-close");
    }

    @Test
    void assistingUnitsCheckInOnTheirOwnAndOnlyTheLeadMovesTheCase() {
        long id = file("jumin", "0301", "路灯杆倾斜，有倒塌危险");
        act("gucheng", id, "accept", "{}");
        var whistled = act("gucheng", id, "dispatch", "{\"leadUnitId\": " + otherUnit() + ", \"assistUnitIds\": [" + unit("bumen") + "]}");
        assertThat(whistled.status()).as(whistled.body()).isEqualTo(200);
        var assist = act("bumen", id, "check-in", "{}");
        assertThat(assist.status()).isEqualTo(200);
        assertThat(assist.json().get("state").asString()).isEqualTo("DISPATCHED");
        assertThat(act("bumen", id, "check-in", "{}").status()).isEqualTo(409);
        assertThat(act("bumen", id, "resolve", "{\"note\": \"x\"}").status()).isIn(403, 409);
        assertThat(act("gucheng", id, "dispatch", "{\"leadUnitId\": 999999}").status()).isEqualTo(409);
    }

    @Test
    void someoneNamedTwiceByOneChangeIsToldOnce() {
        long id = file("jumin", "0301", "路灯整晚不亮，已经三天了");
        long duplicate = file("jumin", "0301", "同一盏路灯还是不亮");
        // only a public case can be followed
        assertThat(Http.as(port, "gucheng").patchJson("/api/v1/cases/" + id, "{\"publicCase\": true}").status()).isEqualTo(200);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/cases/" + id + "/follow", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", duplicate, "merge", "{\"intoCaseId\": " + id + "}").status()).isEqualTo(200);
        long bumen = unit("bumen");
        // the reporter is also a follower and the reporter of a merged case; the lead unit is also named assisting
        assertThat(act("gucheng", id, "accept", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "dispatch", "{\"leadUnitId\": " + bumen + ", \"assistUnitIds\": [" + bumen + "]}")
                .status()).isEqualTo(200);

        long jumin = Http.as(port, "jumin").get("/api/v1/me").json().get("id").asLong();
        assertThat(jdbc.sql("select count(*) from cases.inbox where case_id = :case and user_id = :user and title like '%已受理'")
                .param("case", id).param("user", jumin).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select title from cases.inbox where case_id = :case and unit_id = :unit").param("case", id)
                .param("unit", bumen).query(String.class).list()).singleElement().asString().startsWith("吹哨派遣（主办）");
    }

    @Test
    void theMostSpecificRoutingRuleWins() {
        var admin = Http.as(port, "admin");
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/routing-rules",
                "{\"categoryPrefix\": \"12\", \"territoryPrefix\": \"530326\", \"level\": \"TOWN\"}").status()).isEqualTo(403);
        assertThat(admin.postJson("/api/v1/routing-rules", "{\"territoryPrefix\": \"530326\", \"level\": \"NOPE\"}").status()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/routing-rules",
                "{\"categoryPrefix\": \"12\", \"territoryPrefix\": \"530326\", \"level\": \"TOWN\"}").status()).isEqualTo(201);
        assertThat(admin.postJson("/api/v1/routing-rules",
                "{\"categoryPrefix\": \"1201\", \"territoryPrefix\": \"530326001\", \"level\": \"COUNTY\", \"unitId\": "
                        + unit("bumen") + "}").status()).isEqualTo(201);
        long general = file("jumin", "1202", "小区消防通道被车辆堵塞");
        long specific = file("jumin", "1201", "楼道里堆放易燃杂物");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + general).json().get("level").asString()).isEqualTo("TOWN");
        JsonNode routed = Http.as(port, "gucheng").get("/api/v1/cases/" + specific).json();
        assertThat(routed.get("level").asString()).isEqualTo("COUNTY");
        assertThat(routed.get("routedUnitId").asLong()).isEqualTo(unit("bumen"));
        long plain = file("jumin", "0101", "楼下乱堆乱放建筑垃圾");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + plain).json().get("level").asString()).isEqualTo("VILLAGE");
        admin.get("/api/v1/routing-rules").json().get("items").valueStream()
                .forEach(r -> Http.as(port, "admin").delete("/api/v1/routing-rules/" + r.get("id").asLong()));
    }

    @Test
    void photosAreCheckedByTheirContentAndSize() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        var jumin = Http.as(port, "jumin");
        var ok = jumin.postFile("/api/v1/attachments", java.util.Map.of(), "file", "lamp.jpg", "image/jpeg", jpeg);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("contentType").asString()).isEqualTo("image/jpeg");
        var fake = jumin.postFile("/api/v1/attachments", java.util.Map.of(), "file", "lamp.jpg", "image/jpeg",
                "<script>alert(1)</script>".getBytes());
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.detail()).contains("JPEG");
        var big = jumin.postFile("/api/v1/attachments", java.util.Map.of(), "file", "big.jpg", "image/jpeg",
                java.util.Arrays.copyOf(jpeg, 11 * 1024 * 1024));
        assertThat(big.status()).isIn(400, 413);

        JsonNode c = grid().get("centroid");
        String photo = ok.json().get("id").asString();
        var filed = jumin.postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "路灯坏了，附照片", "lat": %s, "lon": %s, "photoIds": ["%s"]}"""
                .formatted(c.get("lat").asDouble(), c.get("lon").asDouble(), photo));
        assertThat(filed.status()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + id + "/timeline").body()).contains(photo);
        assertThat(Http.as(port, "gucheng").download("/api/v1/attachments/" + photo).status()).isEqualTo(200);
        assertThat(Http.as(port, "yiche").download("/api/v1/attachments/" + photo).status()).isEqualTo(404);
        assertThat(Http.as(port, "wangge").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "借用别人的照片", "lat": %s, "lon": %s, "photoIds": ["%s"]}"""
                .formatted(c.get("lat").asDouble(), c.get("lon").asDouble(), photo)).status()).isEqualTo(400);
    }

    @Test
    void twoActionsRacingOnOneCaseCannotBothWin() throws Exception {
        long id = file("jumin", "0301", "路灯不亮，请尽快处理");
        var pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> racers = List.of(
                () -> act("gucheng", id, "accept", "{\"version\": 0}").status(),
                () -> act("shequ", id, "accept", "{\"version\": 0}").status(),
                () -> act("gucheng", id, "reject", "{\"version\": 0, \"reason\": \"重复\"}").status(),
                () -> act("shequ", id, "reject", "{\"version\": 0, \"reason\": \"重复\"}").status());
        List<Integer> statuses = new java.util.ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(racers)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(3);
    }

    @Test
    void theReporterIsToldOfEveryPublicChangeAndStaffOfNewWork() throws Exception {
        long id = file("jumin", "0102", "菜市场门口占道经营，影响通行");
        eventually(() -> Http.as(port, "shequ").get("/api/v1/inbox").body().contains("新诉求待受理"));
        act("gucheng", id, "accept", "{}");
        act("gucheng", id, "dispatch", "{\"leadUnitId\": " + unit("bumen") + "}");
        eventually(() -> Http.as(port, "bumen").get("/api/v1/inbox").body().contains("吹哨派遣"));
        eventually(() -> Http.as(port, "jumin").get("/api/v1/inbox").body().contains("已受理"));
        String residentInbox = Http.as(port, "jumin").get("/api/v1/inbox").body();
        assertThat(residentInbox).as("the whistle is internal").doesNotContain("吹哨");
        JsonNode first = Http.as(port, "jumin").get("/api/v1/inbox").json().get("items").get(0);
        int unread = Http.as(port, "jumin").get("/api/v1/inbox/unread").json().get("unread").asInt();
        Http.as(port, "jumin").postJson("/api/v1/inbox/" + first.get("id").asLong() + "/read", "{}");
        assertThat(Http.as(port, "jumin").get("/api/v1/inbox/unread").json().get("unread").asInt()).isEqualTo(unread - 1);
        assertThat(Http.as(port, "yiche").get("/api/v1/inbox").body()).doesNotContain("占道经营");
    }

    @Test
    void missedDeadlinesAreSupervisedByTheSuperior() {
        long id = dispatched("井盖缺失，存在安全隐患");
        jdbc.sql("update cases.case_unit set check_in_due_at = now() - interval '1 hour' where case_id = :id").param("id", id).update();
        assertThat(supervision.sweep()).isGreaterThanOrEqualTo(1);
        var county = Http.as(port, "admin").get("/api/v1/supervision?kind=CHECK_IN");
        assertThat(county.json().get("items").valueStream().map(i -> i.get("caseId").asLong())).contains(id);
        assertThat(county.body()).contains("报到超期");
        assertThat(Http.as(port, "admin").get("/cases/supervision/badge").body())
                .as("the superior's home page card shows open supervision items").contains("hot");
        assertThat(Http.as(port, "yiche").get("/api/v1/supervision").body()).doesNotContain("\"caseId\":" + id + ",");
        assertThat(Http.as(port, "gucheng").get("/api/v1/supervision?kind=NOPE").status()).isEqualTo(400);
        act("bumen", id, "check-in", "{}");
        supervision.sweep();
        assertThat(Http.as(port, "admin").get("/api/v1/supervision?kind=CHECK_IN").json().get("items").valueStream()
                .map(i -> i.get("caseId").asLong())).doesNotContain(id);
    }

    @Test
    void aFollowerSeesTheCaseButNotWhoReportedIt() {
        long id = file("wangge", "0104", "墙上违规张贴小广告");
        assertThat(Http.as(port, "jumin").postJson("/api/v1/cases/" + id + "/follow", "{}").status())
                .as("a patrol case is private until staff publish it").isEqualTo(404);
        assertThat(Http.as(port, "gucheng").patchJson("/api/v1/cases/" + id, "{\"publicCase\": true}").status()).isEqualTo(200);
        var followed = Http.as(port, "jumin").postJson("/api/v1/cases/" + id + "/follow", "{}");
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().get("reporterName").isNull()).isTrue();
        assertThat(Http.as(port, "jumin").get("/api/v1/cases/" + id).json().get("reporterName").isNull()).isTrue();
        assertThat(Http.as(port, "jumin").get("/api/v1/cases?mine=true").body()).contains("违规张贴小广告");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + id).json().get("reporterName").asString()).isNotBlank();
        assertThat(Http.as(port, "jumin").postJson("/api/v1/cases/999999999/follow", "{}").status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/cases/" + id + "/follow", "{}").status())
                .as("staff handle cases; following is for residents").isEqualTo(403);
    }
}

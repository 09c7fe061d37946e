package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.services.internal.request.RequestWork;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.jiceng.services.internal.request.RequestSweep;
import org.jiceng.territory.TerritoryApi;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * 代办 requests over HTTP: an 一件事 with one item returned, agency refused, who is refused, stale writes, photos, and
 * the sweep's reminder to the agent and 督办 notice to the town and the agent, each in the right inboxes once.
 */
@AppTest
@RecordApplicationEvents
class ServiceRequestApiIT {

    static final String TANGLANG = "530326001001";
    static final List<String> MATERIALS = List.of("身份证", "户口簿");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityApi identity;
    @Autowired
    TerritoryApi territory;
    @Autowired
    RequestWork work;
    @Autowired
    ApplicationEvents events;
    @Autowired
    RequestSweep sweep;
    @Autowired
    MovableClock clock;

    ServiceRequestItems items;
    long bumenUnit;
    long otherUnit;
    long neighbour;
    Http daiban;
    Http bumen;
    Http jumin;

    @BeforeEach
    void setUp() {
        items = new ServiceRequestItems(jdbc);
        bumenUnit = identity.findByUsername("bumen").orElseThrow().unitId().orElseThrow();
        otherUnit = territory.units("530326", Scope.everything()).stream().filter(u -> u.id() != bumenUnit)
                .findFirst().orElseThrow().id();
        long own = identity.findByUsername("jumin").orElseThrow().residentId();
        neighbour = jdbc.sql("""
                        select id from people.resident where territory_code like :v and id <> :own order by id limit 1""")
                .param("v", TANGLANG + "%").param("own", own).query(Long.class).single();
        daiban = Http.as(port, "daiban");
        bumen = Http.as(port, "bumen");
        jumin = Http.as(port, "jumin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long housingItem(String name) {
        return items.item(name, bumenUnit, "县住房和城乡建设局", 5, true, MATERIALS);
    }

    static String path(long request, JsonNode line, String action) {
        return "/api/v1/services/requests/" + request + "/lines/" + line.get("id").asLong() + "/actions/" + action;
    }

    JsonNode step(Http who, long request, JsonNode line, String action, String extra) {
        var answer = who.postJson(path(request, line, action),
                "{\"version\": " + line.get("version").asInt() + (extra.isEmpty() ? "" : ", " + extra) + "}");
        assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    static JsonNode line(JsonNode detail, int index) {
        return detail.get("lines").get(index);
    }

    JsonNode checkAndHandOver(long request) {
        JsonNode detail = daiban.get("/api/v1/services/requests/" + request).json();
        for (int i = 0; i < detail.get("lines").size(); i++) {
            detail = step(daiban, request, line(detail, i), "check-materials", "\"materials\": [\"身份证\", \"户口簿\"]");
            detail = step(daiban, request, line(detail, i), "hand-over", "");
        }
        return detail;
    }

    long ask(Http who, String json) {
        var asked = who.postJson("/api/v1/services/requests", json);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    @Test
    void aBundleWithOneItemReturnedWaitsForMaterialsWhileTheOthersGoOnAndEndsWithOneStatus() {
        long a = housingItem("出生医学证明（测试）");
        long b = housingItem("新生儿户口登记（测试）");
        long c = housingItem("医保参保登记（测试）");
        long bundle = items.bundle("新生儿出生一件事（测试）", List.of(a, b, c));
        long id = ask(daiban, """
                {"itemId": %d, "residentId": %d, "channel": "FULL_PROXY"}""".formatted(bundle, neighbour));
        JsonNode detail = checkAndHandOver(id);
        assertThat(detail.get("request").get("statusName").asString()).isEqualTo("办理中");
        assertThat(line(detail, 0).get("dueAt").isNull()).isFalse();

        detail = step(bumen, id, line(detail, 0), "return", "\"reason\": \"请补交父母双方身份证复印件\"");
        assertThat(detail.get("request").get("statusName").asString()).isEqualTo("待补正");
        detail = step(bumen, id, line(detail, 1), "decide", "\"result\": \"APPROVED\", \"document\": \"户口簿一本\"");
        assertThat(detail.get("request").get("statusName").asString()).isEqualTo("待补正");
        assertThat(line(detail, 1).get("state").asString()).isEqualTo("DECIDED");
        assertThat(line(detail, 2).get("state").asString()).isEqualTo("HANDED_OVER");

        detail = step(daiban, id, line(detail, 0), "resubmit", "");
        assertThat(detail.get("request").get("statusName").asString()).isEqualTo("办理中");
        detail = step(bumen, id, line(detail, 0), "decide", "\"result\": \"APPROVED\", \"document\": \"出生医学证明\"");
        detail = step(bumen, id, line(detail, 2), "decide", "\"result\": \"REFUSED\", \"reason\": \"已在外地参保\"");
        assertThat(detail.get("request").get("status").asString()).isEqualTo("READY");

        // the documents go back on the test's thread, so the events it publishes are recorded here
        CurrentUser agent = identity.findByUsername("daiban").orElseThrow();
        for (int i = 0; i < 3; i++) {
            JsonNode l = line(daiban.get("/api/v1/services/requests/" + id).json(), i);
            work.act(id, l.get("id").asLong(), "return-documents",
                    new RequestWork.StepInput(l.get("version").asInt(), null, null, null, null), agent);
        }
        JsonNode last = line(daiban.get("/api/v1/services/requests/" + id).json(), 2);
        assertThatThrownBy(() -> work.act(id, last.get("id").asLong(), "return-documents",
                new RequestWork.StepInput(last.get("version").asInt(), null, null, null, null), agent))
                .isInstanceOf(ConflictException.class);
        List<ServiceItemHandled> handled = events.stream(ServiceItemHandled.class)
                .filter(e -> e.requestId() == id).toList();
        assertThat(handled).extracting(ServiceItemHandled::itemId).containsExactlyInAnyOrder(a, b, c);
        assertThat(handled).extracting(ServiceItemHandled::outcome).containsExactlyInAnyOrder("DONE", "DONE", "ENDED");
        assertThat(handled).allSatisfy(e -> {
            assertThat(e.agency()).isTrue();
            assertThat(e.onTime()).isTrue();
            assertThat(e.villageCode()).isEqualTo(TANGLANG);
            assertThat(e.officeUnitId()).isEqualTo(bumenUnit);
        });

        detail = daiban.get("/api/v1/services/requests/" + id).json();
        assertThat(detail.get("request").get("statusName").asString()).isEqualTo("已办结");
        assertThat(detail.get("timeline").toString()).contains("退回补正", "请补交父母双方身份证复印件");
        var rated = daiban.postJson("/api/v1/services/requests/" + id + "/rating", """
                {"satisfaction": "BASIC", "comment": "老人电话里说挺好"}""");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("request").get("ratedByAgent").asBoolean()).isTrue();
        assertThat(daiban.postJson("/api/v1/services/requests/" + id + "/rating", """
                {"satisfaction": "SATISFIED"}""").status()).isEqualTo(409);
    }

    @Test
    void anItemThatMayNotBeTakenInOnAResidentsBehalfRefusesAgencyButTheResidentMayAskThemselves() {
        long migration = items.item("户口迁移（测试）", otherUnit, "县公安局", 10, false, List.of("身份证"));
        int before = jumin.get("/api/v1/services/requests?mine=true").json().get("items").size();
        var refused = jumin.postJson("/api/v1/services/requests", """
                {"itemId": %d, "channel": "VILLAGE_AGENCY"}""".formatted(migration));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("不能代办");
        assertThat(jumin.get("/api/v1/services/requests?mine=true").json().get("items").size()).isEqualTo(before);
        long own = ask(jumin, "{\"itemId\": %d, \"channel\": \"SELF_SERVICE\"}".formatted(migration));
        JsonNode detail = jumin.get("/api/v1/services/requests/" + own).json();
        assertThat(detail.get("request").get("channel").asString()).isEqualTo("SELF_SERVICE");
        assertThat(detail.get("lines").size()).isEqualTo(1);
    }

    @Test
    void theOfficeSeesTheLinesHandedToItAndNoOtherOfficesOnItsPage() {
        long housing = housingItem("公租房测试" + System.nanoTime() % 100_000);
        long elsewhere = items.item("民政测试" + System.nanoTime() % 100_000, otherUnit, "县民政局", 20, true, MATERIALS);
        long ours = ask(daiban, "{\"itemId\": %d, \"residentId\": %d}".formatted(housing, neighbour));
        long theirs = ask(daiban, "{\"itemId\": %d, \"residentId\": %d}".formatted(elsewhere, neighbour));
        long notYetHanded = ask(daiban, "{\"itemId\": %d, \"residentId\": %d}".formatted(housing, neighbour));
        checkAndHandOver(ours);
        checkAndHandOver(theirs);

        String page = bumen.get("/services/requests/office").body();
        assertThat(page).contains("data-id=\"" + ours + "\"").contains("已交部门办理")
                .doesNotContain("data-id=\"" + theirs + "\"").doesNotContain("data-id=\"" + notYetHanded + "\"");
        // the page is an office's: staff of a town and residents have none, and are refused
        assertThat(Http.as(port, "yiche").get("/services/requests/office").status()).isEqualTo(403);
        assertThat(daiban.get("/services/requests/office").status()).isEqualTo(403);
        assertThat(jumin.get("/services/requests/office").status()).isEqualTo(403);
    }

    @Test
    void anotherTownAnotherResidentAndAnotherOfficeAreRefused() {
        long elsewhere = items.item("高龄津贴申领（测试）", otherUnit, "县民政局", 20, true, MATERIALS);
        long juminsOwn = ask(jumin, "{\"itemId\": %d}".formatted(elsewhere));
        long neighbours = ask(daiban, "{\"itemId\": %d, \"residentId\": %d}".formatted(elsewhere, neighbour));
        JsonNode handed = checkAndHandOver(juminsOwn);
        String base = "/api/v1/services/requests/";

        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get(base + juminsOwn).status()).isEqualTo(404);
        assertThat(yiche.postJson(path(juminsOwn, line(handed, 0), "decide"),
                "{\"version\": 2, \"result\": \"APPROVED\", \"document\": \"证\"}").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/services/requests",
                "{\"itemId\": %d, \"residentId\": %d}".formatted(elsewhere, neighbour)).status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/services/requests").json().get("items").toString()).doesNotContain("\"id\":" + juminsOwn + ",");

        assertThat(jumin.get(base + neighbours).status()).isEqualTo(404);
        assertThat(jumin.get("/api/v1/services/requests?mine=true").json().get("items").toString())
                .doesNotContain("\"id\":" + neighbours + ",");
        assertThat(jumin.postJson(path(juminsOwn, line(handed, 0), "decide"),
                "{\"version\": 2, \"result\": \"APPROVED\", \"document\": \"证\"}").status()).isEqualTo(403);

        assertThat(bumen.get(base + juminsOwn).status()).isEqualTo(404);
        assertThat(bumen.postJson(path(juminsOwn, line(handed, 0), "decide"),
                "{\"version\": 2, \"result\": \"APPROVED\", \"document\": \"证\"}").status()).isEqualTo(404);
        assertThat(Http.as(port, "wangge").get(base + juminsOwn).status()).isEqualTo(200);
    }

    @Test
    void aStepTakenOnAStaleVersionIsAConflictAndChangesNothing() {
        long id = ask(daiban, "{\"itemId\": %d, \"residentId\": %d}".formatted(housingItem("公租房（测试）"), neighbour));
        JsonNode first = line(daiban.get("/api/v1/services/requests/" + id).json(), 0);
        step(daiban, id, first, "check-materials", "\"materials\": [\"身份证\", \"户口簿\"]");
        var stale = daiban.postJson(path(id, first, "hand-over"), "{\"version\": " + first.get("version").asInt() + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(line(daiban.get("/api/v1/services/requests/" + id).json(), 0).get("state").asString())
                .isEqualTo("MATERIALS_CHECKED");
        JsonNode now = line(daiban.get("/api/v1/services/requests/" + id).json(), 0);
        var missing = daiban.postJson(path(id, now, "check-materials"),
                "{\"version\": " + now.get("version").asInt() + ", \"materials\": [\"身份证\"]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.detail()).contains("户口簿");
    }

    @Test
    void photosOfTheMaterialsAreSniffedAndShownOnlyToThoseWhoReadTheRequest() {
        long id = ask(jumin, "{\"itemId\": %d}".formatted(housingItem("公租房申请（照片测试）")));
        var added = daiban.postFile("/api/v1/services/requests/" + id + "/photos", Map.of(), "file", "a.png",
                "image/png", PNG);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String photo = "/api/v1/services/requests/" + id + "/photos/" + added.json().get("id").asLong();
        var seen = jumin.download(photo);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.contentType()).isEqualTo("image/png");
        assertThat(Http.as(port, "yiche").download(photo).status()).isEqualTo(404);
        var text = daiban.postFile("/api/v1/services/requests/" + id + "/photos", Map.of(), "file", "a.jpg",
                "image/jpeg", "not a photo".getBytes());
        assertThat(text.status()).isEqualTo(400);
    }

    @Test
    void aLineThatRunsLateIsSupervisedOnceHoweverOftenTheSweepRuns() {
        String name = "即将逾期事项（测试" + System.nanoTime() % 10000 + "）";
        long item = items.item(name, bumenUnit, "县住房和城乡建设局", 1, true, MATERIALS);
        long id = ask(daiban, "{\"itemId\": %d, \"residentId\": %d}".formatted(item, neighbour));
        checkAndHandOver(id);
        clock.advance(Duration.ofDays(12));
        sweep.sweep();
        sweep.sweep();
        var flags = jdbc.sql("select reminded, supervised from services.request_line where request_id = :id")
                .param("id", id).query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2))).single();
        assertThat(flags).containsExactly(false, true);

        // signed in again: the moved clock outlives the first sign-ins
        String late = "办件逾期督办：" + name;
        assertThat(inbox("gucheng", name)).as("the town's staff").containsExactly(late);
        assertThat(inbox("daiban", name)).as("the agent who handed it over").containsExactly(late);
        assertThat(inbox("yiche", name)).as("another town").isEmpty();
        assertThat(inbox("jumin", name)).as("a resident").isEmpty();
        assertThat(inbox("bumen", name)).as("the office is told by its own list, not this notice").isEmpty();
    }

    @Test
    void theAgentIsRemindedOnceAWorkingDayBeforeALineFallsDue() {
        String name = "即将到期事项（测试" + System.nanoTime() % 10000 + "）";
        long item = items.item(name, bumenUnit, "县住房和城乡建设局", 3, true, MATERIALS);
        long id = ask(daiban, "{\"itemId\": %d, \"residentId\": %d}".formatted(item, neighbour));
        OffsetDateTime due = OffsetDateTime.parse(line(checkAndHandOver(id), 0).get("dueAt").asString());
        sweep.sweep();
        assertThat(inbox("daiban", name)).as("three working days ahead is not yet a reminder").isEmpty();

        clock.advance(Duration.between(clock.instant(), due.toInstant().minus(Duration.ofHours(1))));
        sweep.sweep();
        sweep.sweep();
        String soon = "办件即将到期：" + name;
        assertThat(inbox("daiban", name)).containsExactly(soon);
        assertThat(inbox("gucheng", name)).as("the town hears only once it is late").isEmpty();
        var flags = jdbc.sql("select reminded, supervised from services.request_line where request_id = :id")
                .param("id", id).query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2))).single();
        assertThat(flags).containsExactly(true, false);
    }

    /** The titles in {@code username}'s inbox that name {@code item}, newest first. */
    List<String> inbox(String username, String item) {
        var answer = Http.as(port, username).get("/api/v1/inbox?limit=500");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> titles = new java.util.ArrayList<>();
        answer.json().get("items").forEach(m -> {
            if (m.get("title").asString().contains(item)) {
                titles.add(m.get("title").asString());
            }
        });
        return titles;
    }
}

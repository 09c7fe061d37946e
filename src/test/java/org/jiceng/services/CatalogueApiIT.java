package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The catalogue over HTTP: drafts, publishing, versions, bundles, and who reads and writes what where. */
@AppTest
class CatalogueApiIT {

    static final String GUCHENG = "530326001";
    static final String TANGLANG = "530326001001";
    static final String YICHE = "530326103";
    static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    static String code() {
        return "IT-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    static String itemJson(String code, String territory, String name) {
        return """
                {"code": "%s", "kind": "ITEM", "territoryCode": "%s", "name": "%s", "category": "测试",
                 "officeName": "县民政局", "materials": ["居民身份证", "户口簿"], "timeLimitDays": 15, "feeFen": 0,
                 "agencyAllowed": true}""".formatted(code, territory, name);
    }

    long created(Http http, String json) {
        var created = http.postJson("/api/v1/services/items", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    long published(Http http, String json) {
        long id = created(http, json);
        assertThat(http.postJson("/api/v1/services/items/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    static List<String> states(JsonNode detail) {
        return detail.get("versions").valueStream().map(v -> v.get("version").asInt() + ":" + v.get("state").asString())
                .toList();
    }

    @Test
    void anItemIsWrittenAsADraftPublishedAndRepublishedWithTheOldVersionReplaced() {
        Http gucheng = Http.as(port, "gucheng");
        Http jumin = Http.as(port, "jumin");
        String code = code();
        long id = created(gucheng, itemJson(code, GUCHENG, "测试事项甲"));
        String path = "/api/v1/services/items/" + id;
        assertThat(states(gucheng.get(path).json())).containsExactly("1:DRAFT");
        assertThat(jumin.get(path).status()).isEqualTo(404);

        JsonNode first = gucheng.postJson(path + "/publish", "").json();
        assertThat(first.get("published").get("version").asInt()).isEqualTo(1);
        assertThat(jumin.get(path).json().get("published").get("name").asString()).isEqualTo("测试事项甲");
        assertThat(jumin.get("/api/v1/services/items?q=测试事项甲").json().get("items").valueStream()
                .map(i -> i.get("id").asLong())).containsExactly(id);

        // editing what is published starts version 2; the published version stays as it was
        var edited = gucheng.putJson(path + "/draft", "{\"name\": \"测试事项乙\", \"timeLimitDays\": 10}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(states(edited.json())).containsExactly("2:DRAFT", "1:PUBLISHED");
        assertThat(jumin.get(path).json().get("published").get("name").asString()).isEqualTo("测试事项甲");
        int revision = edited.json().get("draft").get("revision").asInt();
        assertThat(gucheng.putJson(path + "/draft", "{\"feeFen\": 500, \"revision\": " + revision + "}").status())
                .isEqualTo(200);
        var stale = gucheng.putJson(path + "/draft", "{\"feeFen\": 800, \"revision\": " + revision + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.detail()).contains("刷新");
        assertThat(gucheng.putJson(path + "/draft", "{\"timeLimitDays\": 366, \"revision\": " + (revision + 1) + "}")
                .status()).isEqualTo(400);

        JsonNode second = gucheng.postJson(path + "/publish", "").json();
        assertThat(states(second)).containsExactly("2:PUBLISHED", "1:REPLACED");
        assertThat(second.get("published").get("feeFen").asLong()).isEqualTo(500);
        assertThat(second.get("published").get("timeLimitDays").asInt()).isEqualTo(10);
        assertThat(gucheng.postJson(path + "/publish", "").status()).isEqualTo(409);
        JsonNode residentView = jumin.get(path).json();
        assertThat(states(residentView)).containsExactly("2:PUBLISHED");
        assertThat(residentView.get("published").get("name").asString()).isEqualTo("测试事项乙");

        assertThat(gucheng.postJson(path + "/withdraw", "").status()).isEqualTo(200);
        assertThat(jumin.get(path).status()).isEqualTo(404);
        assertThat(gucheng.postJson(path + "/withdraw", "").status()).isEqualTo(409);
        assertThat(gucheng.postJson("/api/v1/services/items", itemJson(code, GUCHENG, "重复编码")).status())
                .isEqualTo(409);
    }

    @Test
    void aBundleRunsOnlyPublishedItemsOfItsCounty() {
        Http admin = Http.as(port, "admin");
        long a = published(admin, itemJson(code(), "530326", "一件事成员甲"));
        long b = published(admin, itemJson(code(), "530326", "一件事成员乙"));
        long draft = created(admin, itemJson(code(), "530326", "未发布的事项"));
        String bundle = """
                {"code": "%s", "kind": "BUNDLE", "territoryCode": "530326", "name": "测试一件事", "officeName": "县民政局",
                 "timeLimitDays": 10, "members": [%s]}""";
        var unpublished = admin.postJson("/api/v1/services/items", bundle.formatted(code(), a + ", " + draft));
        assertThat(unpublished.status()).isEqualTo(400);
        assertThat(unpublished.detail()).contains("已发布");
        assertThat(admin.postJson("/api/v1/services/items", bundle.formatted(code(), a)).status()).isEqualTo(400);
        long id = published(admin, bundle.formatted(code(), a + ", " + b));
        JsonNode detail = admin.get("/api/v1/services/items/" + id).json();
        assertThat(detail.get("kind").asString()).isEqualTo("BUNDLE");
        assertThat(detail.get("members").valueStream().map(m -> m.get("name").asString()))
                .containsExactly("一件事成员甲", "一件事成员乙");
        assertThat(Http.as(port, "jumin").get("/api/v1/services/bundles").json().get("items").valueStream()
                .map(i -> i.get("code").asString())).contains("YJS-XSE", "YJS-SH");
    }

    @Test
    void aResidentOf堂琅ReadsTheCountysTheTownsAndTheCommunitysSixteenItemsButNotAnotherTowns() {
        Http jumin = Http.as(port, "jumin");
        List<String> codes = jumin.get("/api/v1/services/items?kind=ITEM&limit=500").json().get("items").valueStream()
                .map(i -> i.get("code").asString()).toList();
        List<String> demo = List.of("SBK-SL", "GLJT", "DB-SQ", "CJZ", "HK-QY", "LNZ", "GZF-SQ", "CSYXZM", "HK-DJ",
                "YB-CB", "HK-ZX", "SZBZ", "JSJT-FZ", "LSJZ", "SQZM", "TYJR-YDZ");
        assertThat(codes).containsAll(demo).doesNotContain("GDDL-BT");
        var found = jumin.get("/api/v1/services/items?q=户口簿%20高龄").json().get("items");
        assertThat(found.valueStream().map(i -> i.get("code").asString())).contains("GLJT");
        assertThat(Http.as(port, "yiche").get("/api/v1/services/items?q=耕地").json().get("items").valueStream()
                .map(i -> i.get("code").asString())).contains("GDDL-BT");
        long yicheDraft = created(Http.as(port, "yiche"), itemJson(code(), YICHE, "迤车镇草稿"));
        assertThat(jumin.get("/api/v1/services/items/" + yicheDraft).status()).isEqualTo(404);
        assertThat(Http.as(port, "gucheng").get("/api/v1/services/items/" + yicheDraft).status()).isEqualTo(404);
        assertThat(Http.as(port, "admin").get("/api/v1/services/items/" + yicheDraft).status()).isEqualTo(200);
        assertThat(Http.as(port, "gucheng").get("/api/v1/services/items?managed=true&limit=500").json().get("items")
                .valueStream().map(i -> i.get("id").asLong())).doesNotContain(yicheDraft);
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefusedWhereTheyMustBe() {
        Http gucheng = Http.as(port, "gucheng");
        long draft = created(gucheng, itemJson(code(), TANGLANG, "堂琅草稿"));
        long county = published(Http.as(port, "admin"), itemJson(code(), "530326", "县级已发布"));
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.postJson("/api/v1/services/items", itemJson(code(), GUCHENG, "越界")).status()).isEqualTo(403);
        assertThat(yiche.postJson("/api/v1/services/items/" + draft + "/publish", "").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/services/items/" + county + "/withdraw", "").status()).isEqualTo(403);
        for (String name : new String[] {"jumin", "bumen", "shequ", "daiban"}) {
            Http http = Http.as(port, name);
            assertThat(http.postJson("/api/v1/services/items", itemJson(code(), TANGLANG, "无权")).status())
                    .as(name).isEqualTo(403);
            assertThat(http.postJson("/api/v1/services/items/" + county + "/withdraw", "").status()).as(name)
                    .isEqualTo(403);
            assertThat(http.get("/api/v1/services/items/" + county).status()).as(name).isEqualTo(200);
        }
        assertThat(Http.as(port, "jumin").get("/api/v1/services/items/" + draft).status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/services/items/" + draft).status()).isEqualTo(404);
        assertThat(Http.as(port, "daiban").get("/api/v1/services/items/" + draft).status()).isEqualTo(200);
        assertThat(gucheng.get("/api/v1/services/items?managed=true&territory=" + YICHE).status()).isEqualTo(403);
    }
}

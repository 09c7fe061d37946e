package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 政策一页通 over HTTP: versions kept, published by county or town to the residents under it. */
@AppTest
class PolicySheetApiIT {

    @LocalServerPort
    int port;

    static String sheet(String territory, String title, String items) {
        return """
                {"territoryCode": "%s", "title": "%s", "topic": "测试", "publisher": "测试单位",
                 "paragraphs": ["第一段：谁能办。", "第二段：怎么办。"], "itemIds": [%s]}""".formatted(territory, title, items);
    }

    long itemId(String code) {
        return Http.as(port, "admin").get("/api/v1/services/items?q=" + code).json().get("items").valueStream()
                .filter(i -> i.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void aSheetKeepsEveryVersionAndResidentsReadOnlyTheOneInForce() {
        Http admin = Http.as(port, "admin");
        Http jumin = Http.as(port, "jumin");
        long gljt = itemId("GLJT");
        var created = admin.postJson("/api/v1/services/policies", sheet("530326", "测试一页通", String.valueOf(gljt)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/services/policies/" + created.json().get("id").asLong();
        assertThat(jumin.get(path).status()).isEqualTo(404);
        assertThat(admin.postJson(path + "/publish", "").status()).isEqualTo(200);
        JsonNode v1 = jumin.get(path).json();
        assertThat(v1.get("published").get("paragraphs").size()).isEqualTo(2);
        assertThat(v1.get("items").get(0).get("code").asString()).isEqualTo("GLJT");

        var edited = admin.putJson(path + "/draft", "{\"paragraphs\": [\"改过的一段。\"]}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        int revision = edited.json().get("draft").get("revision").asInt();
        assertThat(admin.putJson(path + "/draft", "{\"title\": \"改标题\", \"revision\": " + revision + "}").status())
                .isEqualTo(200);
        assertThat(admin.putJson(path + "/draft", "{\"title\": \"又改\", \"revision\": " + revision + "}").status())
                .isEqualTo(409);
        assertThat(jumin.get(path).json().get("published").get("title").asString()).isEqualTo("测试一页通");
        JsonNode v2 = admin.postJson(path + "/publish", "").json();
        assertThat(v2.get("versions").valueStream().map(v -> v.get("version").asInt() + ":" + v.get("state").asString()))
                .containsExactly("2:PUBLISHED", "1:REPLACED");
        JsonNode resident = jumin.get(path).json();
        assertThat(resident.get("versions").size()).isEqualTo(1);
        assertThat(resident.get("published").get("title").asString()).isEqualTo("改标题");
        assertThat(resident.get("published").get("paragraphs").get(0).asString()).isEqualTo("改过的一段。");
    }

    @Test
    void aTownsSheetReachesItsOwnResidentsOnlyAndOnlyItsStaffWriteIt() {
        Http gucheng = Http.as(port, "gucheng");
        var created = gucheng.postJson("/api/v1/services/policies", sheet("530326001", "古城测试一页通", ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String path = "/api/v1/services/policies/" + id;
        gucheng.postJson(path + "/publish", "");
        assertThat(Http.as(port, "jumin").get(path).status()).isEqualTo(200);
        assertThat(Http.as(port, "jumin").get("/api/v1/services/policies?limit=500").json().get("items").valueStream()
                .map(s -> s.get("id").asLong())).contains(id);
        assertThat(Http.as(port, "yiche").get(path).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").get("/api/v1/services/policies?limit=500").json().get("items").valueStream()
                .map(s -> s.get("id").asLong())).doesNotContain(id);
        assertThat(Http.as(port, "yiche").postJson(path + "/publish", "").status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/services/policies", sheet("530326001", "越界", "")).status())
                .isEqualTo(403);
        for (String name : new String[] {"jumin", "bumen", "shequ"}) {
            assertThat(Http.as(port, name).postJson("/api/v1/services/policies", sheet("530326001", "无权", "")).status())
                    .as(name).isEqualTo(403);
        }
        assertThat(gucheng.postJson("/api/v1/services/policies", sheet("530326001001", "村级", "")).status())
                .isEqualTo(400);
        var unpublishedItem = gucheng.postJson("/api/v1/services/policies", sheet("530326001", "关联", "999999999"));
        assertThat(unpublishedItem.status()).isEqualTo(400);
        assertThat(unpublishedItem.detail()).contains("已发布");
        // the demo's county sheets, one of them in its second version
        JsonNode mine = Http.as(port, "jumin").get("/api/v1/services/policies?limit=500").json().get("items");
        assertThat(mine.valueStream().map(s -> s.get("topic").asString()))
                .contains("高龄津贴", "低保", "残疾人两项补贴", "新生儿出生", "城乡居民医保", "临时救助");
        long elderly = mine.valueStream().filter(s -> s.get("topic").asString().equals("高龄津贴")).findFirst()
                .orElseThrow().get("id").asLong();
        assertThat(Http.as(port, "admin").get("/api/v1/services/policies/" + elderly).json().get("versions").size())
                .isEqualTo(2);
    }
}

package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The lists that bound power: drafted, published to every account, searched, and superseded by a new version. */
@AppTest
class PowerListApiIT {

    @LocalServerPort
    int port;

    static String microPower(String title, String name) {
        return """
                {"kind": "MICRO_POWER", "territoryCode": "530326", "title": "%s",
                 "items": [{"category": "集体资金管理", "name": "%s", "basis": "《村民委员会组织法》",
                            "steps": [{"action": "村“两委”提出方案", "decider": "村“两委”联席会议"},
                                      {"action": "村民代表会议表决", "decider": "村民代表会议"},
                                      {"action": "结果公开", "decider": "村务监督委员会"}]}]}""".formatted(title, name);
    }

    long draft(Http as, String body) {
        var created = as.postJson("/api/v1/lists", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void aDraftStaysWithItsAuthorsUntilPublishedAndThenEveryAccountReadsAndFindsIt() {
        String word = "测试事项" + System.nanoTime() % 100000;
        Http admin = Http.as(port, "admin");
        long first = draft(admin, microPower("县小微权力清单（测试）", word));
        assertThat(Http.as(port, "jumin").get("/api/v1/lists/" + first).status()).isEqualTo(404);
        assertThat(admin.postJson("/api/v1/lists/" + first + "/publish", "{}").json().get("status").asString())
                .isEqualTo("PUBLISHED");
        assertThat(admin.postJson("/api/v1/lists/" + first + "/publish", "{}").status()).isEqualTo(409);
        JsonNode read = Http.as(port, "jumin").get("/api/v1/lists/" + first).json();
        assertThat(read.get("items").get(0).get("steps").size()).isEqualTo(3);
        assertThat(read.get("items").get(0).get("steps").get(1).get("decider").asString()).isEqualTo("村民代表会议");
        assertThat(Http.as(port, "jumin").get("/api/v1/lists/search?q=" + word).json().get("items").valueStream()
                .map(h -> h.get("listId").asLong())).containsExactly(first);

        long second = draft(admin, microPower("县小微权力清单（测试修订）", word + "修订"));
        admin.postJson("/api/v1/lists/" + second + "/publish", "{}");
        JsonNode old = Http.as(port, "jumin").get("/api/v1/lists/" + first).json();
        assertThat(old.get("list").get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.get("versions").valueStream().map(v -> v.get("id").asLong())).contains(first, second);
        assertThat(Http.as(port, "jumin").get("/api/v1/lists/search?q=" + word).json().get("items").valueStream()
                .map(h -> h.get("listId").asLong())).containsExactly(second);
    }

    @Test
    void onlyTheCountyAndTheTownWriteTheListsOfTheirOwnPlace() {
        String duties = """
                {"kind": "TOWN_DUTIES", "territoryCode": "530326001", "title": "古城街道权责清单",
                 "items": [{"category": "社会治理", "name": "组织开展矛盾纠纷排查化解"}]}""";
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/lists", duties).status()).isEqualTo(201);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/lists", duties).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/lists", duties).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").postJson("/api/v1/lists", duties).status()).isEqualTo(403);
        assertThat(Http.as(port, "xuncha").postJson("/api/v1/lists", duties).status()).isEqualTo(403);
        var noSteps = Http.as(port, "admin").postJson("/api/v1/lists", """
                {"kind": "MICRO_POWER", "territoryCode": "530326", "title": "缺流程",
                 "items": [{"category": "资产", "name": "集体资产出租"}]}""");
        assertThat(noSteps.status()).isEqualTo(400);
        assertThat(noSteps.detail()).contains("办理流程");
    }
}

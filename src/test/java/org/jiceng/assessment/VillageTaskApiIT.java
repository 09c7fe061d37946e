package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Tasks sent to a village must cite the 工作准入清单 in force, or be flagged for the county where the list allows. */
@AppTest
class VillageTaskApiIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    final LocalDate today = Beijing.today(Beijing.systemClock());

    /** A new county admission list in force; its first item's id. */
    JsonNode admissionList(boolean allowsOutside) {
        Http admin = Http.as(port, "admin");
        var created = admin.postJson("/api/v1/lists", """
                {"kind": "ADMISSION", "territoryCode": "530326", "title": "村级组织工作事项准入清单", "allowsOutside": %s,
                 "items": [{"category": "党的建设", "name": "协助开展党员教育管理"},
                           {"category": "社会治理", "name": "协助开展矛盾纠纷排查"}]}""".formatted(allowsOutside));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        admin.postJson("/api/v1/lists/" + id + "/publish", "{}");
        return admin.get("/api/v1/lists/" + id).json();
    }

    String task(String item, String reason) {
        return """
                {"villageCode": "%s", "title": "开展矛盾纠纷排查", "description": "本月内完成排查并报送台账",
                 "dueOn": "%s" %s %s}""".formatted(TANGLANG, today.plusDays(20),
                item == null ? "" : ", \"admissionItemId\": " + item,
                reason == null ? "" : ", \"outsideReason\": \"" + reason + "\"");
    }

    @Test
    void aTaskCitingTheListInForceIsSentAcceptedAndDoneAndOneOutsideItIsRefused() {
        JsonNode list = admissionList(false);
        String item = list.get("items").get(1).get("id").asString();
        Http town = Http.as(port, "gucheng");
        var outside = town.postJson("/api/v1/village-tasks", task(null, null));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.detail()).contains("工作准入清单");
        var sent = town.postJson("/api/v1/village-tasks", task(item, null));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        Http village = Http.as(port, "shequ");
        assertThat(village.get("/api/v1/village-tasks/" + id).json().get("admissionItem").asString())
                .isEqualTo("协助开展矛盾纠纷排查");
        assertThat(village.postJson("/api/v1/village-tasks/" + id + "/complete", "{\"note\": \"已完成\"}").status())
                .isEqualTo(409);
        assertThat(village.postJson("/api/v1/village-tasks/" + id + "/accept", "{}").json().get("status").asString())
                .isEqualTo("ACCEPTED");
        assertThat(village.postJson("/api/v1/village-tasks/" + id + "/complete", "{\"note\": \"排查 12 户，化解 2 起\"}")
                .json().get("statusName").asString()).isEqualTo("已完成");
        assertThat(Http.as(port, "yiche").get("/api/v1/village-tasks/" + id).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get("/api/v1/village-tasks/" + id).status()).isEqualTo(403);
        assertThat(town.postJson("/api/v1/village-tasks/" + id + "/accept", "{}").status()).isEqualTo(403);

        admissionList(false);
        var stale = town.postJson("/api/v1/village-tasks", task(item, null));
        assertThat(stale.status()).as("an item of a superseded version").isEqualTo(400);
    }

    @Test
    void whereTheCountyAllowsItATaskOutsideTheListGoesThroughFlaggedForTheCounty() {
        admissionList(true);
        Http town = Http.as(port, "gucheng");
        assertThat(town.postJson("/api/v1/village-tasks", task(null, null)).status()).as("a reason is needed")
                .isEqualTo(400);
        var sent = town.postJson("/api/v1/village-tasks", task(null, "防汛紧急排查，清单未列"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        JsonNode flagged = Http.as(port, "admin").get("/api/v1/village-tasks?flagged=true").json().get("items");
        assertThat(flagged.valueStream().map(t -> t.get("id").asLong())).contains(id);
        assertThat(flagged.valueStream().allMatch(t -> t.get("flagged").asBoolean())).isTrue();
        admissionList(false);
    }

    @Test
    void aDepartmentReadsTheTasksItSentAndNoOthers() {
        JsonNode list = admissionList(false);
        String item = list.get("items").get(0).get("id").asString();
        var sent = Http.as(port, "bumen").postJson("/api/v1/village-tasks", task(item, null));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long ours = sent.json().get("id").asLong();
        long towns = Http.as(port, "gucheng").postJson("/api/v1/village-tasks", task(item, null)).json().get("id").asLong();
        assertThat(Http.as(port, "bumen").get("/api/v1/village-tasks/" + ours).status()).isEqualTo(200);
        assertThat(Http.as(port, "bumen").get("/api/v1/village-tasks/" + towns).status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").postJson("/api/v1/village-tasks/" + ours + "/accept", "{}").status())
                .isEqualTo(403);
    }
}

package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The action forms of the case page: which a person is offered, what a refusal says, and the less common moves. */
@AppTest
class CaseActionPagesIT extends CasePageTest {

    @Test
    void thePageOffersTheActionsThePersonMayTakeAndShowsARefusalsReason() {
        long id = fileByApi("jumin", "0301", "路灯杆被撞歪了，随时会倒", centroid(0));
        String staff = Http.as(port, "gucheng").get("/cases/" + id).body();
        assertThat(staff).contains("id=\"action-accept\"").contains("id=\"action-reject\"").contains("id=\"action-merge\"")
                .doesNotContain("id=\"action-rate\"").doesNotContain("id=\"action-dispatch\"").contains("堂琅社区居民");

        var wrongState = act("gucheng", id, "verify", "version=0");
        assertThat(wrongState.status()).isEqualTo(409);
        assertThat(wrongState.body()).contains("不能核查").contains("路灯杆被撞歪了");
        var noReason = act("gucheng", id, "reject", "version=0&reason=");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("理由");
        assertThat(act("gucheng", id, "teleport", "version=0").status()).isEqualTo(404);

        assertThat(idOf(act("gucheng", id, "accept", "version=0"))).isEqualTo(id);
        assertThat(act("gucheng", id, "accept", "version=0").status()).as("a stale form").isEqualTo(409);
        String accepted = Http.as(port, "gucheng").get("/cases/" + id).body();
        assertThat(accepted).contains("id=\"action-dispatch\"").contains("县住房和城乡建设局").contains("id=\"action-handle\"");

        List<Long> units = Http.as(port, "gucheng").get("/api/v1/units").json().get("items").valueStream()
                .map(u -> u.get("id").asLong()).toList();
        long lead = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        long assist = units.stream().filter(u -> u != lead).findFirst().orElseThrow();
        int version = caseView(id).version();
        assertThat(idOf(act("gucheng", id, "dispatch", "version=" + version + "&leadUnitId=" + lead
                + "&assistUnitIds=" + assist + "&note=" + encode("请尽快扶正"))))
                .isEqualTo(id);
        JsonNode dispatched = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        assertThat(dispatched.get("state").asString()).isEqualTo("DISPATCHED");
        assertThat(dispatched.get("assistUnitIds").get(0).asLong()).isEqualTo(assist);

        String department = Http.as(port, "bumen").get("/cases/" + id).body();
        assertThat(department).contains("id=\"action-check-in\"").contains("id=\"action-return\"")
                .doesNotContain("堂琅社区居民").doesNotContain("jumin").contains("反映人"); // masked for the department
        assertThat(Http.as(port, "bumen").get("/cases/unit").body()).contains(caseView(id).number());
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).doesNotContain("id=\"action-resolve\"")
                .contains("吹哨派遣");
        assertThat(Http.as(port, "jumin").get("/cases/" + id).body()).as("the whistle is internal")
                .doesNotContain("吹哨派遣").doesNotContain("请尽快扶正");
    }

    @Test
    void theDepartmentReturnsAndAsksForMoreTimeAndTheTownMergesBySerialNumberThroughTheForms() {
        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        long id = fileByApi("jumin", "0305", "雨后下水道堵了，门口积水很深", centroid(0));
        idOf(act("gucheng", id, "accept", "version=" + caseView(id).version()));
        idOf(act("gucheng", id, "dispatch", "version=" + caseView(id).version() + "&leadUnitId=" + unit));

        var noReason = act("bumen", id, "return", "version=" + caseView(id).version() + "&reason=");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("退回未成功").contains("理由");
        idOf(act("bumen", id, "return", "version=" + caseView(id).version() + "&reason=" + encode("排水管网归水务局管理")));
        assertThat(caseView(id).state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).contains("排水管网归水务局管理");

        idOf(act("gucheng", id, "dispatch", "version=" + caseView(id).version() + "&leadUnitId=" + unit));
        idOf(act("bumen", id, "check-in", "version=" + caseView(id).version()));
        idOf(act("bumen", id, "extend", "version=" + caseView(id).version() + "&workingDays=5&reason=" + encode("需要管道疏通车")));
        assertThat(Http.as(port, "bumen").get("/cases/" + id).body()).doesNotContain("id=\"action-extend\"");
        String town = Http.as(port, "gucheng").get("/cases/" + id).body();
        assertThat(town).contains("id=\"action-approve-extension\"").contains("5 个工作日：需要管道疏通车");
        idOf(act("gucheng", id, "approve-extension", "version=" + caseView(id).version()));
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).doesNotContain("id=\"action-approve-extension\"")
                .contains("批准延期 5 个工作日");

        long twin = fileByApi("jumin", "0305", "下水道堵塞，门口一片汪洋", centroid(0));
        var unknown = act("gucheng", twin, "merge", "version=0&intoNumber=530326-20000101-999999");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("未找到编号为 530326-20000101-999999");
        idOf(act("gucheng", twin, "merge", "version=0&intoNumber=" + caseView(id).number()));
        assertThat(caseView(twin).state()).isEqualTo(CaseState.CLOSED);
        assertThat(Http.as(port, "jumin").get("/cases/" + twin).body()).contains("合并").contains(caseView(id).number());
    }
}

package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The desk's saved searches (each account's own) and 批量受理 (each case on its own, refusals told case by case). */
@AppTest
class DeskActionsIT extends CasePageTest {

    @Test
    void aStaffMemberSavesListsAndDeletesOwnFiltersWhichNobodyElseSeesOrDeletes() {
        Http gucheng = Http.as(port, "gucheng");
        var saved = gucheng.postJson("/api/v1/cases/filters", """
                {"name": "古城逾期", "query": "?territory=530326001&overdue=true&after=abc&phone=13800000000&limit=5"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        assertThat(saved.json().get("query").asString()).as("the cursor and a phone are never kept")
                .isEqualTo("territory=530326001&overdue=true");
        assertThat(names(gucheng.get("/api/v1/cases/filters").json())).contains("古城逾期");

        Http shequ = Http.as(port, "shequ");
        assertThat(names(shequ.get("/api/v1/cases/filters").json())).doesNotContain("古城逾期");
        assertThat(shequ.delete("/api/v1/cases/filters/" + id).status()).isEqualTo(404);
        assertThat(shequ.post("/cases/desk/filters/" + id + "/delete", "application/x-www-form-urlencoded", "").status())
                .isEqualTo(404);
        assertThat(names(gucheng.get("/api/v1/cases/filters").json())).contains("古城逾期");
        assertThat(Http.as(port, "jumin").get("/api/v1/cases/filters").status()).isEqualTo(403);

        var again = gucheng.postJson("/api/v1/cases/filters", "{\"name\": \"古城逾期\", \"query\": \"state=RECEIVED\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("已有名为").contains("name");
        assertThat(gucheng.delete("/api/v1/cases/filters/" + id).status()).isEqualTo(204);
        assertThat(names(gucheng.get("/api/v1/cases/filters").json())).doesNotContain("古城逾期");
    }

    @Test
    void theSaveFormGoesToTheSavedSearchAndKeepsWhatWasTypedWhenRefused() {
        Http gucheng = Http.as(port, "gucheng");
        var blank = gucheng.postForm("/cases/desk/filters", form("name", " ", "query", "territory=530326001&state=RECEIVED"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("请给这个筛选起个名称").contains("value=\"territory=530326001&amp;state=RECEIVED\"");
        var nothing = gucheng.postForm("/cases/desk/filters", form("name", "空的", "query", "after=abc"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body()).contains("当前没有筛选条件").contains("value=\"空的\"");
        var kept = gucheng.postForm("/cases/desk/filters", form("name", "待受理", "query", "territory=530326001&state=RECEIVED"));
        assertThat(kept.status()).isEqualTo(302);
        assertThat(kept.location()).endsWith("/cases/desk?territory=530326001&state=RECEIVED");
        long id = gucheng.get("/api/v1/cases/filters").json().get("items").valueStream()
                .filter(f -> f.get("name").asString().equals("待受理")).findFirst().orElseThrow().get("id").asLong();
        var deleted = gucheng.postForm("/cases/desk/filters/" + id + "/delete", form());
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(names(gucheng.get("/api/v1/cases/filters").json())).doesNotContain("待受理");
    }

    @Test
    void bulkAcceptAcceptsEachCaseOnItsOwnAndTellsWhyOneWasRefused() {
        long first = fileByApi("jumin", "0301", "批量受理测试一：路灯不亮", centroid(0));
        long taken = fileByApi("jumin", "0301", "批量受理测试二：路灯闪烁", centroid(0));
        long third = fileByApi("jumin", "0301", "批量受理测试三：路灯倒了", centroid(0));
        idOf(act("gucheng", taken, "accept", "version=" + caseView(taken).version()));
        int takenVersion = caseView(taken).version();

        var answer = Http.as(port, "gucheng").postJson("/api/v1/cases/bulk/accept",
                "{\"ids\": [\"" + first + "\", \"" + taken + "\", \"" + number(third) + "\"]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("accepted").valueStream().map(o -> o.get("id").asLong())).containsExactly(first, third);
        JsonNode refused = answer.json().get("refused");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).get("id").asLong()).isEqualTo(taken);
        assertThat(refused.get(0).get("reason").asString()).contains("受理");
        assertThat(caseView(first).state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(caseView(third).state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(caseView(taken).version()).as("the refused case is untouched").isEqualTo(takenVersion);
    }

    @Test
    void theBulkAcceptFormReportsCaseByCaseAndOthersAreRefused() {
        long mine = fileByApi("jumin", "0301", "批量受理表单测试：井盖松动", centroid(0));
        long other = fileByApi("jumin", "0301", "批量受理表单测试：别的镇受理不了", centroid(0));
        var yiche = Http.as(port, "yiche").postJson("/api/v1/cases/bulk/accept", "{\"ids\": [\"" + other + "\"]}");
        assertThat(yiche.status()).isEqualTo(200);
        assertThat(yiche.json().get("refused").get(0).get("reason").asString()).contains("不在您的辖区内");
        assertThat(caseView(other).state()).isEqualTo(CaseState.RECEIVED);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/cases/bulk/accept", "{\"ids\": [\"" + mine + "\"]}").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "bumen").postJson("/api/v1/cases/bulk/accept", "{\"ids\": [\"" + mine + "\"]}").status())
                .isEqualTo(403);

        var page = Http.as(port, "gucheng").post("/cases/desk/accept", "application/x-www-form-urlencoded",
                "ids=" + mine + "&ids=999999999&back=" + encode("territory=530326001"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("已受理 1 件，未受理 1 件").contains(number(mine))
                .contains("999999999").contains("不存在或不在您的辖区内").contains("/cases/desk?territory=530326001");
        var none = Http.as(port, "gucheng").post("/cases/desk/accept", "application/x-www-form-urlencoded", "");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("请先勾选要受理的诉求");
    }

    String number(long id) {
        return caseView(id).number();
    }

    static java.util.List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(f -> f.get("name").asString()).toList();
    }
}

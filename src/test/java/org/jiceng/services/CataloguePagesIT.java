package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 办事指南, 事项清单管理 and 政策一页通 as pages: search on a phone, an item's facts, a form that keeps what was typed. */
@AppTest
class CataloguePagesIT {

    @LocalServerPort
    int port;

    @Test
    void aResidentSearchesTheGuideReadsAnItemAndPrintsAPolicySheet() {
        Http jumin = Http.as(port, "jumin");
        String found = jumin.get("/services/items?q=社保卡").body();
        assertThat(found).contains("社会保障卡申领").contains("可代办").doesNotContain("耕地地力保护补贴");
        long id = jumin.get("/api/v1/services/items?q=SBK-SL").json().get("items").get(0).get("id").asLong();
        String item = jumin.get("/services/items/" + id).body();
        assertThat(item).contains("法定时限 10 个工作日").contains("免费").contains("县人力资源和社会保障局")
                .contains("近期一寸白底免冠照片").contains("/services/requests/new?item=" + id)
                .doesNotContain("id=\"manage\"");
        String bundle = jumin.get("/services/items?kind=BUNDLE").body();
        assertThat(bundle).contains("新生儿出生一件事").doesNotContain("社会保障卡申领");
        String list = jumin.get("/services/policies").body();
        assertThat(list).contains("高龄津贴怎么领").contains("遇到急难事");
        long sheet = jumin.get("/api/v1/services/policies?topic=高龄津贴").json().get("items").get(0).get("id").asLong();
        String page = jumin.get("/services/policies/" + sheet).body();
        assertThat(page).contains("policy-sheet").contains("services-catalogue.css").contains("高龄津贴申领")
                .contains("第 2 版");
        // a resident reads the version in force; the county's staff read the whole history
        assertThat(jumin.get("/services/policies/" + sheet + "/history").body()).contains("第 2 版 · 现行")
                .doesNotContain("第 1 版");
        assertThat(Http.as(port, "admin").get("/services/policies/" + sheet + "/history").body())
                .contains("第 1 版 · 已被新版本替代");
        assertThat(jumin.get("/services/catalogue").status()).isEqualTo(403);
    }

    @Test
    void staffWriteAnItemOnTheManagePageAndAMistakeKeepsWhatWasTyped() {
        Http gucheng = Http.as(port, "gucheng");
        assertThat(gucheng.get("/services/catalogue").body()).contains("事项清单管理").contains("JSJT-FZ");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "ITEM");
        form.put("code", "PG-" + System.nanoTime() % 100_000);
        form.put("name", "页面测试事项");
        form.put("territoryCode", "530326001");
        form.put("officeName", "古城街道社会事务办公室");
        form.put("materials", "居民身份证\n户口簿");
        form.put("timeLimitDays", "400");
        form.put("fee", "0");
        form.put("agencyAllowed", "true");
        var refused = gucheng.postForm("/services/catalogue", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("0 到 365").contains("页面测试事项").contains("户口簿");
        form.put("timeLimitDays", "7");
        var saved = gucheng.postForm("/services/catalogue", form);
        assertThat(saved.status()).isEqualTo(302);
        String itemPath = saved.location().replaceAll("^https?://[^/]+", "");
        assertThat(gucheng.get(itemPath).body()).contains("草稿").contains("发布第 1 版");
        assertThat(gucheng.postForm(itemPath + "/publish", Map.of()).status()).isEqualTo(302);
        assertThat(Http.as(port, "jumin").get(itemPath).body()).contains("法定时限 7 个工作日");
        assertThat(gucheng.get(itemPath + "/edit").body()).contains("修改事项（保存为新版本草稿）");
        assertThat(gucheng.get("/services/policies/new").body()).contains("新建政策一页通");
    }

    @Test
    void staffPublishAPolicySheetOnItsPageAndWithdrawItWhenItNoLongerHolds() {
        Http gucheng = Http.as(port, "gucheng");
        String title = "页面测试政策" + System.nanoTime() % 100_000;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("territoryCode", "530326001");
        form.put("title", title);
        form.put("topic", "测试");
        form.put("body", "第一段\n第二段");
        form.put("items", "没有这个编码");
        form.put("publisher", "古城街道");
        var refused = gucheng.postForm("/services/policies", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("没有已发布的事项编码").contains(title).contains("第二段");
        form.put("items", "");
        var saved = gucheng.postForm("/services/policies", form);
        assertThat(saved.status()).isEqualTo(302);
        String sheetPath = saved.location().replaceAll("^https?://[^/]+", "");
        assertThat(gucheng.postForm(sheetPath + "/publish", Map.of()).status()).isEqualTo(302);
        assertThat(gucheng.get(sheetPath).body()).contains("withdraw-sheet");
        assertThat(Http.as(port, "jumin").get("/services/policies").body()).contains(title);
        // another town's staff cannot withdraw it; its own staff can, and residents no longer see it
        assertThat(Http.as(port, "yiche").postForm(sheetPath + "/withdraw", Map.of()).status()).isIn(403, 404);
        assertThat(Http.as(port, "jumin").postForm(sheetPath + "/withdraw", Map.of()).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").postForm(sheetPath + "/withdraw", Map.of()).status()).isEqualTo(403);
        var withdrawn = gucheng.postForm(sheetPath + "/withdraw", Map.of());
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(gucheng.get(sheetPath).body()).doesNotContain("withdraw-sheet").contains("已撤回");
        assertThat(Http.as(port, "jumin").get("/services/policies").body()).doesNotContain(title);
    }
}

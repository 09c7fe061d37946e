package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The staff pages of points and the store: forms that keep what was typed, the rules' versions, the statement. */
@AppTest
class PointsPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeedFormRefusedComesBackAsTypedAndOneAcceptedShowsOnTheVolunteersEntries() {
        PointsPeople people = new PointsPeople(port, identity, volunteers, events, transaction, jdbc);
        long v = people.volunteer(PointsPeople.TANGLANG, "页面测试志愿者");
        Http shequ = Http.as(port, "shequ");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "邻里互助");
        form.put("doneOn", "2020-01-01");
        form.put("note", "帮独居老人买菜");
        Http.Response refused = shequ.postForm("/volunteer/points/" + v + "/deeds", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("最近 31 天").contains("帮独居老人买菜").contains("value=\"2020-01-01\"");
        form.put("doneOn", "");
        assertThat(shequ.postForm("/volunteer/points/" + v + "/deeds", form).status()).isEqualTo(302);
        String page = shequ.get("/volunteer/points/" + v).body();
        assertThat(page).contains("帮独居老人买菜").contains("好人好事").contains("冲销原因");
        assertThat(shequ.get("/volunteer/points").body()).contains("页面测试志愿者");
    }

    @Test
    void aTownPublishesACommunitysRuleFromItsPageAndAMalformedDeedLineIsNamed() {
        Http gucheng = Http.as(port, "gucheng");
        String community = "530326001003";
        assertThat(gucheng.get("/volunteer/rules").body()).contains("现行规则").doesNotContain("发布新版本");
        assertThat(gucheng.get("/volunteer/rules?territory=" + community).body()).contains("发布新版本");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("territoryCode", community);
        form.put("perHour", "12");
        form.put("partyPerHour", "8");
        form.put("deeds", "垃圾分类 5 10\n文明劝导 五 10");
        form.put("note", "");
        Http.Response refused = gucheng.postForm("/volunteer/rules", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("第 2 行").contains("文明劝导 五 10");
        form.put("deeds", "垃圾分类 5 10\n文明劝导 5 10");
        assertThat(gucheng.postForm("/volunteer/rules", form).status()).isEqualTo(302);
        assertThat(gucheng.get("/volunteer/rules?territory=" + community).body()).contains("每小时 12 分").contains("本社区");
    }

    @Test
    void theStorePagesShowAChoiceAboveACommunityTheGoodsInItAndTheStatement() {
        assertThat(Http.as(port, "gucheng").get("/volunteer/store").body()).contains("堂琅社区");
        Http shequ = Http.as(port, "shequ");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("communityCode", PointsPeople.TANGLANG);
        form.put("name", "页面测试·肥皂");
        form.put("price", "三");
        form.put("stock", "2");
        Http.Response refused = shequ.postForm("/volunteer/store/goods", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("请填写整数").contains("页面测试·肥皂");
        form.put("price", "3");
        assertThat(shequ.postForm("/volunteer/store/goods", form).status()).isEqualTo(302);
        assertThat(shequ.get("/volunteer/store").body()).contains("页面测试·肥皂").contains("捐赠入库");
        assertThat(Http.as(port, "jumin").get("/volunteer/store").body()).contains("页面测试·肥皂").doesNotContain("上架新商品");
        assertThat(shequ.get("/volunteer/store/statement").body()).contains("页面测试·肥皂").contains("导出 Excel");
        assertThat(Http.as(port, "jumin").get("/volunteer/store/statement").body()).doesNotContain("导出 Excel");
    }
}

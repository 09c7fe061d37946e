package org.jiceng.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The mediation pages as each person sees them, signed in through the form; another town sees nothing. */
@AppTest
class MediationPagesIT {

    @LocalServerPort
    int port;

    Http page(String user) {
        Http http = Http.anonymous(port);
        assertThat(http.formLogin(user, Http.DEMO_PASSWORD).status()).isEqualTo(302);
        return http;
    }

    long demoAgreement() {
        JsonNode items = Http.as(port, "shequ").get("/api/v1/disputes?state=AGREED&limit=500").json().get("items");
        return items.valueStream().filter(d -> d.get("title").asString().equals("东风巷相邻通行纠纷")).findFirst()
                .orElseThrow().get("id").asLong();
    }

    @Test
    void theResidentSeesTheirOwnDisputeWithoutTheMediatorsForms() {
        long id = demoAgreement();
        Http jumin = page("jumin");
        assertThat(jumin.get("/").body()).contains("我的纠纷调解");
        var mine = jumin.get("/mediation");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("我的纠纷调解", "东风巷相邻通行纠纷").doesNotContain("锦绣小区");
        var dispute = jumin.get("/mediation/disputes/" + id);
        assertThat(dispute.status()).isEqualTo(200);
        assertThat(dispute.body()).contains("这是您作为当事人参与的纠纷调解", "138****1234", "查看并打印调解协议书")
                .doesNotContain("13800001234").doesNotContain("session-form").doesNotContain("记录回访");
        assertThat(jumin.get("/mediation/disputes/" + id + "/agreement").body()).contains("人民调解协议书", "拆除外扩部分院墙");
    }

    @Test
    void theCommunityCadreSeesTheDeskTheWorkbenchAndTheFigures() {
        Http shequ = page("shequ");
        assertThat(shequ.get("/").body()).contains("go-mediation");
        var desk = shequ.get("/mediation?risk=RED");
        assertThat(desk.body()).contains("装修工程欠薪纠纷").doesNotContain("东风巷相邻通行纠纷");
        assertThat(shequ.get("/mediation?state=NOPE").status()).isEqualTo(400);
        assertThat(shequ.get("/mediation/new").body()).contains("登记矛盾纠纷", "堂琅社区");
        long id = demoAgreement();
        assertThat(shequ.get("/mediation/disputes/" + id).body()).contains("记录回访", "办理经过");
        var stats = shequ.get("/mediation/stats");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body()).contains("调解成功率", "不上交率", "县矛盾纠纷联合调处中心");
        assertThat(page("bumen").get("/").body()).doesNotContain("go-mediation");
    }

    @Test
    void anotherTownGetsNoPageOfTheDispute() {
        long id = demoAgreement();
        Http yiche = page("yiche");
        assertThat(yiche.get("/mediation/disputes/" + id).status()).isEqualTo(404);
        assertThat(yiche.get("/mediation/disputes/" + id + "/agreement").status()).isEqualTo(404);
        assertThat(yiche.get("/mediation").body()).doesNotContain("东风巷相邻通行纠纷");
        assertThat(yiche.get("/mediation/stats?territory=530326001").status()).isEqualTo(403);
    }
}

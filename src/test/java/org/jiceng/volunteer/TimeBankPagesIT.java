package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The time-bank, honour and claim pages open for residents and staff, and a refused form says why. */
@AppTest
class TimeBankPagesIT {

    static final String TANGLANG = TimeBankPeople.TANGLANG;

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    @Test
    void aResidentOpensTheirAccountOnThePageAndSeesTheirBalance() {
        var member = new TimeBankPeople(port, identity, volunteers).resident("页面开户人");
        Http http = member.http();
        assertThat(http.get("/volunteer/time-bank").body()).contains("开立我的账户");
        var opened = http.postForm("/volunteer/time-bank/open", Map.of());
        assertThat(opened.status()).isEqualTo(302);
        var page = http.get(opened.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("余额 0 分钟").contains("登记为他人服务").contains("下载对账单");
        String account = opened.location().replaceFirst(".*/accounts/", "");
        var refused = http.postForm("/volunteer/time-bank/accounts/" + account + "/withdrawals",
                Map.of("minutes", "30", "beneficiary", "母亲", "description", "理发"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(http.get("/volunteer/time-bank/accounts/" + account).body()).contains("余额不足")
                .contains("value=\"母亲\"");
    }

    @Test
    void theHonourAndClaimPagesOpenForEveryoneWhoReadsThem() {
        for (String user : new String[] {"jumin", "shequ", "gucheng", "wangge", "admin", "jijian", "huzhang"}) {
            Http http = Http.as(port, user);
            assertThat(http.get("/volunteer/honours").status()).as(user).isEqualTo(200);
            assertThat(http.get("/volunteer/claims").status()).as(user).isEqualTo(200);
            assertThat(http.get("/volunteer/time-bank").status()).as(user).isEqualTo(200);
        }
        assertThat(Http.as(port, "shequ").get("/volunteer/honours").body()).contains("编制红榜").contains("记录黑榜决定");
        assertThat(Http.as(port, "jumin").get("/volunteer/honours").body()).doesNotContain("记录黑榜决定");
        assertThat(Http.as(port, "jumin").get("/volunteer/claims?village=" + TANGLANG).body()).contains("微心愿");
        assertThat(Http.as(port, "bumen").get("/volunteer/honours").status()).isEqualTo(403);
    }
}

package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The desk, a place's own scorecard, a figure's records and the forms, as a browser signed in reads them. */
@AppTest
class ScorecardPagesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    Http browser(String username) {
        Http browser = Http.anonymous(port);
        assertThat(browser.formLogin(username, Http.DEMO_PASSWORD).location()).doesNotContain("error");
        return browser;
    }

    @Test
    void theCountysDeskRanksTheTownsWithProgressAndTheFormulas() {
        Http.Response desk = browser("admin").get("/assessment/scores?quarter=2026-Q3");
        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.body()).contains("考核台", "进步分", "古城街道", "综合得分 = 100 × Σ得分", "rankings.pdf", "close-quarter");
        assertThat(browser("xuncha").get("/assessment/scores").body()).doesNotContain("close-quarter");
    }

    @Test
    void aVillagesStaffAreTakenToTheirOwnScorecardAndEachFigureOpensItsRecords() {
        Http shequ = browser("shequ");
        Http.Response desk = shequ.get("/assessment/scores");
        assertThat(desk.status()).isEqualTo(302);
        assertThat(desk.location()).endsWith("/assessment/scores/scorecards/530326001001");
        Http.Response card = shequ.get("/assessment/scores/scorecards/530326001001?period=2026-Q3");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).contains("堂琅社区", "综合得分", "计分规则");
        Matcher drill = Pattern.compile("href=\"(/assessment/scores/scorecards/530326001001/indicators/[0-9]+\\?period=2026-Q3)\"")
                .matcher(card.body());
        assertThat(drill.find()).isTrue();
        Http.Response records = shequ.get(drill.group(1).replace("&amp;", "&"));
        assertThat(records.status()).isEqualTo(200);
        assertThat(records.body()).contains("构成记录");
        assertThat(shequ.get("/assessment/scores/scorecards/530326001").status()).isEqualTo(404);
        assertThat(browser("yiche").get("/assessment/scores/scorecards/530326001001").status()).isEqualTo(404);
        assertThat(browser("jumin").get("/assessment/scores/scorecards/530326001001").status()).isEqualTo(403);
    }

    @Test
    void aRefusedIndicatorFormKeepsWhatWasTyped() {
        Http admin = browser("admin");
        Matcher csrf = CSRF.matcher(admin.get("/assessment/scores/indicators/new").body());
        assertThat(csrf.find()).isTrue();
        Http.Response refused = admin.postForm("/assessment/scores/indicators", Map.of("name", "页面测试指标",
                "source", "RESPONSE_RATE", "level", "VILLAGE", "period", "QUARTER", "direction", "HIGHER",
                "target", "九十", "weight", "10", "_csrf", csrf.group(1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("目标值须为数字", "页面测试指标", "九十");
    }

    @Test
    void aValueEnteredOnThePageAwaitsItsTownsReview() {
        long indicator = ScorecardApiIT.indicator(port, ScorecardApiIT.unique("页面填报"), "ENTERED", "VILLAGE", "90")
                .get("id").asLong();
        Http shequ = browser("shequ");
        Matcher csrf = CSRF.matcher(shequ.get("/assessment/scores/values/new").body());
        assertThat(csrf.find()).isTrue();
        Http.Response entered = shequ.postForm("/assessment/scores/values", Map.of("indicatorId", String.valueOf(indicator),
                "subject", "530326001001", "period", "2022-Q1", "value", "91", "evidence", "照片见附件", "_csrf", csrf.group(1)));
        assertThat(entered.status()).isEqualTo(302);
        String page = entered.location().replaceFirst("^https?://[^/]+", "");
        assertThat(shequ.get(page).body()).contains("待审核", "evidence-form").doesNotContain("review-form");
        Http gucheng = browser("gucheng");
        String body = gucheng.get(page).body();
        assertThat(body).contains("review-form");
        Matcher token = CSRF.matcher(body);
        assertThat(token.find()).isTrue();
        assertThat(gucheng.postForm(page + "/review", Map.of("decision", "ACCEPT", "note", "", "_csrf", token.group(1)))
                .status()).isEqualTo(302);
        assertThat(gucheng.get(page).body()).contains("已通过");
    }
}

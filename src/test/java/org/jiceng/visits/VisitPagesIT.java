package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.internal.HouseholdProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The visit form as a grid worker sends it from the phone's browser: saved once, or shown again as typed. */
@AppTest
class VisitPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    HouseholdProjection projection;
    @Autowired
    TerritoryApi territory;
    @Autowired
    IdentityApi identity;
    @Autowired
    JdbcClient jdbc;

    VisitFixture fixture;
    GridView grid;

    @BeforeEach
    void households() {
        fixture = new VisitFixture(projection, territory, identity, jdbc);
        fixture.households();
        grid = fixture.grids().getFirst();
    }

    static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    Map<String, String> form(String page, long household, String found, String visitedAt) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", field(page, "_csrf"));
        form.put("clientId", field(page, "clientId"));
        form.put("householdId", String.valueOf(household));
        form.put("kind", "HOME");
        form.put("found", found);
        form.put("requests", "想办理高龄补贴\n院门口积水");
        form.put("visitedAt", visitedAt);
        return form;
    }

    @Test
    void theFormSavesAVisitOnceEvenWhenSentTwiceAndShowsItsPage() {
        Http browser = Http.anonymous(port);
        browser.formLogin("wangge", Http.DEMO_PASSWORD);
        String page = browser.get("/visits/log").body();
        assertThat(page).contains("记录走访").contains("用当前位置");
        long household = fixture.household(grid, 10);
        Map<String, String> form = form(page, household, "老人独居，身体尚可", "");
        var saved = browser.postForm("/visits/log", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        var again = browser.postForm("/visits/log", form);
        assertThat(again.location()).isEqualTo(saved.location());
        assertThat(fixture.visitsWithClientId(form.get("clientId"))).isEqualTo(1);
        String visit = browser.get(saved.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(visit).contains("老人独居，身体尚可").contains("想办理高龄补贴").contains("立案").contains("转矛盾调解")
                .contains("调整帮扶计划");
        assertThat(browser.get("/visits").body()).contains("老人独居，身体尚可");
    }

    @Test
    void aRefusedVisitComesBackAs400WithWhatWasTypedAndTheErrorBesideTheTime() {
        Http browser = Http.anonymous(port);
        browser.formLogin("wangge", Http.DEMO_PASSWORD);
        String page = browser.get("/visits/log").body();
        Map<String, String> form = form(page, fixture.household(grid, 11), "要保留的走访发现", "2020-01-01T09:00");
        var refused = browser.postForm("/visits/log", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("要保留的走访发现").contains("院门口积水").contains("30 天以内")
                .contains("visited-at-error");
        assertThat(fixture.visitsWithClientId(form.get("clientId"))).isZero();
    }
}

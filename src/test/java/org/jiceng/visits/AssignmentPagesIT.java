package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.visits.AssignmentFixtures.SECOND_GRID;
import static org.jiceng.visits.AssignmentFixtures.TANGLANG;

import java.util.Map;
import java.util.regex.Pattern;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 包保 page: the chain, gaps and form for staff; who is responsible for them for a resident. */
@AppTest
class AssignmentPagesIT {

    @LocalServerPort
    int port;

    Http page(String user) {
        Http http = Http.anonymous(port);
        assertThat(http.formLogin(user, Http.DEMO_PASSWORD).status()).isEqualTo(302);
        return http;
    }

    static String csrf(String html) {
        return Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html).results().findFirst()
                .orElseThrow().group(1);
    }

    @Test
    void communityStaffSeeTheChainTheGapsTheMapAndTheForm() {
        Http shequ = page("shequ");
        assertThat(shequ.get("/").body()).contains("go-assignments");
        var page = shequ.get("/visits/assignments?territory=" + TANGLANG);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("的包保链").contains("空档").contains("assignment-map").contains("assignment-form")
                .contains("导出 Excel").contains("户长");
    }

    @Test
    void aRefusedAssignmentIsShownBesideItsFieldWithWhatWasTyped() {
        Http shequ = page("shequ");
        String form = shequ.get("/visits/assignments").body();
        var refused = shequ.postForm("/visits/assignments", Map.of("_csrf", csrf(form), "level", "GROUP",
                "territoryCode", SECOND_GRID, "holderKind", "ACCOUNT", "holderId", "1", "holderTitle", "社区两委委员（测试）",
                "startsOn", "三月一日"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("年-月-日").contains("社区两委委员（测试）").contains("三月一日");
    }

    @Test
    void aResidentSeesWhoIsResponsibleForThemAndNoTree() {
        Http jumin = page("jumin");
        assertThat(jumin.get("/").body()).contains("谁在包保我家");
        var page = jumin.get("/visits/assignments");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("谁在包保我家").doesNotContain("的包保链").doesNotContain("assignment-form");
    }

    @Test
    void aDepartmentHasNoSuchPage() {
        Http bumen = page("bumen");
        assertThat(bumen.get("/").body()).doesNotContain("go-assignments");
        assertThat(bumen.get("/visits/assignments").status()).isEqualTo(403);
    }
}

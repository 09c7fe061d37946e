package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The membership pages as a signed-in browser gets them: the branch secretary's, and a resident's plaque list. */
@AppTest
class MembershipPagesIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    Http signedIn(String username) {
        Http browser = Http.anonymous(port);
        browser.formLogin(username, Http.DEMO_PASSWORD);
        return browser;
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theBranchSecretaryFindsAMemberAndAppliesForATransferKeepingWhatWasTypedOnAMistake() {
        Http shuji = signedIn("shuji");
        assertThat(shuji.get("/").body()).contains("id=\"go-membership\"");
        long member = MembershipTestMembers.admit(Http.as(port, "shuji"), Http.as(port, "admin"), TANGLANG,
                MembershipTestMembers.branchOf(Http.as(port, "dangjian"), TANGLANG));
        String list = shuji.get("/party/membership").body();
        assertThat(list).contains("id=\"members\"").contains("导出 Excel");
        String page = shuji.get("/party/membership/members/" + member).body();
        assertThat(page).contains("申请转出").contains("id=\"transfer-form\"");

        var mistaken = shuji.postForm("/party/membership/members/" + member + "/transfers",
                Map.of("_csrf", csrf(page), "toOrganisationId", "", "toOutside", "", "reason", "随子女迁居"));
        assertThat(mistaken.status()).isEqualTo(400);
        assertThat(mistaken.body()).contains("二者选一").contains("value=\"随子女迁居\"");

        var applied = shuji.postForm("/party/membership/members/" + member + "/transfers",
                Map.of("_csrf", csrf(page), "toOrganisationId", "", "toOutside", "中共昆明市五华区某党支部", "reason", ""));
        assertThat(applied.status()).isEqualTo(302);
        assertThat(shuji.get("/party/membership/members/" + member).body()).contains("中共昆明市五华区某党支部");
        assertThat(shuji.get("/party/membership/transfers").body()).contains("id=\"transfers\"").contains("转出");
        assertThat(shuji.get("/party/membership/flowing").body()).contains("id=\"migrant-form\"");
        assertThat(shuji.get("/party/membership/central-households").status()).isEqualTo(200);
    }

    @Test
    void aResidentOpensTheirCommunitysPlaqueListButNoMemberPages() {
        Http jumin = signedIn("jumin");
        assertThat(jumin.get("/").body()).contains("id=\"go-central-board\"").doesNotContain("id=\"go-membership\"");
        var board = jumin.get("/party/central-households/board");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("党员中心户挂牌名单");
        assertThat(jumin.get("/party/membership").status()).isEqualTo(403);
        assertThat(jumin.get("/party/membership/central-households").status()).isEqualTo(403);
    }
}

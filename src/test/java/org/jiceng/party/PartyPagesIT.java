package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The party pages as a signed-in browser gets them. */
@PartyAppTest
class PartyPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http signedIn(String username) {
        Http browser = Http.anonymous(port);
        browser.formLogin(username, Http.DEMO_PASSWORD);
        return browser;
    }

    @Test
    void thePartyAdministratorsHomeLeadsToTheTreeWhichOpensAtTheCountyCommittee() {
        Http dangjian = signedIn("dangjian");
        assertThat(dangjian.get("/").body()).contains("党组织与党员").contains("href=\"/party\"");
        String tree = dangjian.get("/party").body();
        assertThat(tree).contains("中共会泽县委员会").contains("中共古城街道工作委员会").contains("中共迤车镇委员会")
                .contains("hx-get=\"/party/tree/").contains("本周入党生日");
    }

    @Test
    void aResidentsHomeHasNoPartyCardAndTheirTreeNoAnniversaries() {
        Http jumin = signedIn("jumin");
        assertThat(jumin.get("/").body()).doesNotContain("党组织与党员");
        var tree = jumin.get("/party");
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body()).contains("堂琅社区党总支").doesNotContain("本周入党生日");
        assertThat(jumin.get("/party/anniversaries").status()).isEqualTo(403);
    }

    @Test
    void aBranchOpensInPlaceWithItsChildren() {
        long town = jdbc.sql("select id from party.organisation where name = '中共古城街道工作委员会'").query(Long.class).single();
        String fragment = signedIn("gucheng").get("/party/tree/" + town).body();
        assertThat(fragment).startsWith("<ul class=\"tree\"").contains("堂琅社区党总支").doesNotContain("<html");
    }

    @Test
    void anOrganisationsPageListsItsChildrenAndMembers() {
        long general = jdbc.sql("select id from party.organisation where name = '堂琅社区党总支'").query(Long.class).single();
        String page = signedIn("gucheng").get("/party/organisations/" + general).body();
        assertThat(page).contains("堂琅社区党总支").contains("堂琅社区第一党支部").contains("id=\"members\"")
                .contains("中共古城街道工作委员会"); // the breadcrumb up to the town, which gucheng may see
        assertThat(signedIn("shequ").get("/party/organisations/" + general).body())
                .doesNotContain("中共古城街道工作委员会"); // but a village official may not
        String memberName = jdbc.sql("""
                        select m.name from party.member m join party.organisation o on o.id = m.organisation_id
                        where m.territory_code like '530326001001%' and not m.in_service order by m.id limit 1""")
                .query(String.class).single();
        assertThat(page).contains(memberName);
    }

    @Test
    void thePostsOfAVillageShowTheThreeHeadsBuildingHeadsAndGridWorkers() {
        String page = signedIn("shequ").get("/party/posts").body();
        assertThat(page).contains("堂琅社区居民委员会").contains("片长").contains("组长").contains("邻长")
                .contains("政务楼长").contains("居务楼长").contains("网格员").contains("堂琅社区第1网格");
        String choices = signedIn("gucheng").get("/party/posts").body();
        assertThat(choices).contains("/party/posts?village=530326001001").doesNotContain("530326103");
        assertThat(signedIn("gucheng").get("/party/posts?village=53032600100").status()).isEqualTo(400);
    }

    @Test
    void theAnniversariesOfTheWeekAreListedByDay() {
        String page = signedIn("shequ").get("/party/anniversaries").body();
        assertThat(page).contains("本周入党生日").contains("周年").containsPattern("\\d+月\\d+日 周[一二三四五六日]");
    }
}

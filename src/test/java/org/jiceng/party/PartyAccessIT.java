package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who reads and writes which party data, role by role, as the permission policy says. */
@PartyAppTest
class PartyAccessIT {

    static final String TANGLANG = FakePeople.TANGLANG;
    static final String YICHE = "530326103";

    @LocalServerPort
    int port;

    @Test
    void aDepartmentReadsNoPartyDataAtAll() {
        Http bumen = Http.as(port, "bumen");
        for (String path : new String[] {"/api/v1/party/posts", "/api/v1/party/posts?territory=" + YICHE,
                "/api/v1/party/organisations", "/api/v1/party/members", "/api/v1/party/anniversaries",
                "/api/v1/party/dual-registrations"}) {
            var answer = bumen.get(path);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.detail()).as(path).startsWith("您没有查看");
        }
        Http page = Http.anonymous(port);
        page.formLogin("bumen", Http.DEMO_PASSWORD);
        assertThat(page.get("/party/posts").status()).isEqualTo(403);
        assertThat(page.get("/party").status()).isEqualTo(403);
    }

    @Test
    void aResidentReadsTheOrganisationsAndPostsOfTheirOwnCommunityOnly() {
        Http jumin = Http.as(port, "jumin");
        JsonNode posts = jumin.get("/api/v1/party/posts?limit=500").json().get("items");
        assertThat(posts.size()).isPositive();
        assertThat(posts.valueStream().map(p -> p.get("territoryCode").asString())).allMatch(c -> c.startsWith(TANGLANG));
        assertThat(posts.get(0).propertyNames()).doesNotContain("phone", "contact");
        assertThat(jumin.get("/api/v1/party/posts?territory=" + YICHE).status()).isEqualTo(403);
        JsonNode organisations = jumin.get("/api/v1/party/organisations?limit=500").json().get("items");
        assertThat(organisations.size()).isPositive();
        assertThat(organisations.valueStream().map(o -> o.get("territoryCode").asString()))
                .allMatch(c -> c.startsWith(TANGLANG));
        long yiche = PartyApiIT.organisationNamed(Http.as(port, "yiche"), YICHE, "中共迤车镇委员会").get("id").asLong();
        assertThat(jumin.get("/api/v1/party/organisations/" + yiche).status()).isEqualTo(404);
    }

    @Test
    void anOrganisationReadByAResidentCarriesNoMemberCount() {
        Http jumin = Http.as(port, "jumin");
        long id = jumin.get("/api/v1/party/organisations?limit=1").json().get("items").get(0).get("id").asLong();
        JsonNode detail = jumin.get("/api/v1/party/organisations/" + id).json();
        assertThat(detail.get("members").isNull()).isTrue();
    }

    @Test
    void thePartyAdministratorAndTheAuditorReadMembersAndRegistrationsCountyWide() {
        for (String user : new String[] {"dangjian", "jijian", "admin"}) {
            Http http = Http.as(port, user);
            assertThat(http.get("/api/v1/party/members?territory=" + YICHE).status()).as(user).isEqualTo(200);
            assertThat(http.get("/api/v1/party/dual-registrations?territory=" + YICHE).status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void theAuditorAndTheCountyAdministratorWriteNoPartyRecords() {
        String body = "{\"kind\": \"ZU_ZHANG\", \"territoryCode\": \"%s001\", \"holderName\": \"张三\"}".formatted(TANGLANG);
        for (String user : new String[] {"jijian", "admin", "wangge", "bumen"}) {
            var answer = Http.as(port, user).postJson("/api/v1/party/posts", body);
            assertThat(answer.status()).as(user).isEqualTo(403);
            assertThat(answer.detail()).as(user).contains("党组织管理员");
        }
    }

    @Test
    void thePartyAdministratorAndTheVillageCommitteeAssignPostsWhereTheyWork() {
        String body = "{\"kind\": \"LIN_ZHANG\", \"territoryCode\": \"%s001\", \"area\": \"第2组第1邻\", \"holderName\": \"李四\"}"
                .formatted(TANGLANG);
        assertThat(Http.as(port, "dangjian").postJson("/api/v1/party/posts", body).status()).isEqualTo(201);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/party/posts", body).status()).isEqualTo(201);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/posts", body).status()).isEqualTo(403);
    }
}

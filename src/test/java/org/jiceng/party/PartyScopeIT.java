package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.Beijing;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 古城街道's official must never read 迤车镇's party organisations, members, posts or 双报到, through any
 * endpoint or page, nor write there; 迤车镇's own official can do all of it.
 */
@PartyAppTest
class PartyScopeIT {

    static final String YICHE = "530326103";
    static final String VILLAGE = FakePeople.YICHE_VILLAGE;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long organisation;
    String organisationName;
    long member;
    String memberName;
    long group;
    long registration;

    @BeforeEach
    void findYichesRecords() {
        Http yiche = Http.as(port, "yiche");
        JsonNode committee = PartyApiIT.organisationNamed(yiche, YICHE, "中共迤车镇委员会");
        organisation = committee.get("id").asLong();
        organisationName = committee.get("name").asString();
        JsonNode first = yiche.get("/api/v1/party/members?territory=" + VILLAGE + "&limit=500").json().get("items")
                .valueStream().filter(m -> !m.get("inService").asBoolean()).findFirst().orElseThrow();
        member = first.get("id").asLong();
        memberName = first.get("name").asString();
        group = first.get("organisationId").asLong();
        registration = jdbc.sql("select id from party.dual_registration where community_code = :c order by id limit 1")
                .param("c", VILLAGE).query(Long.class).optional()
                .orElseGet(() -> yiche.postJson("/api/v1/party/dual-registrations", """
                        {"communityCode": "%s", "unitName": "迤车镇卫生院党支部"}""".formatted(VILLAGE))
                        .json().get("id").asLong());
    }

    @Test
    void yichesOwnOfficialReadsAndWritesThem() {
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/party/organisations?territory=" + YICHE).status()).isEqualTo(200);
        assertThat(yiche.get("/api/v1/party/organisations/" + organisation).status()).isEqualTo(200);
        assertThat(yiche.get("/api/v1/party/organisations?parent=" + organisation).json().get("items").size()).isPositive();
        assertThat(yiche.get("/api/v1/party/organisations/" + group + "/members").json().get("items").size()).isPositive();
        assertThat(yiche.get("/api/v1/party/members/" + member).json().get("name").asString()).isEqualTo(memberName);
        assertThat(yiche.get("/api/v1/party/members?territory=" + YICHE).status()).isEqualTo(200);
        assertThat(yiche.get("/api/v1/party/anniversaries?territory=" + YICHE).json().get("items").size()).isPositive();
        assertThat(yiche.get("/api/v1/party/posts?territory=" + VILLAGE).json().get("items").size()).isPositive();
        assertThat(yiche.get("/api/v1/party/dual-registrations/" + registration).status()).isEqualTo(200);
        assertThat(yiche.get("/api/v1/party/dual-registrations?territory=" + VILLAGE).status()).isEqualTo(200);
        assertThat(yiche.postJson("/api/v1/party/posts", """
                {"kind": "PIAN_ZHANG", "territoryCode": "%s", "area": "东片", "holderName": "李建国"}""".formatted(VILLAGE))
                .status()).isEqualTo(201);
        assertThat(yiche.postJson("/api/v1/party/dual-registrations/" + registration + "/services", serviceBody())
                .status()).isEqualTo(201);
    }

    @Test
    void guchengCannotListYichesOrganisationsMembersPostsOrRegistrations() {
        Http gucheng = Http.as(port, "gucheng");
        for (String path : new String[] {
                "/api/v1/party/organisations?territory=" + YICHE,
                "/api/v1/party/members?territory=" + YICHE,
                "/api/v1/party/anniversaries?territory=" + YICHE,
                "/api/v1/party/posts?territory=" + VILLAGE,
                "/api/v1/party/dual-registrations?territory=" + VILLAGE}) {
            var answer = gucheng.get(path);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.detail()).contains("不在您的辖区内");
            assertThat(answer.body()).doesNotContain(memberName).doesNotContain(organisationName);
        }
    }

    @Test
    void guchengCannotReadOneOfYichesRecords() {
        Http gucheng = Http.as(port, "gucheng");
        for (String path : new String[] {
                "/api/v1/party/organisations/" + organisation,
                "/api/v1/party/organisations?parent=" + organisation,
                "/api/v1/party/organisations/" + group + "/members",
                "/api/v1/party/members/" + member,
                "/api/v1/party/dual-registrations/" + registration}) {
            var answer = gucheng.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(memberName).doesNotContain(organisationName);
        }
    }

    @Test
    void guchengsCountyWideListsHoldOnlyItsOwn() {
        Http gucheng = Http.as(port, "gucheng");
        String organisations = gucheng.get("/api/v1/party/organisations?territory=530326&limit=500").body();
        assertThat(organisations).contains("中共古城街道工作委员会").doesNotContain("迤车").doesNotContain("\"530326103");
        assertThat(gucheng.get("/api/v1/party/members?limit=500").body()).doesNotContain("\"530326103");
        assertThat(gucheng.get("/api/v1/party/anniversaries?limit=500").body()).doesNotContain("\"530326103");
        assertThat(gucheng.get("/api/v1/party/posts?limit=500").body()).doesNotContain("\"530326103");
    }

    @Test
    void guchengCannotWriteIntoYiche() {
        Http gucheng = Http.as(port, "gucheng");
        long resident = jdbc.sql("select max(resident_id) + 1 from party.member where territory_code like :v || '%'")
                .param("v", VILLAGE).query(Long.class).single();
        var admit = gucheng.postJson("/api/v1/party/members", """
                {"residentId": %d, "organisationId": %d, "joinedOn": "2010-07-01"}""".formatted(resident, group));
        assertThat(admit.status()).isEqualTo(404);
        assertThat(admit.detail()).contains("不在您的辖区内");
        var post = gucheng.postJson("/api/v1/party/posts", """
                {"kind": "ZU_ZHANG", "territoryCode": "%s001", "holderName": "张三"}""".formatted(VILLAGE));
        assertThat(post.status()).isEqualTo(403);
        var register = gucheng.postJson("/api/v1/party/dual-registrations", """
                {"communityCode": "%s", "unitName": "县财政局机关党支部"}""".formatted(VILLAGE));
        assertThat(register.status()).isEqualTo(403);
        var service = gucheng.postJson("/api/v1/party/dual-registrations/" + registration + "/services", serviceBody());
        assertThat(service.status()).isEqualTo(404);
        var change = gucheng.putJson("/api/v1/party/members/" + member, "{\"version\": 0, \"centralHousehold\": true}");
        assertThat(change.status()).isEqualTo(404);
        assertThat(change.body()).doesNotContain(memberName);
    }

    @Test
    void guchengCannotRegisterYichesResidentIntoItsOwnBranch() {
        long yicheResident = jdbc.sql("select resident_id from party.member where id = :m").param("m", member)
                .query(Long.class).single() + 1;
        long guchengGroup = jdbc.sql("select id from party.organisation where kind = 'GRID_GROUP' "
                + "and territory_code like '530326001%' order by id limit 1").query(Long.class).single();
        var admit = Http.as(port, "gucheng").postJson("/api/v1/party/members", """
                {"residentId": %d, "organisationId": %d, "joinedOn": "2010-07-01"}""".formatted(yicheResident, guchengGroup));
        assertThat(admit.status()).isEqualTo(404);
        assertThat(admit.detail()).contains("居民");
    }

    @Test
    void guchengCannotOpenYichesPages() {
        Http browser = Http.anonymous(port);
        browser.formLogin("gucheng", Http.DEMO_PASSWORD);
        var tree = browser.get("/party");
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body()).contains("中共古城街道工作委员会").doesNotContain("迤车");
        for (String path : new String[] {"/party/organisations/" + organisation, "/party/tree/" + organisation,
                "/party/organisations/" + group}) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).doesNotContain(organisationName).doesNotContain(memberName);
        }
        var posts = browser.get("/party/posts?village=" + VILLAGE);
        assertThat(posts.status()).isEqualTo(403);
        assertThat(posts.body()).contains("不在您的辖区内");
        var anniversaries = browser.get("/party/anniversaries?territory=" + YICHE);
        assertThat(anniversaries.status()).isEqualTo(403);
        assertThat(anniversaries.body()).doesNotContain(memberName);
    }

    @Test
    void aResidentReadsNoMembers() {
        Http jumin = Http.as(port, "jumin");
        for (String path : new String[] {"/api/v1/party/members", "/api/v1/party/anniversaries",
                "/api/v1/party/dual-registrations", "/api/v1/party/members/" + member}) {
            var answer = jumin.get(path);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.detail()).startsWith("您没有查看").contains("党组织管理员");
        }
        assertThat(jumin.get("/api/v1/party/posts").status()).isEqualTo(200);
    }

    private static String serviceBody() {
        return "{\"servedOn\": \"%s\", \"minutes\": 60, \"description\": \"参加环境卫生整治\"}"
                .formatted(Beijing.today(Beijing.systemClock()));
    }
}

package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Scope;
import org.jiceng.party.internal.JoinAnniversary;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The reads of the party API on the demo county: organisations, members and this week's 入党生日. */
@PartyAppTest
class PartyApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountysTreeStartsWithTheCountyCommittee() {
        JsonNode page = Http.as(port, "dangjian").get("/api/v1/party/organisations?territory=530326&limit=50").json();
        JsonNode root = page.get("items").get(0);
        assertThat(root.get("name").asString()).isEqualTo("中共会泽县委员会");
        assertThat(root.get("parentId").isNull()).isTrue();
        assertThat(root.get("level").asString()).isEqualTo("COMMITTEE");
        assertThat(root.get("levelName").asString()).isEqualTo("党委");
        assertThat(Cursor.id(page.get("next").asString()).id()).isEqualTo(50);
    }

    @Test
    void aTownsCommitteeHasTheVillagesOrganisationsBelowIt() {
        Http dangjian = Http.as(port, "dangjian");
        JsonNode town = organisationNamed(dangjian, "530326001", "中共古城街道工作委员会");
        Set<String> names = new HashSet<>();
        String after = "";
        int pages = 0;
        do {
            JsonNode page = dangjian.get("/api/v1/party/organisations?parent=" + town.get("id").asLong() + "&limit=5"
                    + (after.isEmpty() ? "" : "&after=" + after)).json();
            page.get("items").forEach(o -> {
                assertThat(names.add(o.get("name").asString())).isTrue();
                assertThat(o.get("parentId").asLong()).isEqualTo(town.get("id").asLong());
            });
            after = page.get("next").isNull() ? "" : page.get("next").asString();
            pages++;
        } while (!after.isEmpty());
        assertThat(pages).isGreaterThan(1);
        assertThat(names).contains("堂琅社区党总支", "古城街道非公企业联合党支部", "古城街道矛盾纠纷调处中心临时党支部");
    }

    @Test
    void everyKindOfOrganisationIsThere() {
        Set<String> kinds = new HashSet<>();
        jdbc.sql("select distinct kind from party.organisation").query(String.class).list().forEach(kinds::add);
        assertThat(kinds).containsExactlyInAnyOrder(java.util.Arrays.stream(OrganisationKind.values()).map(Enum::name)
                .toArray(String[]::new));
        JsonNode functional = organisationNamed(Http.as(port, "shequ"), "530326001001", "堂琅社区环境治理型党小组");
        assertThat(functional.get("kindName").asString()).isEqualTo("功能型");
        assertThat(functional.get("focus").asString()).isEqualTo("环境治理");
    }

    @Test
    void anOrganisationsDetailCountsItsChildrenAndMembersBelowIt() {
        Http shequ = Http.as(port, "shequ");
        long id = organisationNamed(shequ, "530326001001", "堂琅社区党总支").get("id").asLong();
        JsonNode detail = shequ.get("/api/v1/party/organisations/" + id).json();
        assertThat(detail.get("levelName").asString()).isEqualTo("党总支");
        assertThat(detail.get("children").asLong()).isBetween(2L, 3L);
        long members = detail.get("members").asLong();
        assertThat(members).isPositive();

        JsonNode listed = shequ.get("/api/v1/party/organisations/" + id + "/members?limit=500").json();
        assertThat(listed.get("items").size()).isEqualTo((int) members);
        listed.get("items").forEach(m -> assertThat(m.get("territoryCode").asString()).startsWith("530326001001"));
    }

    @Test
    void aResidentSeesOrganisationsButNoMemberCount() {
        Http jumin = Http.as(port, "jumin");
        JsonNode organisation = organisationNamed(jumin, "530326001001", "堂琅社区党总支");
        assertThat(jumin.get("/api/v1/party/organisations/" + organisation.get("id").asLong()).json().get("members")
                .isNull()).isTrue();
    }

    @Test
    void aMemberReadsWithStatusAndProbationEnd() {
        Http admin = Http.as(port, "admin");
        JsonNode first = admin.get("/api/v1/party/members?territory=530326001001&limit=1").json().get("items").get(0);
        JsonNode member = admin.get("/api/v1/party/members/" + first.get("id").asLong()).json();
        assertThat(member.get("name").asString()).isEqualTo(first.get("name").asString());
        LocalDate joined = LocalDate.parse(member.get("joinedOn").asString());
        assertThat(member.get("fullOn").asString()).isEqualTo(joined.plusYears(1).toString());
        assertThat(member.get("statusName").asString()).isIn("正式党员", "预备党员");
        assertThat(member.get("organisationName").asString()).isNotBlank();
    }

    @Test
    void aboutThreePercentOfTheResidentsAreMembersWithTheDemoShares() {
        // the demo's members were written in one transaction, so they share its created_at; other tests add more
        String seeded = "created_at = (select min(created_at) from party.member)";
        long members = jdbc.sql("select count(*) from party.member where " + seeded).query(Long.class).single();
        long residents = 0;
        for (String village : new String[] {FakePeople.TANGLANG, FakePeople.YICHE_VILLAGE}) {
            residents += jdbc.sql("select count(*) from territory.grid where village_code = :v").param("v", village)
                    .query(Long.class).single() * FakePeople.PER_GRID;
        }
        assertThat(members).isEqualTo(Math.round(residents * 0.03));
        assertThat(jdbc.sql("select count(*) from party.member where in_service and " + seeded).query(Long.class).single())
                .isEqualTo(Math.round(members * 0.15));
        assertThat(jdbc.sql("select count(*) from party.dual_registration").query(Long.class).single()).isPositive();
    }

    @Test
    void thisWeeksAnniversariesAreInTheWeekAndAtLeastAYear() {
        JsonNode page = Http.as(port, "shequ").get("/api/v1/party/anniversaries").json();
        assertThat(page.get("items").size()).isPositive();
        LocalDate monday = JoinAnniversary.mondayOf(Beijing.today(Beijing.systemClock()));
        LocalDate previous = monday;
        for (JsonNode a : page.get("items")) {
            LocalDate date = LocalDate.parse(a.get("date").asString());
            assertThat(date).isBetween(monday, monday.plusDays(6)).isAfterOrEqualTo(previous);
            previous = date;
            LocalDate joined = LocalDate.parse(a.get("joinedOn").asString());
            assertThat(a.get("years").asInt()).isEqualTo(date.getYear() - joined.getYear()).isPositive();
            assertThat(a.get("territoryCode").asString()).startsWith("530326001001");
        }
    }

    @Test
    void anniversariesPageByDateAndId() {
        Http admin = Http.as(port, "admin");
        int all = admin.get("/api/v1/party/anniversaries?limit=500").json().get("items").size();
        Set<Long> seen = new HashSet<>();
        String after = "";
        do {
            JsonNode page = admin.get("/api/v1/party/anniversaries?limit=1"
                    + (after.isEmpty() ? "" : "&after=" + after)).json();
            page.get("items").forEach(a -> assertThat(seen.add(a.get("memberId").asLong())).isTrue());
            after = page.get("next").isNull() ? "" : page.get("next").asString();
        } while (!after.isEmpty());
        assertThat(seen).hasSize(all);
        assertThat(all).isPositive();
    }

    @Test
    void malformedParametersAreProblemsInChinese() {
        Http admin = Http.as(port, "admin");
        var badTerritory = admin.get("/api/v1/party/organisations?territory=53x");
        assertThat(badTerritory.status()).isEqualTo(400);
        assertThat(badTerritory.isProblem()).isTrue();
        assertThat(badTerritory.detail()).contains("territory");
        assertThat(admin.get("/api/v1/party/members?after=abc").detail()).contains("after");
        assertThat(admin.get("/api/v1/party/anniversaries?after=2026-13-01:5").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/party/organisations?limit=0").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/party/organisations/999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/party/members/999999").detail()).contains("不存在");
    }

    @Test
    void theFacadeAnswersOtherModules(@Autowired PartyApi party) {
        long residentId = jdbc.sql("select resident_id from party.member order by id limit 1").query(Long.class).single();
        assertThat(party.memberOfResident(residentId, Scope.everything())).isPresent();
        assertThat(party.memberOfResident(residentId, Scope.of("530326999"))).isEmpty();
        assertThat(party.anniversariesThisWeek(Scope.of("530326001001"))).isNotEmpty();
        assertThat(party.posts(FakePeople.TANGLANG, Scope.everything())).isNotEmpty();
    }

    static JsonNode organisationNamed(Http http, String territory, String name) {
        JsonNode items = http.get("/api/v1/party/organisations?territory=" + territory + "&limit=500").json().get("items");
        for (JsonNode o : items) {
            if (o.get("name").asString().equals(name)) {
                return o;
            }
        }
        throw new AssertionError("no organisation " + name + " under " + territory);
    }
}

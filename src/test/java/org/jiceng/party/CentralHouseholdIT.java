package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 党员中心户 linked to the households they serve, and the community's 挂牌 list: a resident reads names and counts
 * only, staff the households, another town and a department nothing.
 */
@AppTest
class CentralHouseholdIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    Http as(String user) {
        return Http.as(port, user);
    }

    long newMember() {
        return MembershipTestMembers.admit(as("shuji"), as("admin"), TANGLANG,
                MembershipTestMembers.branchOf(as("dangjian"), TANGLANG));
    }

    List<Long> households(String territory, int n) {
        return as("admin").get("/api/v1/households?territory=" + territory + "&limit=" + n).json().get("items")
                .valueStream().map(h -> h.get("id").asLong()).toList();
    }

    JsonNode name(long member, List<Long> households) {
        var named = as("shuji").postJson("/api/v1/party/central-households", """
                {"memberId": %d, "householdIds": %s}""".formatted(member, households));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        return named.json();
    }

    @Test
    void aCentralHouseholdServesHouseholdsOfItsCommunityAndTheMembersFlagFollows() {
        long member = newMember();
        List<Long> served = households(TANGLANG, 3).subList(0, 2);
        JsonNode named = name(member, served);
        assertThat(named.get("households").valueStream().map(h -> h.get("id").asLong())).containsExactlyElementsOf(served);
        assertThat(named.get("centralHousehold").get("households").asLong()).isEqualTo(2);
        assertThat(as("shuji").get("/api/v1/party/members/" + member).json().get("centralHousehold").asBoolean()).isTrue();

        long id = named.get("centralHousehold").get("id").asLong();
        var relinked = as("shuji").putJson("/api/v1/party/central-households/" + id + "/households",
                "{\"householdIds\": " + households(TANGLANG, 3) + "}");
        assertThat(relinked.json().get("households")).hasSize(3);

        var ended = as("shuji").postJson("/api/v1/party/central-households/" + id + "/end", "{}");
        assertThat(ended.json().get("centralHousehold").get("until").isNull()).isFalse();
        assertThat(as("shuji").get("/api/v1/party/members/" + member).json().get("centralHousehold").asBoolean()).isFalse();
    }

    @Test
    void aHouseholdOfAnotherCommunityIsRefusedBeside() {
        long member = newMember();
        String otherVillage = as("admin").get("/api/v1/divisions/530326001/children").json().get("items").valueStream()
                .map(d -> d.get("code").asString()).filter(c -> !c.equals(TANGLANG))
                .filter(c -> !households(c, 1).isEmpty()).findFirst().orElse(null);
        if (otherVillage != null) {
            var refused = as("dangjian").postJson("/api/v1/party/central-households", """
                    {"memberId": %d, "householdIds": %s}""".formatted(member, households(otherVillage, 1)));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.detail()).contains("不在该党员所在的社区");
        }
        var none = as("shuji").postJson("/api/v1/party/central-households", "{\"memberId\": " + member + "}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.detail()).contains("联系的户");
    }

    @Test
    void aResidentReadsTheirCommunitysPlaqueNamesAndCountsOnly() {
        long member = newMember();
        String memberName = as("shuji").get("/api/v1/party/members/" + member).json().get("name").asString();
        name(member, households(TANGLANG, 2));
        var board = as("jumin").get("/api/v1/party/central-households/board?village=" + TANGLANG);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.json().get("lines").valueStream().anyMatch(l -> l.get("name").asString().equals(memberName)
                && l.get("households").asLong() == 2)).isTrue();
        board.json().get("lines").forEach(l ->
                assertThat(l.propertyNames()).containsExactlyInAnyOrder("name", "organisationName", "households"));
        assertThat(board.body()).doesNotContain("householdId").doesNotContain("memberId").doesNotContain("address");

        assertThat(as("jumin").get("/api/v1/party/central-households/board?village=530326103001").status()).isEqualTo(403);
        assertThat(as("jumin").get("/api/v1/party/central-households").status()).isEqualTo(403);
        assertThat(as("jumin").postJson("/api/v1/party/central-households", "{\"memberId\": " + member + "}").status())
                .isEqualTo(403);
        assertThat(as("bumen").get("/api/v1/party/central-households/board?village=" + TANGLANG).status()).isEqualTo(403);
    }

    @Test
    void anotherTownAndADepartmentCannotReadOrChangeTheRecord() {
        long member = newMember();
        long id = name(member, households(TANGLANG, 1)).get("centralHousehold").get("id").asLong();
        assertThat(as("yiche").get("/api/v1/party/central-households/" + id).status()).isEqualTo(404);
        assertThat(as("yiche").postJson("/api/v1/party/central-households/" + id + "/end", "{}").status()).isEqualTo(404);
        assertThat(as("yiche").get("/api/v1/party/central-households?limit=500").json().get("items").valueStream()
                .noneMatch(c -> c.get("id").asLong() == id)).isTrue();
        assertThat(as("bumen").get("/api/v1/party/central-households/" + id).status()).isEqualTo(403);
        assertThat(as("shuji").get("/api/v1/party/central-households/" + id).status()).isEqualTo(200);
    }

    @Test
    void theFlagSetTheOldWayHangsOutThePlaqueToo() {
        long member = newMember();
        JsonNode record = as("shuji").get("/api/v1/party/members/" + member).json();
        long before = plaques(record.get("name").asString());
        var flagged = as("shuji").putJson("/api/v1/party/members/" + member, """
                {"version": %d, "centralHousehold": true}""".formatted(record.get("version").asInt()));
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(plaques(record.get("name").asString())).isEqualTo(before + 1);
        // naming the households later completes the same record
        JsonNode named = name(member, households(TANGLANG, 1));
        assertThat(named.get("households")).hasSize(1);
    }

    /** How many plaques of 堂琅 bear this name and no households yet. */
    private long plaques(String name) {
        return as("jumin").get("/api/v1/party/central-households/board?village=" + TANGLANG).json().get("lines")
                .valueStream().filter(l -> l.get("name").asString().equals(name) && l.get("households").asLong() == 0)
                .count();
    }
}

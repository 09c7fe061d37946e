package org.jiceng.security;

import org.jiceng.party.MembershipTestMembers;
import org.jiceng.support.Http;

/**
 * The records of party members' transfers, flowing members and 党员中心户: in 堂琅社区 a member the branch secretary
 * admits for them, in 迤车镇 the spine's member there; each made by who would make it.
 */
final class PartyMemberFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        String foreignMember = fixtures.variants("party/members").get("foreign");
        if (foreignMember == null) {
            fixtures.missing().add("party/transfers, party/flowing-members, party/central-households: no member in 迤车镇");
            return;
        }
        Http shuji = fixtures.as("shuji");
        Http dangjian = fixtures.as("dangjian");
        Http yiche = fixtures.as("yiche");
        long branch = MembershipTestMembers.branchOf(dangjian, Fixtures.OWN_VILLAGE);
        long own = MembershipTestMembers.admit(shuji, fixtures.as("admin"), Fixtures.OWN_VILLAGE, branch);
        long foreignBranch = dangjian.get("/api/v1/party/members/" + foreignMember).json().get("organisationId").asLong();

        fixtures.put("party/transfers", "own-territory", transferId(dangjian, own, fixtures.as("shuji").postJson("/api/v1/party/members/" + own
                + "/transfers", """
                {"toOutside": "中共昆明市五华区矩阵测试党支部", "reason": "矩阵测试：工作调动"}""")));
        fixtures.put("party/transfers", "foreign", transferId(dangjian, Long.parseLong(foreignMember), dangjian.postJson("/api/v1/party/members/" + foreignMember
                + "/transfers", """
                {"toOutside": "中共曲靖市麒麟区矩阵测试党支部", "reason": "矩阵测试：迁居"}""")));

        String migrant = """
                {"kind": "MIGRANT", "name": "矩阵候鸟", "homeOrganisation": "中共哈尔滨市南岗区矩阵测试党支部",
                 "localOrganisationId": %d, "whereabouts": "矩阵测试小区", "phone": "13800001234"}""";
        fixtures.put("party/flowing-members", "own-territory", Fixtures.created(
                shuji.postJson("/api/v1/party/flowing-members", migrant.formatted(branch)), "候鸟党员 in 堂琅"));
        fixtures.put("party/flowing-members", "foreign", Fixtures.created(
                yiche.postJson("/api/v1/party/flowing-members", migrant.formatted(foreignBranch)), "候鸟党员 in 迤车"));

        String central = """
                {"memberId": %s, "householdIds": [%s]}""";
        fixtures.put("party/central-households", "own-territory", centralId(dangjian, Fixtures.OWN_VILLAGE, shuji.postJson("/api/v1/party/central-households",
                central.formatted(own, fixtures.variants("households").get("own-territory")))));
        fixtures.put("party/central-households", "foreign", centralId(dangjian, Fixtures.FOREIGN_TOWN, yiche.postJson("/api/v1/party/central-households",
                central.formatted(foreignMember, fixtures.variants("households").get("foreign")))));
    }

    /** The new 中心户's id, or where an earlier test made the member one already, the first 中心户 of the place. */
    private String centralId(Http dangjian, String territory, Http.Response answer) {
        if (answer.status() == 201 || answer.status() == 200) {
            return answer.json().get("centralHousehold").get("id").asString();
        }
        var items = dangjian.get("/api/v1/party/central-households?territory=" + territory + "&limit=1").json().path("items");
        if (items.isEmpty()) {
            throw new IllegalStateException("fixture 中心户 not made: " + answer.status() + " " + answer.body());
        }
        var first = items.get(0);
        return (first.has("centralHousehold") ? first.get("centralHousehold") : first).get("id").asString();
    }

    private String transferId(Http dangjian, long member, Http.Response answer) {
        if (answer.status() == 409) {
            // the member has a transfer under way already (made by an earlier test in this application): aim at it
            var open = dangjian.get("/api/v1/party/members/" + member + "/transfers").json();
            if (open.isArray() && !open.isEmpty()) {
                var first = open.get(0);
                return (first.has("transfer") ? first.get("transfer") : first).get("id").asString();
            }
        }
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("fixture transfer not made: " + answer.status() + " " + answer.body());
        }
        return answer.json().get("transfer").get("id").asString();
    }
}

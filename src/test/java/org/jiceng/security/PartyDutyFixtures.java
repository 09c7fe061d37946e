package org.jiceng.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The records of 设岗定责, pledges, campaigns and 三长/楼长 duties: shuji's and shequ's in 堂琅社区, yiche's in 迤车镇,
 * and jumin's own: jumin is made the party member they are (admitted by dangjian if the demo did not) for the
 * pledge, and the 邻长 of their grid for the post.
 */
final class PartyDutyFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        Http admin = fixtures.as("admin");
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        String ownMember = fixtures.variants("party/members").get("own-territory");
        String foreignMember = fixtures.variants("party/members").get("foreign");
        String jumin = juminsMember(fixtures, admin);
        for (String variant : new String[]{"own-territory", "foreign"}) {
            boolean foreign = variant.equals("foreign");
            Http as = fixtures.as(foreign ? "yiche" : "shuji");
            String member = foreign ? foreignMember : ownMember;
            String village = foreign ? fixtures.foreignVillage : Fixtures.OWN_VILLAGE;
            if (member == null) {
                fixtures.missing().add("party/duty-posts and party/pledges " + variant + ": no party member");
            } else {
                fixtures.put("party/duty-posts", variant, Fixtures.created(as.postJson("/api/v1/party/duty-posts", """
                        {"kind": "MODEL", "name": "矩阵测试示范岗", "duties": "矩阵测试职责", "memberId": %s}"""
                        .formatted(member)), "duty post " + variant));
                fixtures.put("party/pledges", variant, Fixtures.created(as.postJson("/api/v1/party/pledges", """
                        {"memberId": %s, "content": "矩阵测试承诺", "dueOn": "%s"}""".formatted(member, today.plusDays(30))),
                        "pledge " + variant));
            }
            fixtures.put("party/campaigns", variant, Fixtures.created(as.postJson("/api/v1/party/campaigns", """
                    {"communityCode": "%s", "title": "矩阵测试活动"}""".formatted(village)), "campaign " + variant));
            fixtures.put("party/board", variant, village);
            JsonNode grid = foreign ? fixtures.foreignGrid : fixtures.ownGrid;
            fixtures.put("party/posts", variant, Fixtures.created(fixtures.as(foreign ? "yiche" : "shequ").postJson(
                    "/api/v1/party/posts", """
                            {"kind": "LIN_ZHANG", "territoryCode": "%s", "area": "矩阵测试邻", "holderName": "矩阵测试邻长"}"""
                            .formatted(grid.get("code").asString())), "post " + variant));
        }
        if (jumin != null) {
            fixtures.put("party/pledges", "own-record", Fixtures.created(fixtures.as("jumin").postJson("/api/v1/party/pledges", """
                    {"content": "矩阵测试：我的承诺", "dueOn": "%s"}""".formatted(today.plusDays(30))), "jumin's pledge"));
        }
        String resident = fixtures.variants("residents").get("own-record");
        String household = admin.get("/api/v1/residents/" + resident).json().get("householdId").asString();
        String territory = admin.get("/api/v1/households/" + household).json().get("household").get("territoryCode").asString();
        fixtures.put("party/posts", "own-record", Fixtures.created(fixtures.as("shequ").postJson("/api/v1/party/posts", """
                {"kind": "LIN_ZHANG", "territoryCode": "%s", "area": "矩阵测试本人的邻", "residentId": %s}"""
                .formatted(territory, resident)), "jumin's post"));
    }

    /** jumin's party member id, linking (and if need be admitting) jumin's resident; null when it cannot be made. */
    private static String juminsMember(Fixtures fixtures, Http admin) {
        long account = fixtures.as("jumin").get("/api/v1/me").json().get("id").asLong();
        JsonNode linked = admin.get("/api/v1/accounts/" + account).json().get("partyMemberId");
        if (linked != null && !linked.isNull()) {
            return linked.asString();
        }
        String resident = fixtures.variants("residents").get("own-record");
        Http dangjian = fixtures.as("dangjian");
        String household = admin.get("/api/v1/residents/" + resident).json().get("householdId").asString();
        String territory = admin.get("/api/v1/households/" + household).json().get("household").get("territoryCode").asString();
        String member = dangjian.get("/api/v1/party/members?territory=" + territory + "&limit=500").json().get("items")
                .valueStream().filter(m -> m.get("residentId").asString().equals(resident))
                .map(m -> m.get("id").asString()).findFirst().orElse(null);
        if (member == null) {
            String ownMember = fixtures.variants("party/members").get("own-territory");
            if (ownMember == null) {
                fixtures.missing().add("party/pledges own-record: no branch in 堂琅社区 to admit jumin to");
                return null;
            }
            String branch = dangjian.get("/api/v1/party/members/" + ownMember).json().get("organisationId").asString();
            member = Fixtures.created(dangjian.postJson("/api/v1/party/members", """
                    {"residentId": %s, "organisationId": %s, "joinedOn": "2001-07-01"}""".formatted(resident, branch)),
                    "jumin as a party member");
        }
        var patched = admin.patchJson("/api/v1/accounts/" + account, "{\"partyMemberId\": " + member + "}");
        if (patched.status() != 200) {
            fixtures.missing().add("party/pledges own-record: linking jumin failed " + patched.status());
            return null;
        }
        return member;
    }
}

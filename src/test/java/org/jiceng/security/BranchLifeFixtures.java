package org.jiceng.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The records of branch meetings and 党费: a 党支部 of 堂琅社区 and one of 迤车镇, a 支委会 of each (shuji records his,
 * the county's party administrator the other), and a month's 党费 of a member of each.
 */
final class BranchLifeFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        Http dangjian = fixtures.as("dangjian");
        for (String variant : new String[] {"own-territory", "foreign"}) {
            boolean foreign = variant.equals("foreign");
            String territory = foreign ? Fixtures.FOREIGN_TOWN : Fixtures.OWN_VILLAGE;
            JsonNode branch = dangjian.get("/api/v1/party/organisations?territory=" + territory + "&limit=500").json()
                    .get("items").valueStream().filter(o -> o.get("level").asString().equals("BRANCH")
                            && o.get("dissolvedOn").isNull()).findFirst().orElse(null);
            if (branch == null) {
                fixtures.missing().add("party/branches " + variant + ": no 党支部 in " + territory);
                continue;
            }
            String id = branch.get("id").asString();
            fixtures.put("party/branches", variant, id);
            StringBuilder attendance = new StringBuilder("[");
            dangjian.get("/api/v1/party/organisations/" + id + "/members?limit=500").json().get("items").valueStream()
                    .forEach(m -> attendance.append(attendance.length() > 1 ? "," : "")
                            .append("{\"memberId\": ").append(m.get("id").asString()).append(", \"status\": \"PRESENT\"}"));
            attendance.append(']');
            fixtures.put("party/meetings", variant, Fixtures.created(fixtures.as(foreign ? "dangjian" : "shuji")
                    .postJson("/api/v1/party/meetings", """
                            {"organisationId": %s, "kind": "COMMITTEE", "heldOn": "%s", "place": "党群服务中心",
                             "topics": "矩阵测试支委会", "attendance": %s}"""
                            .formatted(id, LocalDate.now(ZoneOffset.ofHours(8)), attendance)), "meeting of " + variant));
            String member = fixtures.variants("party/members").get(variant);
            if (member == null) {
                fixtures.missing().add("party/dues " + variant + ": no party member");
                continue;
            }
            // a month long past, so the demo's 党费 of this year never clash with it; a second run finds it there
            var dues = fixtures.as(foreign ? "dangjian" : "shuji").postJson("/api/v1/party/dues", """
                    {"memberId": %s, "month": "2016-01", "category": "FIXED", "due": "1.00"}""".formatted(member));
            if (dues.status() == 201) {
                fixtures.put("party/dues", variant, dues.json().get("id").asString());
            } else {
                JsonNode months = dangjian.get("/api/v1/party/dues?memberId=" + member + "&year=2016").json().path("months");
                if (months.isEmpty()) {
                    fixtures.missing().add("party/dues " + variant + ": " + dues.status());
                } else {
                    fixtures.put("party/dues", variant, months.get(0).get("id").asString());
                }
            }
        }
    }
}

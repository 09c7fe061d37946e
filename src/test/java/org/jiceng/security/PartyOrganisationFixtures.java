package org.jiceng.security;

/**
 * The records of party organisations built and changed: a 大党委 the party administrator sets up under 古城街道's
 * working committee in 堂琅社区 (own territory) and one under 迤车镇's committee (foreign), so that the changes the
 * matrix tries land on organisations made for it rather than on the demo tree.
 */
final class PartyOrganisationFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        var dangjian = fixtures.as("dangjian");
        for (String variant : new String[] {"own-territory", "foreign"}) {
            String town = variant.equals("foreign") ? Fixtures.FOREIGN_TOWN : Fixtures.OWN_TOWN;
            String place = variant.equals("foreign") ? fixtures.foreignVillage : Fixtures.OWN_VILLAGE;
            var committee = dangjian.get("/api/v1/party/organisations?territory=" + town + "&limit=1").json().path("items");
            if (committee.isEmpty()) {
                fixtures.missing().add("party/organisations " + variant + ": no town committee in " + town);
                continue;
            }
            fixtures.put("party/organisations", variant, Fixtures.created(dangjian.postJson("/api/v1/party/organisations", """
                    {"parentId": %s, "name": "矩阵测试大党委", "level": "COMMITTEE", "kind": "GRAND", "territoryCode": "%s"}"""
                    .formatted(committee.get(0).get("id").asString(), place)), "大党委 " + variant));
        }
    }
}

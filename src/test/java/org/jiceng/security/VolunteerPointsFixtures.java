package org.jiceng.security;

import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The records of points, points rules and the 爱心超市: jumin's points (own-record) and another volunteer's of
 * 堂琅社区 (own-territory), a volunteer of 迤车镇 (foreign), each with an entry; a points rule of 堂琅社区 and one
 * of 迤车镇's first village (the county's default values, so what tests count does not change); a good of each
 * community's store. Volunteers come from the register (the demo signs some up); goods and rules are made when the
 * database has none yet.
 */
final class VolunteerPointsFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        Http shequ = fixtures.as("shequ");
        Http yiche = fixtures.as("yiche");
        Http admin = fixtures.as("admin");
        String ownVolunteer = null;
        var mine = fixtures.as("jumin").get("/api/v1/volunteer/points/mine");
        if (mine.status() == 200) {
            ownVolunteer = mine.json().get("balance").get("volunteerId").asString();
            fixtures.put("volunteer/points", "own-record", ownVolunteer);
            JsonNode entries = mine.json().get("entries").get("items");
            if (!entries.isEmpty()) {
                fixtures.put("volunteer/points/entries", "own-record", entries.get(0).get("id").asString());
            }
        } else {
            fixtures.missing().add("volunteer/points own-record: jumin is not a volunteer");
        }
        String own = volunteer(admin, Fixtures.OWN_VILLAGE, ownVolunteer);
        String foreign = volunteer(admin, Fixtures.FOREIGN_TOWN, null);
        put(fixtures, shequ, "own-territory", own);
        put(fixtures, yiche, "foreign", foreign);

        rule(fixtures, shequ, "own-territory", Fixtures.OWN_VILLAGE);
        rule(fixtures, yiche, "foreign", fixtures.foreignVillage);
        good(fixtures, shequ, "own-territory", Fixtures.OWN_VILLAGE);
        good(fixtures, yiche, "foreign", fixtures.foreignVillage);
    }

    /** A volunteer of the place other than {@code not}, with their first entry, or null. */
    private static String volunteer(Http admin, String territory, String not) {
        return admin.get("/api/v1/volunteer/points?territory=" + territory + "&limit=500").json().get("items").valueStream()
                .map(b -> b.get("volunteerId").asString()).filter(id -> !id.equals(not)).findFirst().orElse(null);
    }

    private static void put(Fixtures fixtures, Http staff, String variant, String volunteer) {
        if (volunteer == null) {
            fixtures.missing().add("volunteer/points " + variant + ": no volunteer registered there");
            return;
        }
        fixtures.put("volunteer/points", variant, volunteer);
        String path = "/api/v1/volunteer/points/" + volunteer;
        JsonNode entries = staff.get(path + "/entries").json().get("items");
        if (entries.isEmpty()) {
            // a deed of the default rule; the note names where it came from
            staff.postJson(path + "/deeds", "{\"kind\": \"邻里互助\", \"note\": \"矩阵测试\"}");
            entries = staff.get(path + "/entries").json().get("items");
        }
        if (entries.isEmpty()) {
            fixtures.missing().add("volunteer/points/entries " + variant + ": no entry could be made");
        } else {
            fixtures.put("volunteer/points/entries", variant, entries.get(0).get("id").asString());
        }
    }

    private static void rule(Fixtures fixtures, Http staff, String variant, String community) {
        JsonNode rules = staff.get("/api/v1/volunteer/rules?territory=" + community).json();
        JsonNode effective = rules.get("effective");
        if (effective.get("territoryCode").asString().equals(community)) {
            fixtures.put("volunteer/rules", variant, effective.get("id").asString());
            return;
        }
        // the community's own version, with the values it counts by now: nothing any test counts changes
        var published = staff.postJson("/api/v1/volunteer/rules", """
                {"territoryCode": "%s", "perHour": %s, "partyPerHour": %s, "deeds": %s, "note": "矩阵测试：沿用县规则"}"""
                .formatted(community, effective.get("perHour").asInt(), effective.get("partyPerHour").asInt(),
                        effective.get("deeds").toString()));
        fixtures.put("volunteer/rules", variant, Fixtures.created(published, "points rule of " + community));
    }

    private static void good(Fixtures fixtures, Http staff, String variant, String community) {
        JsonNode goods = staff.get("/api/v1/volunteer/store/goods?village=" + community).json().get("items");
        if (!goods.isEmpty()) {
            fixtures.put("volunteer/store/goods", variant, goods.get(0).get("id").asString());
            return;
        }
        fixtures.put("volunteer/store/goods", variant, Fixtures.created(staff.postJson("/api/v1/volunteer/store/goods", """
                {"communityCode": "%s", "name": "矩阵测试商品", "price": 10, "stock": 5}""".formatted(community)),
                "good of " + community));
    }
}

package org.jiceng.security;

import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The records of indicators, scorecards and 赛道 rankings: an entered indicator of the county and a track (made once
 * by the county's administrator, found again on a second run), a value entered by 堂琅社区 and one by 迤车镇 for a
 * village of its own (left awaiting review), and the scorecards of 堂琅社区 and of 迤车镇.
 */
final class AssessmentScoreFixtures implements FixtureSet {

    static final String INDICATOR = "矩阵测试填报指标";
    static final String TRACK = "矩阵测试赛道";

    @Override
    public void make(Fixtures fixtures) {
        Http admin = fixtures.as("admin");
        String indicator = admin.get("/api/v1/assessment/indicators?level=VILLAGE").json().get("items").valueStream()
                .filter(i -> i.get("name").asString().equals(INDICATOR)).map(i -> i.get("id").asString()).findFirst()
                .orElseGet(() -> Fixtures.created(admin.postJson("/api/v1/assessment/indicators", """
                        {"name": "%s", "source": "ENTERED", "level": "VILLAGE", "period": "QUARTER", "direction": "HIGHER",
                         "target": "90", "weight": 1, "active": false}""".formatted(INDICATOR)), "indicator"));
        fixtures.put("assessment/indicators", "own-territory", indicator);
        String track = admin.get("/api/v1/assessment/tracks").json().get("items").valueStream()
                .filter(t -> t.get("name").asString().equals(TRACK)).map(t -> t.get("id").asString()).findFirst()
                .orElseGet(() -> Fixtures.created(admin.postJson("/api/v1/assessment/tracks", """
                        {"name": "%s", "indicatorIds": [%s]}""".formatted(TRACK, indicator)), "track"));
        fixtures.put("assessment/tracks", "own-territory", track);
        // an inactive indicator takes no values: switch it on for the entries, then off again so no card counts it
        JsonNode current = admin.get("/api/v1/assessment/indicators/" + indicator).json();
        toggle(admin, indicator, current, true);
        JsonNode own = fixtures.as("shequ").postJson("/api/v1/assessment/values", """
                {"indicatorId": %s, "subject": "%s", "period": "2016-Q1", "value": "80"}""".formatted(indicator,
                Fixtures.OWN_VILLAGE)).json();
        String foreignVillage = fixtures.foreignVillage;
        Http.Response foreign = fixtures.as("yiche").postJson("/api/v1/assessment/values", """
                {"indicatorId": %s, "subject": "%s", "period": "2016-Q1", "value": "70"}""".formatted(indicator,
                foreignVillage));
        toggle(admin, indicator, admin.get("/api/v1/assessment/indicators/" + indicator).json(), false);
        if (own.has("id")) {
            fixtures.put("assessment/values", "own-territory", own.get("id").asString());
        } else {
            fixtures.missing().add("assessment/values own-territory: " + own);
        }
        if (foreign.status() == 201) {
            fixtures.put("assessment/values", "foreign", foreign.json().get("id").asString());
        } else {
            fixtures.missing().add("assessment/values foreign: " + foreign.status() + " " + foreign.body());
        }
        fixtures.put("assessment/scorecards", "own-territory", Fixtures.OWN_VILLAGE);
        fixtures.put("assessment/scorecards", "foreign", Fixtures.FOREIGN_TOWN);
    }

    private static void toggle(Http admin, String id, JsonNode i, boolean active) {
        admin.putJson("/api/v1/assessment/indicators/" + id, """
                {"name": "%s", "source": "ENTERED", "level": "VILLAGE", "period": "QUARTER", "direction": "HIGHER",
                 "target": "90", "weight": 1, "active": %s, "version": %d}""".formatted(INDICATOR, active,
                i.get("version").asInt()));
    }
}

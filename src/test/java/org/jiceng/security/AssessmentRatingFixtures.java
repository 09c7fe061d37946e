package org.jiceng.security;

import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The records of star ratings and livelihood projects: a criterion of the county, the 2016 proposals of a
 * 堂琅社区 organisation and of one in 迤车镇 (made by the county), a published project of 堂琅社区 carried by
 * bumen's department (made by gucheng) and an unpublished one of 迤车镇 (made by yiche).
 */
final class AssessmentRatingFixtures implements FixtureSet {

    private static final int YEAR = 2016;

    @Override
    public void make(Fixtures fixtures) {
        Http admin = fixtures.as("admin");
        fixtures.put("assessment/criteria", "own-territory", Fixtures.created(admin.postJson("/api/v1/assessment/criteria",
                """
                {"name": "矩阵测试标准", "measure": "ENTERED", "unit": "项", "thresholds": [1, 2, 3, 4, 5, 6, 7]}"""),
                "criterion"));
        for (String variant : new String[] {"own-territory", "foreign"}) {
            String territory = variant.equals("foreign") ? Fixtures.FOREIGN_TOWN : Fixtures.OWN_VILLAGE;
            var proposed = admin.postJson("/api/v1/assessment/star-ratings/proposals",
                    "{\"territory\": \"%s\", \"year\": %d}".formatted(territory, YEAR));
            if (proposed.status() != 200) {
                fixtures.missing().add("assessment/star-ratings " + variant + ": " + proposed.status());
                continue;
            }
            JsonNode items = admin.get("/api/v1/assessment/star-ratings?territory=" + territory + "&year=" + YEAR)
                    .json().get("items");
            if (items.isEmpty()) {
                fixtures.missing().add("assessment/star-ratings " + variant + ": no rated organisation in " + territory);
            } else {
                fixtures.put("assessment/star-ratings", variant, items.get(0).get("id").asString());
            }
        }
        fixtures.put("livelihood-projects", "own-territory", Fixtures.created(fixtures.as("gucheng").postJson(
                "/api/v1/livelihood-projects", """
                        {"territory": "%s", "title": "矩阵测试民生实事", "budgetYuan": "1000", "unitId": %d,
                         "published": true}""".formatted(Fixtures.OWN_VILLAGE, fixtures.ownUnit)), "project"));
        fixtures.put("livelihood-projects", "foreign", Fixtures.created(fixtures.as("yiche").postJson(
                "/api/v1/livelihood-projects", """
                        {"territory": "%s", "title": "矩阵测试外镇项目", "budgetYuan": "1000"}"""
                        .formatted(Fixtures.FOREIGN_TOWN)), "project"));
    }
}

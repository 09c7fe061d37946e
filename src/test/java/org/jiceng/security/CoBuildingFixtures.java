package org.jiceng.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jiceng.support.Http;

/**
 * The records of 双报到 needs, offers, projects and service hours: in 堂琅社区 the community (shequ) posts a need, a
 * unit registers and offers, the town (gucheng) makes the project and shequ reports the unit's hours; in 迤车镇 yiche
 * does all of it.
 */
final class CoBuildingFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        for (String variant : List.of("own-territory", "foreign")) {
            boolean foreign = variant.equals("foreign");
            String community = foreign ? fixtures.foreignVillage : Fixtures.OWN_VILLAGE;
            Http staff = fixtures.as(foreign ? "yiche" : "shequ");
            Http town = fixtures.as(foreign ? "yiche" : "gucheng");
            String need = Fixtures.created(staff.postJson("/api/v1/party/needs", """
                    {"communityCode": "%s", "title": "矩阵测试需求", "description": "楼道灯坏了", "kind": "PROJECT"}"""
                    .formatted(community)), "need " + variant);
            String unit = Fixtures.created(staff.postJson("/api/v1/party/dual-registrations", """
                    {"communityCode": "%s", "unitName": "矩阵测试单位%d"}""".formatted(community, System.nanoTime() % 1_000_000)),
                    "unit registration " + variant);
            String offer = Fixtures.created(staff.postJson("/api/v1/party/resources", """
                    {"registrationId": %s, "title": "电工维修", "description": "义务维修照明", "available": "每周六上午"}"""
                    .formatted(unit)), "offer " + variant);
            String project = Fixtures.created(town.postJson("/api/v1/party/projects", """
                    {"title": "矩阵测试项目", "needIds": [%s], "offerIds": [%s], "leadRegistrationId": %s,
                     "startsOn": "%s", "endsOn": "%s"}""".formatted(need, offer, unit, today.minusDays(3), today.plusDays(30))),
                    "project " + variant);
            String hours = Fixtures.created(staff.postJson("/api/v1/party/projects/" + project + "/hours", """
                    {"registrationId": %s, "servedOn": "%s", "minutes": 90, "description": "更换楼道灯"}"""
                    .formatted(unit, today)), "hours " + variant);
            // a need of its own for the matrix to close, the project's one being taken
            fixtures.put("party/needs", variant, Fixtures.created(staff.postJson("/api/v1/party/needs", """
                    {"communityCode": "%s", "title": "矩阵测试微心愿", "description": "想要一套课外书", "kind": "WISH"}"""
                    .formatted(community)), "wish " + variant));
            fixtures.put("party/resources", variant, offer);
            fixtures.put("party/projects", variant, project);
            fixtures.put("party/hours", variant, hours);
        }
    }
}

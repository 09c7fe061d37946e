package org.jiceng.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The records of inspections, the lists of power and tasks sent to villages. The county's inspection team (xuncha)
 * inspects 古城街道 and 迤车镇 and lists a finding and a letter for each town, and one for bumen's department
 * (own-record: what the relation ASSIGNED_TO_UNIT decides); each town publishes its 权责清单; the town sends its
 * village a task citing the county's 工作准入清单 in force, and bumen sends one (own-record).
 */
final class AssessmentInspectionFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        Http team = fixtures.as("xuncha");
        String admissionItem = admissionItem(fixtures);
        for (String variant : List.of("own-territory", "foreign")) {
            boolean foreign = variant.equals("foreign");
            String town = foreign ? Fixtures.FOREIGN_TOWN : Fixtures.OWN_TOWN;
            String village = foreign ? fixtures.foreignVillage : Fixtures.OWN_VILLAGE;
            Http townStaff = fixtures.as(foreign ? "yiche" : "gucheng");
            String inspection = Fixtures.created(team.postJson("/api/v1/inspections", """
                    {"territoryCode": "%s", "title": "矩阵测试巡察", "target": "街道党工委", "startsOn": "%s", "endsOn": "%s"}"""
                    .formatted(town, today.minusDays(10), today.plusDays(10))), "inspection " + variant);
            fixtures.put("inspections", variant, inspection);
            fixtures.put("inspections/findings", variant, Fixtures.created(team.postJson(
                    "/api/v1/inspections/" + inspection + "/findings", """
                    {"category": "CONDUCT", "description": "矩阵测试问题", "territoryCode": "%s", "deadline": "%s"}"""
                            .formatted(town, today.plusDays(20))), "finding " + variant));
            fixtures.put("inspections/letters", variant, Fixtures.created(team.postJson(
                    "/api/v1/inspections/" + inspection + "/letters", """
                    {"title": "矩阵测试建议书", "body": "建议完善制度", "territoryCode": "%s"}""".formatted(town)),
                    "letter " + variant));
            if (!foreign) {
                fixtures.put("inspections/findings", "own-record", Fixtures.created(team.postJson(
                        "/api/v1/inspections/" + inspection + "/findings", """
                        {"category": "GOVERNANCE", "description": "矩阵测试部门问题", "unitId": %d, "deadline": "%s"}"""
                                .formatted(fixtures.ownUnit, today.plusDays(20))), "department finding"));
                fixtures.put("inspections/letters", "own-record", Fixtures.created(team.postJson(
                        "/api/v1/inspections/" + inspection + "/letters", """
                        {"title": "矩阵测试部门建议书", "body": "建议完善制度", "unitId": %d}""".formatted(fixtures.ownUnit)),
                        "department letter"));
            }
            String duties = Fixtures.created(townStaff.postJson("/api/v1/lists", """
                    {"kind": "TOWN_DUTIES", "territoryCode": "%s", "title": "矩阵测试权责清单",
                     "items": [{"category": "社会治理", "name": "组织开展矛盾纠纷排查"}]}""".formatted(town)), "list " + variant);
            townStaff.postJson("/api/v1/lists/" + duties + "/publish", "{}");
            fixtures.put("lists", variant, duties);
            fixtures.put("village-tasks", variant, Fixtures.created(townStaff.postJson("/api/v1/village-tasks",
                    task(village, admissionItem, today)), "village task " + variant));
        }
        fixtures.put("village-tasks", "own-record", Fixtures.created(fixtures.as("bumen").postJson("/api/v1/village-tasks",
                task(Fixtures.OWN_VILLAGE, admissionItem, today)), "department's village task"));
    }

    private static String task(String village, String item, LocalDate today) {
        return """
                {"villageCode": "%s", "title": "矩阵测试任务", "description": "协助排查", "dueOn": "%s", "admissionItemId": %s}"""
                .formatted(village, today.plusDays(10), item);
    }

    /** An item of the county's 工作准入清单 in force, publishing one first where there is none. */
    private static String admissionItem(Fixtures fixtures) {
        Http admin = fixtures.as("admin");
        JsonNode lists = admin.get("/api/v1/lists?kind=ADMISSION&territory=530326").json().get("items");
        String list = lists.valueStream().filter(l -> l.get("status").asString().equals("PUBLISHED"))
                .map(l -> l.get("id").asString()).findFirst().orElse(null);
        if (list == null) {
            list = Fixtures.created(admin.postJson("/api/v1/lists", """
                    {"kind": "ADMISSION", "territoryCode": "530326", "title": "矩阵测试准入清单",
                     "items": [{"category": "社会治理", "name": "协助开展矛盾纠纷排查"}]}"""), "admission list");
            admin.postJson("/api/v1/lists/" + list + "/publish", "{}");
        }
        return admin.get("/api/v1/lists/" + list).json().get("items").get(0).get("id").asString();
    }
}

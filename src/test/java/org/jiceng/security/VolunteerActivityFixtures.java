package org.jiceng.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jiceng.support.Http;

/**
 * The records of teams, volunteers, activities and attendance: a team, a volunteer registered by staff and an
 * activity tomorrow in 堂琅社区 (shequ) and in a village of 迤车镇 (yiche); jumin's own volunteer record and sign-up.
 */
final class VolunteerActivityFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        String tomorrow = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(1).toString();
        for (String variant : new String[] {"own-territory", "foreign"}) {
            boolean foreign = variant.equals("foreign");
            Http staff = fixtures.as(foreign ? "yiche" : "shequ");
            String community = foreign ? fixtures.foreignVillage : Fixtures.OWN_VILLAGE;
            String team = Fixtures.created(staff.postJson("/api/v1/volunteer/teams", """
                    {"communityCode": "%s", "name": "矩阵测试志愿队", "kind": "YOUTH"}""".formatted(community)), "team");
            fixtures.put("volunteer/teams", variant, team);
            fixtures.put("volunteer/volunteers", variant, Fixtures.created(staff.postJson("/api/v1/volunteer/volunteers",
                    """
                    {"communityCode": "%s", "name": "矩阵测试志愿者"}""".formatted(community)), "volunteer"));
            fixtures.put("volunteer/activities", variant, Fixtures.created(staff.postJson("/api/v1/volunteer/activities",
                    """
                    {"teamId": %s, "title": "矩阵测试活动", "place": "社区广场", "startsAt": "%sT09:00",
                     "endsAt": "%sT11:00", "capacity": 50}""".formatted(team, tomorrow, tomorrow)), "activity"));
        }
        Http jumin = fixtures.as("jumin");
        var mine = jumin.get("/api/v1/volunteer/volunteers/mine");
        String own = mine.status() == 200 ? mine.json().get("id").asString()
                : Fixtures.created(jumin.postJson("/api/v1/volunteer/volunteers", """
                        {"communityCode": "%s", "name": "居民"}""".formatted(Fixtures.OWN_VILLAGE)), "own volunteer");
        fixtures.put("volunteer/volunteers", "own-record", own);
        String activity = fixtures.variants("volunteer/activities").get("own-territory");
        var signUp = jumin.postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "");
        if (signUp.status() == 200) {
            fixtures.put("volunteer/attendance", "own-record", signUp.json().get("id").asString());
        } else {
            fixtures.missing().add("volunteer/attendance own-record: sign-up " + signUp.status());
        }
    }
}

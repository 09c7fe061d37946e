package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A grid worker's grant names a grid, but volunteers belong to its community: the community's records are read. */
@AppTest
class ActivityGridWorkerIT {

    static final String TANGLANG = ActivityPeople.TANGLANG;

    @LocalServerPort
    int port;

    @Test
    void aGridWorkerReadsTheActivitiesTeamsAndAttendanceOfItsCommunityButNotOfAnotherTown() {
        String yicheVillage = Http.as(port, "admin").get("/api/v1/divisions/530326103/children").json().get("items")
                .get(0).get("code").asString();
        long ownTeam = team("shequ", TANGLANG);
        long ownActivity = activity("shequ", ownTeam);
        long foreignTeam = team("yiche", yicheVillage);
        long foreignActivity = activity("yiche", foreignTeam);
        Http wangge = Http.as(port, "wangge");

        assertThat(wangge.get("/api/v1/volunteer/activities/" + ownActivity).status()).isEqualTo(200);
        assertThat(wangge.get("/api/v1/volunteer/teams/" + ownTeam).status()).isEqualTo(200);
        assertThat(wangge.get("/api/v1/volunteer/activities/" + ownActivity + "/attendance").status()).isEqualTo(200);
        assertThat(ids(wangge.get("/api/v1/volunteer/activities?limit=100").json().get("items")))
                .contains(ownActivity).doesNotContain(foreignActivity);
        assertThat(ids(wangge.get("/api/v1/volunteer/teams?limit=100").json().get("items")))
                .contains(ownTeam).doesNotContain(foreignTeam);

        assertThat(wangge.get("/api/v1/volunteer/activities/" + foreignActivity).status()).isEqualTo(404);
        assertThat(wangge.get("/api/v1/volunteer/teams/" + foreignTeam).status()).isEqualTo(404);
        assertThat(wangge.get("/api/v1/volunteer/activities/" + foreignActivity + "/attendance").status())
                .isEqualTo(404);
        assertThat(wangge.postJson("/api/v1/volunteer/activities/" + ownActivity + "/confirm", "{}").status())
                .as("reading is not confirming").isEqualTo(403);
    }

    private long team(String who, String community) {
        return ActivityPeople.created(Http.as(port, who).postJson("/api/v1/volunteer/teams", """
                {"communityCode": "%s", "name": "网格测试队%s", "kind": "YOUTH"}"""
                .formatted(community, ActivityPeople.unique().substring(0, 4))));
    }

    private long activity(String who, long team) {
        String tomorrow = LocalDate.now(Beijing.OFFSET).plusDays(1).toString();
        return ActivityPeople.created(Http.as(port, who).postJson("/api/v1/volunteer/activities", """
                {"teamId": %d, "title": "网格测试活动", "place": "社区广场", "startsAt": "%sT09:00",
                 "endsAt": "%sT11:00", "capacity": 20}""".formatted(team, tomorrow, tomorrow)));
    }

    private static List<Long> ids(tools.jackson.databind.JsonNode items) {
        return items.valueStream().map(i -> i.get("id").asLong()).toList();
    }
}

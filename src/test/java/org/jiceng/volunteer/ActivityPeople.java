package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;

/** Accounts, volunteers, teams and activities of 堂琅社区 that a test makes for itself, through the API. */
final class ActivityPeople {

    static final String TANGLANG = "530326001001";

    private final int port;
    private final IdentityApi identity;

    ActivityPeople(int port, IdentityApi identity) {
        this.port = port;
        this.identity = identity;
    }

    /** A resident account of 堂琅社区 that has signed up as a volunteer; answers the volunteer's id. */
    long volunteer(String username) {
        identity.findByUsername(username).map(CurrentUser::id).orElseGet(() -> identity.createUser(
                new IdentityApi.NewUser(username, "志愿者" + username, Http.DEMO_PASSWORD,
                        List.of(new CurrentUser.Grant(Role.RESIDENT, TANGLANG, null)))));
        return created(Http.as(port, username).postJson("/api/v1/volunteer/volunteers", """
                {"communityCode": "%s", "name": "志愿者%s", "skills": ["宣传"], "availability": "周末"}"""
                .formatted(TANGLANG, username)));
    }

    long team(String name) {
        return created(Http.as(port, "shequ").postJson("/api/v1/volunteer/teams", """
                {"communityCode": "%s", "name": "%s", "kind": "YOUTH"}""".formatted(TANGLANG, name)));
    }

    void member(long team, long volunteer, boolean leader) {
        var answer = Http.as(port, "shequ").postJson("/api/v1/volunteer/teams/" + team + "/members", """
                {"volunteerId": %d, "leader": %s}""".formatted(volunteer, leader));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** An open activity of the team, made by {@code who}, starting {@code inMinutes} from now. */
    long activity(String who, long team, int inMinutes, int minutesLong, int capacity) {
        OffsetDateTime start = OffsetDateTime.now(Beijing.OFFSET).plusMinutes(inMinutes);
        return created(Http.as(port, who).postJson("/api/v1/volunteer/activities", """
                {"teamId": %d, "title": "测试活动", "place": "社区广场", "startsAt": "%s", "endsAt": "%s",
                 "capacity": %d}""".formatted(team, start, start.plusMinutes(minutesLong), capacity)));
    }

    static long created(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.json().get("id").asLong();
    }

    static String unique() {
        return String.valueOf(System.nanoTime() % 1_000_000_000L);
    }
}

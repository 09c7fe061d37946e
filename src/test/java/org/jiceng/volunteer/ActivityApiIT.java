package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.jiceng.volunteer.internal.activity.ActivitySweeps;
import org.jiceng.volunteer.internal.activity.Attendances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** Teams, volunteers and activities through the API: sign-up with a waiting list, codes, scans and confirmation. */
@AppTest
@RecordApplicationEvents
class ActivityApiIT {

    static final String TANGLANG = ActivityPeople.TANGLANG;

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    ActivitySweeps sweeps;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Attendances attendances;

    ActivityPeople people;

    @BeforeEach
    void setUp() {
        people = new ActivityPeople(port, identity);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aCommunityMakesATeamThatItsResidentsReadAndAnotherTownAndADepartmentDoNot() {
        long team = people.team("青年突击队" + ActivityPeople.unique().substring(0, 4));
        long noPhone = ActivityPeople.created(Http.as(port, "shequ").postJson("/api/v1/volunteer/volunteers", """
                {"communityCode": "%s", "name": "王大爷", "skills": ["修自行车"]}""".formatted(TANGLANG)));
        people.member(team, noPhone, false);

        JsonNode read = Http.as(port, "jumin").get("/api/v1/volunteer/teams/" + team).json();
        assertThat(read.get("kindName").asString()).isEqualTo("青年志愿队");
        assertThat(read.get("memberCount").asInt()).isEqualTo(1);
        assertThat(read.get("members")).as("a resident sees the leaders only").isEmpty();
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/teams/" + team).json().get("members").get(0)
                .get("name").asString()).isEqualTo("王大爷");

        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/teams/" + team).status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/volunteer/teams/" + team).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/volunteer/teams", """
                {"communityCode": "%s", "name": "我的队", "kind": "YOUTH"}""".formatted(TANGLANG)).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/volunteer/teams", """
                {"communityCode": "%s", "name": "别人的队", "kind": "YOUTH"}""".formatted(TANGLANG)).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/volunteers/" + noPhone).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/volunteers/" + noPhone).status()).isEqualTo(404);
    }

    @Test
    void aResidentSignsUpOnceAndKeepsTheirOwnRecord() {
        String name = "vs" + ActivityPeople.unique();
        long id = people.volunteer(name);
        JsonNode mine = Http.as(port, name).get("/api/v1/volunteer/volunteers/mine").json();
        assertThat(mine.get("id").asLong()).isEqualTo(id);
        assertThat(mine.get("hasAccount").asBoolean()).isTrue();
        var again = Http.as(port, name).postJson("/api/v1/volunteer/volunteers", """
                {"communityCode": "%s", "name": "再来"}""".formatted(TANGLANG));
        assertThat(again.status()).isEqualTo(409);
        var changed = Http.as(port, name).patchJson("/api/v1/volunteer/volunteers/" + id, """
                {"skills": ["摄影", "宣传"], "availability": "周六上午", "version": %d}""".formatted(mine.get("version").asInt()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(Http.as(port, name).patchJson("/api/v1/volunteer/volunteers/" + id, """
                {"availability": "周日", "version": %d}""".formatted(mine.get("version").asInt())).status())
                .as("a stale version").isEqualTo(409);
        assertThat(Http.as(port, "jumin").patchJson("/api/v1/volunteer/volunteers/" + id, """
                {"availability": "随时"}""").status()).isEqualTo(404);
    }

    @Test
    void aCancellationMovesTheFirstWaitingVolunteerUpAndTellsThem() {
        String tag = ActivityPeople.unique();
        long team = people.team("巾帼队" + tag.substring(0, 4));
        people.volunteer("wa" + tag);
        people.volunteer("wb" + tag);
        people.volunteer("wc" + tag);
        // two days ahead: no reminder reaches the inbox while the test reads it
        long activity = people.activity("shequ", team, 48 * 60, 120, 1);

        assertThat(Http.as(port, "wa" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "")
                .json().get("status").asString()).isEqualTo("SIGNED_UP");
        JsonNode second = Http.as(port, "wb" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "")
                .json();
        assertThat(second.get("status").asString()).isEqualTo("WAITING");
        assertThat(second.get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(Http.as(port, "wc" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "")
                .json().get("waitingPosition").asInt()).isEqualTo(2);
        assertThat(Http.as(port, "wb" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "")
                .json().get("waitingPosition").asInt()).as("signing up again changes nothing").isEqualTo(1);

        var left = Http.as(port, "wa" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/cancel", "");
        assertThat(left.json().get("status").asString()).isEqualTo("CANCELLED");
        JsonNode list = Http.as(port, "shequ").get("/api/v1/volunteer/activities/" + activity + "/attendance").json()
                .get("items");
        assertThat(list.get(0).get("volunteerName").asString()).isEqualTo("志愿者wb" + tag);
        assertThat(list.get(0).get("status").asString()).isEqualTo("SIGNED_UP");
        assertThat(list.get(1).get("waitingPosition").asInt()).isEqualTo(1);
        long b = identity.findByUsername("wb" + tag).orElseThrow().id();
        assertThat(jdbc.sql("select title from cases.inbox where user_id = :u and kind = 'volunteer.activity'")
                .param("u", b).query(String.class).list()).containsExactly("候补转正：测试活动");

        assertThat(Http.as(port, "yiche").postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "").status())
                .as("staff do not sign up").isEqualTo(403);
        assertThat(Http.as(port, "bumen").postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/activities/" + activity + "/attendance").status())
                .as("a resident who does not organise it does not read the sign-up list").isEqualTo(403);
    }

    @Test
    void theVolunteersWithAPlaceAreRemindedOnceBeforeTheStartAndThoseWaitingAreNot() {
        String tag = ActivityPeople.unique();
        long team = people.team("提醒队" + tag.substring(0, 4));
        people.volunteer("ra" + tag);
        people.volunteer("rb" + tag);
        long activity = people.activity("shequ", team, 120, 60, 1);
        Http.as(port, "ra" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "");
        Http.as(port, "rb" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "");
        sweeps.sweep();
        sweeps.sweep();
        String reminders = "select count(*) from cases.inbox where user_id = :u and title = '活动提醒：测试活动'";
        assertThat(jdbc.sql(reminders).param("u", identity.findByUsername("ra" + tag).orElseThrow().id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql(reminders).param("u", identity.findByUsername("rb" + tag).orElseThrow().id())
                .query(Integer.class).single()).isZero();
        var late = Http.as(port, "ra" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/status",
                "{\"status\": \"CANCELLED\"}");
        assertThat(late.status()).as("a volunteer does not cancel the activity").isEqualTo(403);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/volunteer/activities/" + activity + "/status",
                "{\"status\": \"DONE\"}").status()).as("an open activity is not done before it runs").isEqualTo(409);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/volunteer/activities/" + activity + "/status",
                "{\"status\": \"CANCELLED\"}").json().get("statusName").asString()).isEqualTo("已取消");
        assertThat(Http.as(port, "ra" + tag).postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "")
                .status()).isEqualTo(409);
    }

    @Test
    void theLeaderShowsACodeThatChangesAndExpiresAndChecksAVolunteerInOnce() {
        String tag = ActivityPeople.unique();
        long team = people.team("先锋队" + tag.substring(0, 4));
        long leader = people.volunteer("ld" + tag);
        people.member(team, leader, true);
        people.volunteer("vc" + tag);
        assertThat(Http.as(port, "ld" + tag).get("/api/v1/volunteer/teams/" + team).json().get("mayManage").asBoolean())
                .isTrue();
        long activity = people.activity("ld" + tag, team, 10, 60, 5);
        Http volunteer = Http.as(port, "vc" + tag);
        volunteer.postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "");

        JsonNode code = Http.as(port, "ld" + tag).get("/api/v1/volunteer/activities/" + activity + "/code?kind=IN").json();
        String token = code.get("url").asString().replaceFirst(".*\\?t=", "");
        assertThat(code.get("svg").asString()).startsWith("<svg");
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/activities/" + activity + "/code").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/activities/" + activity + "/code").status())
                .isEqualTo(404);

        var forged = volunteer.postJson("/api/v1/volunteer/check-ins", "{\"token\": \"%s\"}".formatted(token + "x"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.detail()).contains("签到码无效");
        var in = volunteer.postJson("/api/v1/volunteer/check-ins", "{\"token\": \"%s\"}".formatted(token));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().get("repeated").asBoolean()).isFalse();
        assertThat(volunteer.postJson("/api/v1/volunteer/check-ins", "{\"token\": \"%s\"}".formatted(token)).json()
                .get("repeated").asBoolean()).isTrue();
        var stranger = Http.as(port, "jumin").postJson("/api/v1/volunteer/check-ins", "{\"token\": \"%s\"}".formatted(token));
        assertThat(stranger.status()).as("jumin did not sign up for it").isEqualTo(409);

        clock.advance(Duration.ofSeconds(61));
        var expired = volunteer.postJson("/api/v1/volunteer/check-ins", "{\"token\": \"%s\"}".formatted(token));
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.detail()).contains("已过期");
        String next = Http.as(port, "ld" + tag).get("/api/v1/volunteer/activities/" + activity + "/code?kind=IN").json()
                .get("url").asString();
        assertThat(next).doesNotEndWith(token);

        var early = Http.as(port, "ld" + tag).get("/api/v1/volunteer/activities/"
                + people.activity("ld" + tag, team, 120, 60, 5) + "/code");
        assertThat(early.status()).as("two hours before the start").isEqualTo(409);
    }

    @Test
    void aForgottenCheckOutIsClosedAtTheEndFlaggedAndConfirmedByTheOrganiser() {
        String tag = ActivityPeople.unique();
        long team = people.team("银发队" + tag.substring(0, 4));
        people.volunteer("fa" + tag);
        people.volunteer("fb" + tag);
        long activity = people.activity("shequ", team, 5, 60, 5);
        for (String who : new String[] {"fa" + tag, "fb" + tag}) {
            Http.as(port, who).postJson("/api/v1/volunteer/activities/" + activity + "/sign-up", "");
        }
        clock.advance(Duration.ofMinutes(6));
        String in = token(activity, "IN");
        for (String who : new String[] {"fa" + tag, "fb" + tag}) {
            assertThat(Http.as(port, who).postJson("/api/v1/volunteer/check-ins", "{\"token\": \"%s\"}".formatted(in))
                    .status()).isEqualTo(200);
        }
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/activities/" + activity).json().get("status")
                .asString()).isEqualTo("RUNNING");
        clock.advance(Duration.ofMinutes(50));
        assertThat(Http.as(port, "fb" + tag).postJson("/api/v1/volunteer/check-ins",
                "{\"token\": \"%s\"}".formatted(token(activity, "OUT"))).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(80));
        sweeps.sweep();
        JsonNode activityNow = Http.as(port, "shequ").get("/api/v1/volunteer/activities/" + activity).json();
        assertThat(activityNow.get("status").asString()).isEqualTo("DONE");
        JsonNode list = Http.as(port, "shequ").get("/api/v1/volunteer/activities/" + activity + "/attendance").json()
                .get("items");
        JsonNode forgot = list.valueStream().filter(a -> a.get("volunteerName").asString().equals("志愿者fa" + tag))
                .findFirst().orElseThrow();
        assertThat(forgot.get("flagged").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(forgot.get("checkedOutAt").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse(activityNow.get("endsAt").asString()).toInstant());

        assertThat(Http.as(port, "jumin").postJson("/api/v1/volunteer/activities/" + activity + "/confirm", "{}")
                .status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/volunteer/activities/" + activity + "/confirm", "{}")
                .status()).isEqualTo(404);
        var bad = Http.as(port, "shequ").postJson("/api/v1/volunteer/activities/" + activity + "/confirm", """
                {"items": [{"attendanceId": %d}, {"attendanceId": %d, "checkedOut": "2000-01-01T00:00"}]}"""
                .formatted(list.get(0).get("id").asLong(), list.get(1).get("id").asLong()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/activities/" + activity + "/attendance").json()
                .get("items").get(0).get("confirmedAt").isNull()).as("nothing half-written").isTrue();

        JsonNode other = list.valueStream().filter(a -> a.get("volunteerName").asString().equals("志愿者fb" + tag))
                .findFirst().orElseThrow();
        OffsetDateTime correctedOut = OffsetDateTime.parse(other.get("checkedInAt").asString()).plusMinutes(45).plusSeconds(30);
        var confirmed = Http.as(port, "shequ").postJson("/api/v1/volunteer/activities/" + activity + "/confirm", """
                {"items": [{"attendanceId": %d, "checkedOut": "%s"}]}""".formatted(other.get("id").asLong(), correctedOut));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("items").get(0).get("minutes").asInt()).isEqualTo(45);

        // the rest, as the organiser's "confirm all" does it, here in the test's thread to see the event it publishes
        var rest = attendances.confirm(activity, new Attendances.Confirmation(null),
                identity.findByUsername("shequ").orElseThrow());
        assertThat(rest).hasSize(1);
        assertThat(rest.getFirst().flagged()).isFalse();
        long expected = Duration.between(OffsetDateTime.parse(forgot.get("checkedInAt").asString()),
                OffsetDateTime.parse(forgot.get("checkedOutAt").asString())).toMinutes();
        assertThat(events.stream(VolunteerHoursConfirmed.class).filter(e -> e.activityId() == activity))
                .singleElement().satisfies(e -> {
                    assertThat(e.closedByRule()).isTrue();
                    assertThat(e.minutes()).isEqualTo(expected);
                    assertThat(e.attendanceId()).isEqualTo(forgot.get("id").asLong());
                });
        assertThat(Http.as(port, "shequ").postJson("/api/v1/volunteer/activities/" + activity + "/confirm", """
                {"items": [{"attendanceId": %d}]}""".formatted(forgot.get("id").asLong())).status()).isEqualTo(409);
    }

    private String token(long activity, String kind) {
        return Http.as(port, "shequ").get("/api/v1/volunteer/activities/" + activity + "/code?kind=" + kind).json()
                .get("url").asString().replaceFirst(".*\\?t=", "");
    }
}

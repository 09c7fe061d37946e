package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiceng.identity.IdentityApi;
import org.jiceng.party.ServiceRecorded;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Points over HTTP: rules and their versions, hours and deeds earning, reversals, and who is refused. */
@AppTest
class PointsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    PointsPeople people;
    Http shequ;

    @BeforeEach
    void people() {
        people = new PointsPeople(port, identity, volunteers, events, transaction, jdbc);
        shequ = Http.as(port, "shequ");
    }

    @Test
    void confirmedHoursEarnPointsOnceByTheRuleRoundedDownToWholePoints() {
        var p = people.resident("pts-hours", PointsPeople.TANGLANG);
        long perHour = shequ.get("/api/v1/volunteer/rules?territory=" + PointsPeople.TANGLANG).json()
                .get("effective").get("perHour").asLong();
        long attendance = people.confirmHours(p.volunteerId(), PointsPeople.TANGLANG, 95);
        // a redelivery of the same confirmation writes nothing more
        people.publish(new VolunteerHoursConfirmed("530326", attendance, p.volunteerId(), PointsPeople.TANGLANG, 1,
                "测试活动", 95, false, java.time.Instant.now()));
        PointsPeople.sleep();
        JsonNode mine = p.http().get("/api/v1/volunteer/points/mine").json();
        assertThat(mine.get("balance").get("balance").asLong()).isEqualTo(95 * perHour / 60);
        JsonNode entry = mine.get("entries").get("items").get(0);
        assertThat(entry.get("sourceKind").asString()).isEqualTo("ATTENDANCE");
        assertThat(entry.get("sourceId").asLong()).isEqualTo(attendance);
        assertThat(entry.get("ruleVersion").isNull()).isFalse();
        assertThat(mine.get("entries").get("items")).hasSize(1);
    }

    @Test
    void staffAwardADeedCappedPerDayAndReverseItWithAReason() {
        var p = people.resident("pts-deed", PointsPeople.TANGLANG);
        String path = "/api/v1/volunteer/points/" + p.volunteerId();
        JsonNode rule = shequ.get("/api/v1/volunteer/rules?territory=" + PointsPeople.TANGLANG).json().get("effective");
        JsonNode deed = rule.get("deeds").get(0);
        String kind = deed.get("kind").asString();
        int cap = deed.get("dailyCap").asInt();
        long total = 0;
        for (int i = 0; total < cap; i++) {
            var awarded = Http.as(port, "wangge").postJson(path + "/deeds", """
                    {"kind": "%s", "note": "楼道垃圾分类督导"}""".formatted(kind));
            assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
            total += awarded.json().get("points").asLong();
            assertThat(i).isLessThan(100);
        }
        var overCap = shequ.postJson(path + "/deeds", "{\"kind\": \"" + kind + "\"}");
        assertThat(overCap.status()).isEqualTo(409);
        assertThat(overCap.detail()).contains("上限");
        assertThat(shequ.postJson(path + "/deeds", "{\"kind\": \"不存在的好事\"}").status()).isEqualTo(400);

        long entry = shequ.get(path + "/entries").json().get("items").get(0).get("id").asLong();
        assertThat(shequ.postJson("/api/v1/volunteer/points/entries/" + entry + "/reverse", "{\"reason\": \"\"}").status())
                .isEqualTo(400);
        var reversed = shequ.postJson("/api/v1/volunteer/points/entries/" + entry + "/reverse", "{\"reason\": \"重复记分\"}");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(201);
        assertThat(reversed.json().get("sourceKind").asString()).isEqualTo("REVERSAL");
        assertThat(reversed.json().get("sourceId").asLong()).isEqualTo(entry);
        assertThat(shequ.postJson("/api/v1/volunteer/points/entries/" + entry + "/reverse", "{\"reason\": \"再冲\"}").status())
                .isEqualTo(409);
        long balance = shequ.get(path).json().get("balance").asLong();
        long sum = jdbc.sql("select sum(points) from volunteer.points_entry where volunteer_id = :v")
                .param("v", p.volunteerId()).query(Long.class).single();
        assertThat(balance).isEqualTo(sum).isEqualTo(total + reversed.json().get("points").asLong());
        // the reversed deed no longer counts against the day's cap
        assertThat(shequ.postJson(path + "/deeds", "{\"kind\": \"" + kind + "\"}").status()).isEqualTo(201);
    }

    @Test
    void theLedgerRefusesChangesInTheDatabase() {
        var p = people.resident("pts-trigger", PointsPeople.TANGLANG);
        people.confirmHours(p.volunteerId(), PointsPeople.TANGLANG, 60);
        for (String sql : new String[] {"update volunteer.points_entry set points = 1 where volunteer_id = :v",
                "delete from volunteer.points_entry where volunteer_id = :v"}) {
            try {
                jdbc.sql(sql).param("v", p.volunteerId()).update();
                assertThat(sql).as("should be refused").isNull();
            } catch (RuntimeException refused) {
                assertThat(refused.getMessage()).contains("只能追加");
            }
        }
    }

    @Test
    void aCommunitysNewRuleVersionCountsFromNowAndLeavesPastEntriesAsTheyWere() {
        String community = "530326001002";
        long v = people.volunteer(community, "规则测试志愿者");
        people.confirmHours(v, community, 60);
        var published = Http.as(port, "gucheng").postJson("/api/v1/volunteer/rules", """
                {"territoryCode": "%s", "perHour": 37, "partyPerHour": 5,
                 "deeds": [{"kind": "垃圾分类", "points": 3, "dailyCap": 6}], "note": "测试"}""".formatted(community));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        people.confirmHours(v, community, 60);
        JsonNode items = Http.as(port, "gucheng").get("/api/v1/volunteer/points/" + v + "/entries").json().get("items");
        assertThat(items.get(0).get("points").asLong()).isEqualTo(37);
        assertThat(items.get(0).get("ruleId").asLong()).isEqualTo(published.json().get("id").asLong());
        assertThat(items.get(1).get("ruleId").asLong()).isNotEqualTo(published.json().get("id").asLong());
        JsonNode rules = Http.as(port, "gucheng").get("/api/v1/volunteer/rules?territory=" + community).json();
        assertThat(rules.get("effective").get("perHour").asInt()).isEqualTo(37);
        var bad = Http.as(port, "gucheng").postJson("/api/v1/volunteer/rules", """
                {"territoryCode": "%s", "perHour": 10, "partyPerHour": 5,
                 "deeds": [{"kind": "垃圾分类", "points": 3, "dailyCap": 2}]}""".formatted(community));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("上限");
    }

    @Test
    void aPartyMembersServiceEarnsPointsWhenTheMemberIsAVolunteerAndSaysWhyNotOtherwise() {
        JsonNode member = Http.as(port, "dangjian").get("/api/v1/party/members?territory=" + PointsPeople.TANGLANG + "&limit=5")
                .json().get("items").get(0);
        long memberId = member.get("id").asLong();
        long residentId = member.get("residentId").asLong();
        long volunteerId = volunteers.byResident(residentId).map(Volunteers.Volunteer::id).orElseGet(() -> volunteers.register(
                new Volunteers.NewVolunteer(PointsPeople.TANGLANG, null, residentId, member.get("name").asString(), null,
                        java.util.List.of(), "")));
        long record = 900_000_000L + System.nanoTime() % 1_000_000;
        people.publish(new ServiceRecorded(record, PointsPeople.TANGLANG, memberId, LocalDate.now(), 120));
        people.awaitEntry("PARTY_SERVICE", record);
        people.publish(new ServiceRecorded(record + 1, PointsPeople.TANGLANG, null, LocalDate.now(), 120));
        for (int i = 0; i < 100 && shequ.get("/api/v1/volunteer/points/party-services").json().get("items").valueStream()
                .noneMatch(o -> o.get("recordId").asLong() == record + 1); i++) {
            PointsPeople.sleep();
        }
        JsonNode outcomes = shequ.get("/api/v1/volunteer/points/party-services").json().get("items");
        assertThat(outcomes.valueStream().filter(o -> o.get("recordId").asLong() == record).findFirst().orElseThrow()
                .get("volunteerId").asLong()).isEqualTo(volunteerId);
        assertThat(outcomes.valueStream().filter(o -> o.get("recordId").asLong() == record + 1).findFirst().orElseThrow()
                .get("reason").asString()).contains("单位");
    }

    @Test
    void anotherTownAResidentOnAnothersPointsAndADepartmentAreRefused() {
        var p = people.resident("pts-refused", PointsPeople.TANGLANG);
        var other = people.resident("pts-other", PointsPeople.TANGLANG);
        people.confirmHours(p.volunteerId(), PointsPeople.TANGLANG, 60);
        String path = "/api/v1/volunteer/points/" + p.volunteerId();
        assertThat(Http.as(port, "yiche").get(path).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson(path + "/deeds", "{\"kind\": \"垃圾分类\"}").status()).isEqualTo(404);
        assertThat(other.http().get(path).status()).isEqualTo(404);
        assertThat(other.http().get(path + "/entries").status()).isEqualTo(404);
        assertThat(p.http().get(path + "/entries").status()).isEqualTo(200);
        assertThat(p.http().postJson(path + "/deeds", "{\"kind\": \"垃圾分类\"}").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get(path).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/points").json().get("items").valueStream()
                .noneMatch(b -> b.get("volunteerId").asLong() == p.volunteerId())).isTrue();
        long entry = p.http().get(path + "/entries").json().get("items").get(0).get("id").asLong();
        assertThat(Http.as(port, "wangge").postJson("/api/v1/volunteer/points/entries/" + entry + "/reverse",
                "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/volunteer/rules", """
                {"territoryCode": "530326001001", "perHour": 1, "partyPerHour": 1}""").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/rules?territory=530326103001").status()).isEqualTo(403);
    }
}

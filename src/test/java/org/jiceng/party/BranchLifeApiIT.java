package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 三会一课 and 主题党日 through the API: planned, recorded with attendance and photos, overdue, a branch's year. */
@AppTest
class BranchLifeApiIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    long branch;
    List<Long> members;
    final LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));

    @BeforeEach
    void findTheBranch() {
        branch = BranchLifeSetup.branch(port, BranchLifeSetup.OWN_VILLAGE);
        members = BranchLifeSetup.members(port, branch);
        assertThat(members).hasSizeGreaterThan(2);
    }

    private Http.Response recordCommittee(Http as, long organisation, List<Long> attendees) {
        return as.postJson("/api/v1/party/meetings", """
                {"organisationId": %d, "kind": "COMMITTEE", "heldOn": "%s", "startTime": "09:00", "place": "党群服务中心",
                 "topics": "研究本月为民服务事项", "minutes": "议定三件实事。", "attendance": %s}"""
                .formatted(organisation, today, BranchLifeSetup.attendance(attendees)));
    }

    @Test
    void theBranchSecretaryRecordsACommitteeMeetingWithEveryMembersAttendance() {
        Http shuji = Http.as(port, "shuji");
        var created = recordCommittee(shuji, branch, members);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode meeting = shuji.get("/api/v1/party/meetings/" + created.json().get("id").asLong()).json();
        assertThat(meeting.get("held").asBoolean()).isTrue();
        assertThat(meeting.get("kindName").asString()).isEqualTo("支委会");
        assertThat(meeting.get("attendance")).hasSize(members.size());
        assertThat(meeting.get("attendance").valueStream().filter(a -> a.get("status").asString().equals("LEAVE"))
                .findFirst().orElseThrow().get("reason").asString()).isEqualTo("外出务工");
        var listed = shuji.get("/api/v1/party/meetings?organisationId=" + branch).json().get("items");
        assertThat(listed.valueStream().map(m -> m.get("id").asLong())).contains(created.json().get("id").asLong());
        // the town's staff read it; a department, another town and a resident outside the branch do not
        assertThat(Http.as(port, "gucheng").get("/api/v1/party/meetings/" + created.json().get("id")).status()).isEqualTo(200);
        assertThat(Http.as(port, "yiche").get("/api/v1/party/meetings/" + created.json().get("id")).status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/meetings/" + created.json().get("id")).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/meetings").status()).isEqualTo(403);
    }

    @Test
    void aHeldMeetingListsEveryMemberOnceAndALeaveCarriesItsReason() {
        Http shuji = Http.as(port, "shuji");
        var missing = recordCommittee(shuji, branch, members.subList(1, members.size()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("未填出席情况");
        var noReason = shuji.postJson("/api/v1/party/meetings", """
                {"organisationId": %d, "kind": "THEME_DAY", "heldOn": "%s", "place": "广场", "topics": "志愿服务",
                 "attendance": [{"memberId": %d, "status": "LEAVE"}]}""".formatted(branch, today, members.get(0)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asString()).isEqualTo("attendance[0].reason");
        var stranger = shuji.postJson("/api/v1/party/meetings", """
                {"organisationId": %d, "kind": "THEME_DAY", "heldOn": "%s", "place": "广场", "topics": "志愿服务",
                 "attendance": [{"memberId": 999999999, "status": "PRESENT"}]}""".formatted(branch, today));
        assertThat(stranger.status()).isEqualTo(400);
        var group = shuji.postJson("/api/v1/party/meetings", """
                {"organisationId": %d, "kind": "GROUP_MEETING", "held": false, "heldOn": "%s", "place": "广场", "topics": "学习"}"""
                .formatted(branch, today.plusDays(3)));
        assertThat(group.status()).isEqualTo(400);
        var future = recordCommittee(shuji, branch, members);
        assertThat(future.status()).isEqualTo(201);
    }

    @Test
    void aPlannedMeetingIsRecordedOnceWithTheVersionItWasReadAt() {
        Http shuji = Http.as(port, "shuji");
        var planned = shuji.postJson("/api/v1/party/meetings", """
                {"organisationId": %d, "kind": "PARTY_LECTURE", "held": false, "heldOn": "%s", "place": "党员活动室",
                 "topics": "书记讲党课"}""".formatted(branch, today.plusDays(2)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long id = planned.json().get("id").asLong();
        JsonNode before = shuji.get("/api/v1/party/meetings/" + id).json();
        assertThat(before.get("held").asBoolean()).isFalse();
        String record = """
                {"heldOn": "%s", "minutes": "讲授党建引领基层治理。", "attendance": %s, "version": %d}"""
                .formatted(today, BranchLifeSetup.attendance(members), before.get("version").asInt());
        var recorded = shuji.postJson("/api/v1/party/meetings/" + id + "/record", record);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("held").asBoolean()).isTrue();
        assertThat(recorded.json().get("attendance")).hasSize(members.size());
        assertThat(shuji.postJson("/api/v1/party/meetings/" + id + "/record", record).status()).isEqualTo(409);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/party/meetings/" + id + "/record", record).status())
                .isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/meetings/" + id + "/record", record).status())
                .isEqualTo(403);
    }

    @Test
    void anotherTownsStaffAndAResidentCannotRecordAMeetingOfTheBranch() {
        assertThat(recordCommittee(Http.as(port, "yiche"), branch, members).status()).isEqualTo(403);
        assertThat(recordCommittee(Http.as(port, "jumin"), branch, members).status()).isEqualTo(403);
        assertThat(recordCommittee(Http.as(port, "bumen"), branch, members).status()).isEqualTo(403);
        // the party administrator of the county records in another town too
        long foreign = BranchLifeSetup.branch(port, BranchLifeSetup.FOREIGN_TOWN);
        var there = recordCommittee(Http.as(port, "dangjian"), foreign, BranchLifeSetup.members(port, foreign));
        assertThat(there.status()).as(there.body()).isEqualTo(201);
        assertThat(recordCommittee(Http.as(port, "shuji"), foreign, List.of()).status()).isEqualTo(404);
    }

    @Test
    void photosOfAMeetingAreImagesReadByThoseWhoReadTheMeeting() {
        Http shuji = Http.as(port, "shuji");
        long id = recordCommittee(shuji, branch, members).json().get("id").asLong();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        var uploaded = shuji.postFile("/api/v1/party/meetings/" + id + "/photos", Map.of(), "file", "a.jpg", "image/jpeg", jpeg);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long photo = uploaded.json().get("id").asLong();
        var download = Http.as(port, "gucheng").download("/api/v1/party/meetings/" + id + "/photos/" + photo);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("image/jpeg");
        assertThat(download.body()).isEqualTo(jpeg);
        assertThat(Http.as(port, "yiche").download("/api/v1/party/meetings/" + id + "/photos/" + photo).status()).isEqualTo(404);
        var text = shuji.postFile("/api/v1/party/meetings/" + id + "/photos", Map.of(), "file", "a.jpg", "image/jpeg",
                "not a photo".getBytes());
        assertThat(text.status()).isEqualTo(400);
        assertThat(shuji.get("/api/v1/party/meetings/" + id).json().get("photoIds")).hasSize(1);
    }

    @Test
    void aMemberReadsTheMeetingsOfTheirOwnBranchOnly() {
        Http shuji = Http.as(port, "shuji");
        long id = recordCommittee(shuji, branch, members).json().get("id").asLong();
        Http member = BranchLifeSetup.memberAccount(port, identity, "bl-member-" + members.get(2), members.get(2));
        assertThat(member.get("/api/v1/party/meetings/" + id).status()).isEqualTo(200);
        assertThat(member.get("/api/v1/party/meetings").json().get("items").valueStream()
                .map(m -> m.get("id").asLong())).contains(id);
        long foreign = BranchLifeSetup.branch(port, BranchLifeSetup.FOREIGN_TOWN);
        long there = recordCommittee(Http.as(port, "dangjian"), foreign, BranchLifeSetup.members(port, foreign))
                .json().get("id").asLong();
        assertThat(member.get("/api/v1/party/meetings/" + there).status()).isEqualTo(404);
    }

    @Test
    void aBranchsYearCountsMeetingsByThePlanAndShowsDuesOnlyToTheBranchAndTheAdministrator() {
        Http shuji = Http.as(port, "shuji");
        recordCommittee(shuji, branch, members);
        JsonNode year = shuji.get("/api/v1/party/branches/" + branch + "/year/" + today.getYear()).json();
        JsonNode committee = year.get("meetings").valueStream().filter(k -> k.get("kind").asString().equals("COMMITTEE"))
                .findFirst().orElseThrow();
        assertThat(committee.get("expected").asInt()).isEqualTo(today.getMonthValue());
        assertThat(committee.get("covered").asInt()).isPositive();
        assertThat(year.get("attendanceRate").asString()).endsWith("%");
        assertThat(year.get("dues").isNull()).isFalse();
        JsonNode asTown = Http.as(port, "gucheng").get("/api/v1/party/branches/" + branch + "/year/" + today.getYear()).json();
        assertThat(asTown.get("dues").isNull()).isTrue();
        assertThat(Http.as(port, "yiche").get("/api/v1/party/branches/" + branch + "/year/" + today.getYear()).status())
                .isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/branches/" + branch + "/year/" + today.getYear()).status())
                .isEqualTo(403);
        assertThat(shuji.get("/api/v1/party/branches/" + branch + "/year/1").status()).isEqualTo(400);
    }

    @Test
    void branchesThatMissedTheirMonthlyCommitteeAreListedAsOverdue() {
        var overdue = Http.as(port, "dangjian").get("/api/v1/party/meetings/overdue?territory=" + BranchLifeSetup.FOREIGN_TOWN);
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.json().get("items").valueStream().map(o -> o.get("kind").asString())).contains("COMMITTEE");
        assertThat(Http.as(port, "shuji").get("/api/v1/party/meetings/overdue").json().get("items").valueStream()
                .map(o -> o.get("territoryCode").asString())).allMatch(c -> c.startsWith(BranchLifeSetup.OWN_VILLAGE));
    }
}

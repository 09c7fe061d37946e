package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 设岗定责, campaigns and the public 亮身份 board, through the API: who may set, read and sign, and who may not. */
@AppTest
class DutyPostIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    final LocalDate today = Beijing.today(Beijing.systemClock());

    DutyPeople people() {
        return new DutyPeople(port, identity);
    }

    long createPost(String as, long memberId, String name) {
        var created = Http.as(port, as).postJson("/api/v1/party/duty-posts", """
                {"kind": "MODEL", "name": "%s", "duties": "带头垃圾分类，每周劝导邻居", "area": "东门片区", "memberId": %d}"""
                .formatted(name, memberId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void theBranchSecretarySetsAPostThatTheCommunityStaffReadAndChange() {
        JsonNode member = people().member(0);
        long id = createPost("shuji", member.get("id").asLong(), "垃圾分类示范岗");
        JsonNode post = Http.as(port, "shequ").get("/api/v1/party/duty-posts/" + id).json();
        assertThat(post.get("kindName").asString()).isEqualTo("党员示范岗");
        assertThat(post.get("holderName").asString()).isEqualTo(member.get("name").asString());
        assertThat(post.get("startsOn").asString()).isEqualTo(today.toString());

        var changed = Http.as(port, "shequ").patchJson("/api/v1/party/duty-posts/" + id,
                "{\"duties\": \"带头分类，周末值守\", \"endsOn\": \"" + today.plusMonths(6) + "\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("duties").asString()).isEqualTo("带头分类，周末值守");
        assertThat(Http.as(port, "dangjian").get("/api/v1/party/duty-posts?territory=" + DutyPeople.TANGLANG + "&limit=500")
                .json().get("items").valueStream().anyMatch(p -> p.get("id").asLong() == id)).isTrue();
    }

    @Test
    void eachMistakeInAPostIsNamedAndNothingIsWritten() {
        long member = people().member(1).get("id").asLong();
        Http shuji = Http.as(port, "shuji");
        var noKind = shuji.postJson("/api/v1/party/duty-posts", "{\"name\": \"先锋岗\", \"duties\": \"x\", \"memberId\": " + member + "}");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.detail()).contains("kind");
        var backwards = shuji.postJson("/api/v1/party/duty-posts", """
                {"kind": "VANGUARD", "name": "先锋岗", "duties": "x", "memberId": %d, "startsOn": "%s", "endsOn": "%s"}"""
                .formatted(member, today, today.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.detail()).contains("不能早于上岗日期");
        var noMember = shuji.postJson("/api/v1/party/duty-posts", "{\"kind\": \"AREA\", \"name\": \"责任区\", \"duties\": \"x\", \"memberId\": 999999999}");
        assertThat(noMember.status()).isEqualTo(404);
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefused() {
        long member = people().member(2).get("id").asLong();
        long id = createPost("shequ", member, "先锋岗");
        String body = "{\"kind\": \"SHOCK_TEAM\", \"name\": \"突击队\", \"duties\": \"防汛\", \"memberId\": " + member + "}";
        assertThat(Http.as(port, "yiche").get("/api/v1/party/duty-posts/" + id).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/duty-posts", body).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").get("/api/v1/party/duty-posts?territory=" + DutyPeople.TANGLANG).status())
                .isEqualTo(403);
        assertThat(Http.as(port, "yiche").patchJson("/api/v1/party/duty-posts/" + id, "{\"duties\": \"改\"}").status())
                .isEqualTo(404);
        for (String user : new String[]{"jumin", "bumen"}) {
            assertThat(Http.as(port, user).get("/api/v1/party/duty-posts/" + id).status()).isEqualTo(403);
            assertThat(Http.as(port, user).postJson("/api/v1/party/duty-posts", body).status()).isEqualTo(403);
            assertThat(Http.as(port, user).get("/api/v1/party/duty-posts").status()).isEqualTo(403);
        }
    }

    @Test
    void membersSignACampaignFirstInTheOrderTheySigned() {
        DutyPeople people = people();
        JsonNode first = people.member(3);
        JsonNode second = people.member(4);
        var started = Http.as(port, "shequ").postJson("/api/v1/party/campaigns", """
                {"communityCode": "%s", "title": "拆除违建，党员先签", "description": "党员带头拆除自家违建"}"""
                .formatted(DutyPeople.TANGLANG));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long campaign = started.json().get("id").asLong();

        Http own = people.memberAccount("duty-signer", first);
        assertThat(own.postJson("/api/v1/party/campaigns/" + campaign + "/signatures", "{}").status()).isEqualTo(200);
        var staff = Http.as(port, "shuji").postJson("/api/v1/party/campaigns/" + campaign + "/signatures",
                "{\"memberId\": " + second.get("id").asLong() + "}");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(own.postJson("/api/v1/party/campaigns/" + campaign + "/signatures", "{}").status()).isEqualTo(200);

        JsonNode signatures = Http.as(port, "dangjian").get("/api/v1/party/campaigns/" + campaign).json().get("signatures");
        assertThat(signatures.size()).isEqualTo(2);
        assertThat(signatures.get(0).get("holderName").asString()).isEqualTo(first.get("name").asString());
        assertThat(signatures.get(1).get("holderName").asString()).isEqualTo(second.get("name").asString());

        assertThat(Http.as(port, "yiche").get("/api/v1/party/campaigns/" + campaign).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/campaigns/" + campaign + "/signatures",
                "{\"memberId\": " + second.get("id").asLong() + "}").status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/party/campaigns", "{\"communityCode\": \"" + DutyPeople.TANGLANG
                + "\", \"title\": \"x\"}").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/campaigns").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/campaigns", "{\"communityCode\": \"" + DutyPeople.TANGLANG
                + "\", \"title\": \"x\"}").status()).isEqualTo(403);
    }

    @Test
    void theBoardShowsAnyoneNamesAndRolesOnly() {
        JsonNode member = people().member(5);
        createPost("shuji", member.get("id").asLong(), "文明劝导岗");
        var api = Http.anonymous(port).get("/api/v1/party/board/" + DutyPeople.TANGLANG);
        assertThat(api.status()).isEqualTo(200);
        JsonNode board = api.json();
        assertThat(board.get("posts").valueStream().anyMatch(p -> p.get("name").asString().equals("文明劝导岗")
                && p.get("holderName").asString().equals(member.get("name").asString()))).isTrue();
        String json = api.body();
        assertThat(json).doesNotContain("memberId", "residentId", "phone", "idNumber", "address");

        var page = Http.anonymous(port).get("/party/board/" + DutyPeople.TANGLANG);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("党员亮身份", "文明劝导岗", member.get("name").asString());

        assertThat(Http.anonymous(port).get("/api/v1/party/board/530326001").status()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/v1/party/board/530326001999").status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/board/" + DutyPeople.TANGLANG).status()).isEqualTo(200);
    }

    @Test
    void theStaffPageListsAndSetsPosts() {
        var page = Http.as(port, "shuji").get("/party/duty");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("设岗定责", "我是党员我先签", "post-form");
        assertThat(Http.as(port, "dangjian").get("/party/duty").status()).isEqualTo(200);
        assertThat(Http.as(port, "dangjian").get("/party/duty?village=" + DutyPeople.TANGLANG).status()).isEqualTo(200);
        assertThat(Http.as(port, "jumin").get("/party/duty").status()).isEqualTo(403);
    }
}

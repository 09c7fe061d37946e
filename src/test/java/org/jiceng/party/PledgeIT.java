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

/** Pledges: a member makes and keeps their own, the branch keeps those of its place, the board shows them kept. */
@AppTest
class PledgeIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    final LocalDate today = Beijing.today(Beijing.systemClock());

    @Test
    void aMemberMakesNotesAndKeepsTheirOwnPledgeAndTheBoardShowsItKept() {
        DutyPeople people = new DutyPeople(port, identity);
        JsonNode member = people.member(10);
        Http own = people.memberAccount("pledge-maker", member);
        var made = own.postJson("/api/v1/party/pledges", """
                {"content": "每周为独居老人代购一次药品", "dueOn": "%s"}""".formatted(today.plusMonths(3)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();

        var noted = own.postJson("/api/v1/party/pledges/" + id + "/progress", "{\"note\": \"已代购两次\"}");
        assertThat(noted.status()).isEqualTo(200);
        assertThat(noted.json().get("notes").get(0).get("note").asString()).isEqualTo("已代购两次");
        assertThat(own.get("/api/v1/party/pledges").json().get("items").valueStream()
                .anyMatch(p -> p.get("id").asLong() == id)).isTrue();

        var kept = own.postJson("/api/v1/party/pledges/" + id + "/closing", "{\"state\": \"KEPT\", \"note\": \"三个月共代购十二次\"}");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("pledge").get("stateName").asString()).isEqualTo("已兑现");
        assertThat(own.postJson("/api/v1/party/pledges/" + id + "/progress", "{\"note\": \"又一次\"}").status())
                .isEqualTo(409);

        JsonNode board = Http.anonymous(port).get("/api/v1/party/board/" + DutyPeople.TANGLANG).json();
        assertThat(board.get("pledges").valueStream().anyMatch(p -> p.get("content").asString()
                .equals("每周为独居老人代购一次药品") && p.get("state").asString().equals("KEPT")
                && p.get("completion").asString().equals("三个月共代购十二次"))).isTrue();

        var page = own.get("/party/pledges");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("每周为独居老人代购一次药品");
    }

    @Test
    void theBranchKeepsAMembersPledgeAndAnotherMemberCannotTouchIt() {
        DutyPeople people = new DutyPeople(port, identity);
        JsonNode member = people.member(11);
        var made = Http.as(port, "shuji").postJson("/api/v1/party/pledges", """
                {"memberId": %d, "content": "带头参与垃圾分类", "dueOn": "%s"}"""
                .formatted(member.get("id").asLong(), today.plusDays(30)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(Http.as(port, "shequ").get("/api/v1/party/pledges/" + id).status()).isEqualTo(200);

        Http other = people.memberAccount("pledge-other", people.member(12));
        assertThat(other.get("/api/v1/party/pledges/" + id).status()).isEqualTo(404);
        assertThat(other.postJson("/api/v1/party/pledges/" + id + "/progress", "{\"note\": \"x\"}").status()).isEqualTo(404);
        assertThat(other.postJson("/api/v1/party/pledges", "{\"memberId\": " + member.get("id").asLong()
                + ", \"content\": \"替别人承诺\", \"dueOn\": \"" + today.plusDays(3) + "\"}").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/party/pledges").json().get("items").valueStream()
                .noneMatch(p -> p.get("id").asLong() == id)).isTrue();
    }

    @Test
    void anotherTownAResidentWhoIsNoMemberAndADepartmentAreRefused() {
        DutyPeople people = new DutyPeople(port, identity);
        long member = people.member(13).get("id").asLong();
        long id = Http.as(port, "shequ").postJson("/api/v1/party/pledges", """
                {"memberId": %d, "content": "义务巡河", "dueOn": "%s"}""".formatted(member, today.plusDays(60)))
                .json().get("id").asLong();
        String body = "{\"memberId\": " + member + ", \"content\": \"x\", \"dueOn\": \"" + today.plusDays(3) + "\"}";
        assertThat(Http.as(port, "yiche").get("/api/v1/party/pledges/" + id).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/pledges", body).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/pledges/" + id + "/closing", "{\"note\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(Http.as(port, "yiche").get("/api/v1/party/pledges?territory=" + DutyPeople.TANGLANG).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/party/pledges/" + id).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/party/pledges", body).status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/pledges/" + id).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").postJson("/api/v1/party/pledges", body).status()).isEqualTo(403);
    }

    @Test
    void aPledgesDueDateAndClosingAreChecked() {
        DutyPeople people = new DutyPeople(port, identity);
        long member = people.member(14).get("id").asLong();
        Http shuji = Http.as(port, "shuji");
        var past = shuji.postJson("/api/v1/party/pledges", "{\"memberId\": " + member + ", \"content\": \"x\", \"dueOn\": \""
                + today.minusDays(1) + "\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.detail()).contains("不能早于今天");
        var far = shuji.postJson("/api/v1/party/pledges", "{\"memberId\": " + member + ", \"content\": \"x\", \"dueOn\": \""
                + today.plusYears(2) + "\"}");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.detail()).contains("一年之后");
        long id = shuji.postJson("/api/v1/party/pledges", "{\"memberId\": " + member + ", \"content\": \"清理楼道杂物\", \"dueOn\": \""
                + today + "\"}").json().get("id").asLong();
        var future = shuji.postJson("/api/v1/party/pledges/" + id + "/closing", "{\"note\": \"完成\", \"on\": \"" + today.plusDays(1) + "\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.detail()).contains("不能晚于今天");
        var withdrawn = shuji.postJson("/api/v1/party/pledges/" + id + "/closing", "{\"state\": \"WITHDRAWN\", \"note\": \"已搬离本社区\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(Http.anonymous(port).get("/api/v1/party/board/" + DutyPeople.TANGLANG).json().get("pledges").valueStream()
                .noneMatch(p -> p.get("content").asString().equals("清理楼道杂物"))).isTrue();
    }
}

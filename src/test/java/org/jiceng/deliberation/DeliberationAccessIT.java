package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.deliberation.BallotsApiIT.ballot;
import static org.jiceng.deliberation.BallotsApiIT.created;
import static org.jiceng.deliberation.BallotsApiIT.estateJson;
import static org.jiceng.deliberation.BallotsApiIT.inDays;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may see and do what in deliberation, role by role, as the permission policy says. */
@AppTest
class DeliberationAccessIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    Http as(String user) {
        return Http.as(port, user);
    }

    long topic() {
        return created(as("jumin").postJson("/api/v1/topics", """
                {"title": "权限测试议题", "description": "小区路灯需要增设，请两委研究"}"""));
    }

    long householdBallot() {
        return created(as("shequ").postJson("/api/v1/ballots", """
                {"territoryCode": "%s", "title": "权限测试户代表表决", "closesAt": "%s"}""".formatted(TANGLANG, inDays(5))));
    }

    long ownersBallot(String... extraUnits) {
        long estate = created(as("shequ").postJson("/api/v1/estates",
                estateJson("权限测试小区" + System.nanoTime(), 2, "80", extraUnits)));
        return ballot(as("shequ"), estate, "ORDINARY", false, false);
    }

    @Test
    void aResidentReadsAndProposesTopicsOfTheirCommunityButMovesNone() {
        long id = topic();
        assertThat(as("jumin").get("/api/v1/topics/" + id).status()).isEqualTo(200);
        var confirm = as("jumin").postJson("/api/v1/topics/" + id + "/actions/confirm", "{}");
        assertThat(confirm.status()).isEqualTo(403);
        assertThat(confirm.detail()).contains("村(社区)两委");
        assertThat(as("shequ").postJson("/api/v1/topics/" + id + "/actions/confirm", "{}").status()).isEqualTo(200);
    }

    @Test
    void anotherTownDoesNotSeeTheTopicAndCannotMoveIt() {
        long id = topic();
        assertThat(as("yiche").get("/api/v1/topics/" + id).status()).isEqualTo(404);
        assertThat(as("yiche").postJson("/api/v1/topics/" + id + "/actions/confirm", "{}").status()).isEqualTo(404);
    }

    @Test
    void departmentsAndTheAuditorRaiseNoTopicsAndHoldNoMeetings() {
        for (String user : new String[] {"bumen", "jijian", "dangjian"}) {
            assertThat(as(user).postJson("/api/v1/topics", "{\"title\": \"提议\", \"description\": \"不该由此提出议题\"}")
                    .status()).as(user).isEqualTo(403);
            assertThat(as(user).postJson("/api/v1/meetings", "{\"kind\": \"MORNING\", \"title\": \"越权会议\"}")
                    .status()).as(user).isEqualTo(403);
            assertThat(as(user).postJson("/api/v1/notices", "{\"title\": \"越权公示\", \"body\": \"内容\"}")
                    .status()).as(user).isEqualTo(403);
        }
        assertThat(as("jumin").postJson("/api/v1/meetings", "{\"kind\": \"MORNING\", \"title\": \"居民会议\"}").status())
                .isEqualTo(403);
    }

    @Test
    void aResidentSeesTheHouseholdBallotOfTheirVillageButCannotVoteInItOnline() {
        long id = householdBallot();
        assertThat(as("jumin").get("/api/v1/ballots/" + id).status()).isEqualTo(200);
        var vote = as("jumin").postJson("/api/v1/ballots/" + id + "/votes", "{\"choice\": \"YES\"}");
        assertThat(vote.status()).isEqualTo(403);
        assertThat(vote.detail()).contains("书面表决票");
        assertThat(as("jumin").postJson("/api/v1/ballots/" + id + "/close", "").status()).isEqualTo(403);
    }

    @Test
    void aResidentSeesAnOwnersBallotOnlyWhereTheRollNamesThem() {
        long notTheirs = ownersBallot();
        assertThat(as("jumin").get("/api/v1/ballots/" + notTheirs).status()).isEqualTo(404);
        assertThat(as("jumin").postJson("/api/v1/ballots/" + notTheirs + "/votes", "{\"choice\": \"YES\"}").status())
                .isEqualTo(404);
        long theirs = ownersBallot("{\"unit\":\"9-9\",\"owner\":\"居民业主\",\"area\":\"70.00\",\"username\":\"jumin\"}");
        assertThat(as("jumin").get("/api/v1/ballots/" + theirs).status()).isEqualTo(200);
        assertThat(as("jumin").postJson("/api/v1/ballots/" + theirs + "/votes", "{\"choice\": \"YES\"}").status())
                .isEqualTo(201);
    }

    @Test
    void departmentsPartyAdministratorsAndGridWorkersHaveNoStandingInBallots() {
        long id = householdBallot();
        for (String user : new String[] {"bumen", "dangjian", "wangge"}) {
            assertThat(as(user).get("/api/v1/ballots").status()).as(user).isEqualTo(403);
            assertThat(as(user).get("/api/v1/ballots/" + id).status()).as(user).isEqualTo(403);
            assertThat(as(user).get("/api/v1/estates").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theAuditorReadsBallotsAndEstatesButRunsNone() {
        long id = householdBallot();
        assertThat(as("jijian").get("/api/v1/ballots/" + id).status()).isEqualTo(200);
        assertThat(as("jijian").get("/api/v1/estates").status()).isEqualTo(200);
        assertThat(as("jijian").postJson("/api/v1/ballots/" + id + "/close", "").status()).isEqualTo(403);
        assertThat(as("jijian").postJson("/api/v1/estates", estateJson("审计小区", 1, "50")).status()).isEqualTo(403);
    }

    @Test
    void anotherTownNeitherSeesNorRunsTheBallot() {
        long id = householdBallot();
        assertThat(as("yiche").get("/api/v1/ballots/" + id).status()).isEqualTo(404);
        assertThat(as("yiche").postJson("/api/v1/ballots/" + id + "/close", "").status()).isEqualTo(404);
    }

    @Test
    void theMeetingsPageOffersTheMeetingFormsOnlyToTheCommittee() {
        Http shequ = Http.anonymous(port);
        shequ.formLogin("shequ", Http.DEMO_PASSWORD);
        assertThat(shequ.get("/meetings").body()).contains("id=\"new-meeting\"");
        Http jumin = Http.anonymous(port);
        jumin.formLogin("jumin", Http.DEMO_PASSWORD);
        var page = jumin.get("/meetings");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"new-meeting\"").doesNotContain("id=\"new-series\"");
    }
}

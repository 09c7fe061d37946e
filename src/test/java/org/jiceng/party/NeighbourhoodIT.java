package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jiceng.Beijing;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import tools.jackson.databind.JsonNode;

/**
 * 三长 and 楼长 at work: chosen with a record, given households and duties, reporting into the case loop as
 * themselves, and rated each month by the community; refused to another town, other residents and departments.
 */
@AppTest
class NeighbourhoodIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    final LocalDate today = Beijing.today(Beijing.systemClock());

    record Holder(long postId, long residentId, String name, JsonNode household, Http account) {
    }

    /** A 邻长 of a grid of 堂琅社区: a resident of a household there, assigned by the community, with an account. */
    Holder linZhang(String username, int householdIndex) {
        Http shequ = Http.as(port, "shequ");
        String grid = shequ.get("/api/v1/grids?village=" + DutyPeople.TANGLANG).json().get("items").get(0).get("code").asString();
        JsonNode households = shequ.get("/api/v1/households?territory=" + grid + "&limit=40").json().get("items");
        // a demo account may already be some resident of the grid: take the next household whose head is free
        for (int index = householdIndex; index < households.size(); index += 3) {
            JsonNode household = households.get(index);
            JsonNode resident = shequ.get("/api/v1/households/" + household.get("id").asLong()).json().get("members").get(0);
            String name = resident.get("name").asString();
            Http account;
            try {
                account = new DutyPeople(port, identity).residentAccount(username + "-" + index, name + "（邻长）",
                        resident.get("id").asLong());
            } catch (DuplicateKeyException linkedToAnother) {
                continue;
            }
            var post = shequ.postJson("/api/v1/party/posts", """
                    {"kind": "LIN_ZHANG", "territoryCode": "%s", "area": "第2组第%d邻", "residentId": %d}"""
                    .formatted(grid, index, resident.get("id").asLong()));
            assertThat(post.status()).as(post.body()).isEqualTo(201);
            return new Holder(post.json().get("id").asLong(), resident.get("id").asLong(), name, household, account);
        }
        throw new IllegalStateException("no free resident in " + grid);
    }

    @Test
    void aLinZhangsReportBecomesACaseWhoseReporterIsTheLinZhang() {
        Holder holder = linZhang("linzhang-report", 1);
        var report = holder.account().postJson("/api/v1/party/posts/" + holder.postId() + "/reports", """
                {"categoryCode": "0301", "description": "第2组路灯坏了三盏，晚上老人出行不便"}""");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        long caseId = report.json().get("caseId").asLong();

        var mine = holder.account().get("/api/v1/cases/" + caseId);
        assertThat(mine.status()).isEqualTo(200);
        JsonNode filed = Http.as(port, "shequ").get("/api/v1/cases/" + caseId).json();
        assertThat(filed.get("reporterName").asString()).isEqualTo(holder.name() + "（邻长）");
        assertThat(filed.get("sourceRef").asString()).isEqualTo("post:" + holder.postId());
        assertThat(filed.get("territoryCode").asString()).startsWith(DutyPeople.TANGLANG);

        JsonNode reports = Http.as(port, "shuji").get("/api/v1/party/posts/" + holder.postId() + "/reports").json().get("items");
        assertThat(reports.get(0).get("caseNumber").asString()).isEqualTo(filed.get("number").asString());
    }

    @Test
    void theCommunityRecordsTheElectionHouseholdsDutiesAndTheMonthsRating() {
        Holder holder = linZhang("linzhang-duties", 2);
        String path = "/api/v1/party/posts/" + holder.postId();
        Http shequ = Http.as(port, "shequ");
        var election = shequ.putJson(path + "/election", """
                {"heldOn": "%s", "method": "HOUSEHOLD_VOTE", "votes": 18, "participants": 21,
                 "minutes": "第2组户代表会议推选，到会21户，得票18票"}""".formatted(today.minusDays(10)));
        assertThat(election.status()).as(election.body()).isEqualTo(200);
        var tooMany = shequ.putJson(path + "/election", """
                {"heldOn": "%s", "method": "HOUSEHOLD_VOTE", "votes": 22, "participants": 21, "minutes": "x"}"""
                .formatted(today));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.detail()).contains("不能多于参加人数");

        var households = shequ.postJson(path + "/households", "{\"householdIds\": [" + holder.household().get("id").asLong() + "]}");
        assertThat(households.status()).as(households.body()).isEqualTo(200);
        assertThat(households.json().get("items").get(0).get("id").asLong()).isEqualTo(holder.household().get("id").asLong());
        assertThat(shequ.postJson(path + "/duties", "{\"kind\": \"AGENCY\", \"description\": \"为本邻老人代办医保缴费\"}").status())
                .isEqualTo(200);

        String month = YearMonth.from(today).toString();
        var rated = shequ.postJson(path + "/evaluations", "{\"month\": \"" + month + "\", \"rating\": \"EXCELLENT\", \"note\": \"优秀邻长\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        var future = shequ.postJson(path + "/evaluations", "{\"month\": \"" + YearMonth.from(today).plusMonths(1)
                + "\", \"rating\": \"GOOD\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(Http.as(port, "shuji").postJson(path + "/evaluations", "{\"month\": \"" + month + "\", \"rating\": \"GOOD\"}")
                .json().get("items").get(0).get("rating").asString()).isEqualTo("GOOD");

        JsonNode work = holder.account().get(path).json();
        assertThat(work.get("election").get("votes").asInt()).isEqualTo(18);
        assertThat(work.get("households").size()).isEqualTo(1);
        // the holder calls on the household and reads its address; oversight reads it masked, as in the register
        String address = work.get("households").get(0).get("address").asString();
        assertThat(address).doesNotContain("*");
        String seenByAuditor = Http.as(port, "jijian").get(path).json().get("households").get(0).get("address").asString();
        assertThat(seenByAuditor).startsWith(address.substring(0, 1)).contains("*").isNotEqualTo(address);
        assertThat(work.get("duties").get(0).get("kind").asString()).isEqualTo("AGENCY");
        assertThat(work.get("evaluations").get(0).get("rating").asString()).isEqualTo("GOOD");
        assertThat(holder.account().postJson(path + "/evaluations", "{\"month\": \"" + month + "\", \"rating\": \"EXCELLENT\"}")
                .status()).isEqualTo(403);
        assertThat(holder.account().postJson(path + "/duties", "{\"kind\": \"AGENCY\", \"description\": \"x\"}").status())
                .isEqualTo(403);

        var page = holder.account().get("/party/neighbourhood/" + holder.postId());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("上报情况", "为本邻老人代办医保缴费");
        assertThat(holder.account().get("/party/neighbourhood").body()).contains("邻长");
        assertThat(shequ.get("/party/neighbourhood/" + holder.postId()).body()).contains("election-form", "evaluation-form");
    }

    @Test
    void anotherTownOtherResidentsAndADepartmentAreRefused() {
        Holder holder = linZhang("linzhang-refused", 3);
        String path = "/api/v1/party/posts/" + holder.postId();
        String report = "{\"categoryCode\": \"0301\", \"description\": \"x\"}";
        assertThat(Http.as(port, "yiche").get(path).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson(path + "/reports", report).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson(path + "/evaluations", "{\"month\": \"2026-01\", \"rating\": \"GOOD\"}").status())
                .isEqualTo(404);
        assertThat(Http.as(port, "yiche").putJson(path + "/election", "{}").status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get(path).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").postJson(path + "/reports", report).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").putJson(path + "/election", "{}").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get(path).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").postJson(path + "/reports", report).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").postJson(path + "/households", "{\"householdIds\": [1]}").status()).isEqualTo(403);
    }
}

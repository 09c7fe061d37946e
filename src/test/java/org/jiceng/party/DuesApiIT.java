package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 党费 through the API, exact in fen: a month recorded from a base by the rules' rate or as set, paid in parts, a
 * member's year and a branch's month with arrears; read only by the member, the branch and the party administrator.
 */
@AppTest
class DuesApiIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    long branch;
    List<Long> members;

    @BeforeEach
    void findTheBranch() {
        branch = BranchLifeSetup.branch(port, BranchLifeSetup.OWN_VILLAGE);
        members = BranchLifeSetup.members(port, branch);
        assertThat(members).hasSizeGreaterThan(4);
    }

    private Http.Response record(Http as, long member, String month, String body) {
        return as.postJson("/api/v1/party/dues", "{\"memberId\": %d, \"month\": \"%s\", %s}".formatted(member, month, body));
    }

    @Test
    void aMonthsDueComesFromTheBaseByTheRateAndIsPaidInPartsToTheFen() {
        Http shuji = Http.as(port, "shuji");
        long member = members.get(0);
        var created = record(shuji, member, "2019-03", "\"category\": \"EMPLOYED\", \"base\": \"4567.89\"");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode month = shuji.get("/api/v1/party/dues/" + id).json();
        assertThat(month.get("dueFen").asLong()).isEqualTo(4568);
        assertThat(month.get("arrearsFen").asLong()).isEqualTo(4568);
        assertThat(record(shuji, member, "2019-03", "\"category\": \"FIXED\", \"due\": \"1\"").status()).isEqualTo(409);

        var part = shuji.postJson("/api/v1/party/dues/" + id + "/payments",
                "{\"paid\": \"20.01\", \"version\": " + month.get("version").asInt() + "}");
        assertThat(part.status()).as(part.body()).isEqualTo(200);
        assertThat(part.json().get("paidFen").asLong()).isEqualTo(2001);
        assertThat(part.json().get("arrearsFen").asLong()).isEqualTo(2567);
        assertThat(shuji.postJson("/api/v1/party/dues/" + id + "/payments",
                "{\"paid\": \"25.67\", \"version\": " + month.get("version").asInt() + "}").status()).isEqualTo(409);
        var rest = shuji.postJson("/api/v1/party/dues/" + id + "/payments",
                "{\"paid\": \"25.67\", \"version\": " + part.json().get("version").asInt() + "}");
        assertThat(rest.json().get("arrearsFen").asLong()).isZero();

        assertThat(record(shuji, member, "2019-04", "\"category\": \"FIXED\", \"due\": \"0.50\"").status()).isEqualTo(201);
        JsonNode year = shuji.get("/api/v1/party/dues?memberId=" + member + "&year=2019").json();
        assertThat(year.get("months")).hasSize(2);
        assertThat(year.get("totals").get("dueFen").asLong()).isEqualTo(4568 + 50);
        assertThat(year.get("totals").get("paidFen").asLong()).isEqualTo(4568);
        assertThat(year.get("totals").get("arrearsFen").asLong()).isEqualTo(50);
        assertThat(year.get("totals").get("unpaidMonths").asInt()).isEqualTo(1);
    }

    @Test
    void badAmountsAndMonthsAreRefusedNamingTheField() {
        Http shuji = Http.as(port, "shuji");
        long member = members.get(1);
        var tooPrecise = record(shuji, member, "2019-05", "\"category\": \"EMPLOYED\", \"base\": \"3000.001\"");
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.json().get("field").asString()).isEqualTo("base");
        var badMonth = record(shuji, member, "2019-13", "\"category\": \"FIXED\", \"due\": \"1\"");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.json().get("field").asString()).isEqualTo("month");
        var wrongDue = record(shuji, member, "2019-05", "\"category\": \"EMPLOYED\", \"base\": \"3000\", \"due\": \"30\"");
        assertThat(wrongDue.status()).isEqualTo(400);
        assertThat(wrongDue.json().get("field").asString()).isEqualTo("due");
        assertThat(shuji.get("/api/v1/party/dues?memberId=" + member + "&year=2019").json().get("months")).isEmpty();
    }

    @Test
    void onlyTheMemberTheBranchAndThePartyAdministratorReadAMembersDues() {
        Http shuji = Http.as(port, "shuji");
        long member = members.get(2);
        long other = members.get(3);
        long id = record(shuji, member, "2019-06", "\"category\": \"RETIRED\", \"base\": \"5000\"").json().get("id").asLong();
        long othersId = record(shuji, other, "2019-06", "\"category\": \"FIXED\", \"due\": \"1\"").json().get("id").asLong();
        assertThat(Http.as(port, "dangjian").get("/api/v1/party/dues/" + id).status()).isEqualTo(200);
        for (String refused : List.of("shequ", "gucheng", "jijian", "bumen", "yiche", "wangge", "admin")) {
            assertThat(Http.as(port, refused).get("/api/v1/party/dues/" + id).status()).as(refused).isEqualTo(403);
            assertThat(Http.as(port, refused).get("/api/v1/party/dues?memberId=" + member).status()).as(refused).isEqualTo(403);
        }
        // a resident who is not this member reads nothing of it
        assertThat(Http.as(port, "jumin").get("/api/v1/party/dues/" + id).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get("/api/v1/party/dues?memberId=" + member).status()).isEqualTo(404);
        Http self = BranchLifeSetup.memberAccount(port, identity, "bl-dues-" + member, member);
        assertThat(self.get("/api/v1/party/dues/" + id).json().get("dueFen").asLong()).isEqualTo(2500);
        assertThat(self.get("/api/v1/party/dues?memberId=" + member + "&year=2019").status()).isEqualTo(200);
        assertThat(self.get("/api/v1/party/dues/" + othersId).status()).isEqualTo(404);
        assertThat(self.get("/api/v1/party/dues?organisationId=" + branch).status()).isEqualTo(404);
        assertThat(self.postJson("/api/v1/party/dues/" + id + "/payments", "{\"paid\": \"1\", \"version\": 0}").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/party/dues", "{\"memberId\": " + member + "}").status())
                .isEqualTo(403);
    }

    @Test
    void aBranchsMonthListsEveryMemberWithTheArrearsOfTheYear() {
        Http shuji = Http.as(port, "shuji");
        long member = members.get(4);
        long jan = record(shuji, member, "2018-01", "\"category\": \"FIXED\", \"due\": \"2\"").json().get("id").asLong();
        record(shuji, member, "2018-02", "\"category\": \"FIXED\", \"due\": \"2\", \"paid\": \"2\", \"paidOn\": \"2018-02-10\"");
        shuji.postJson("/api/v1/party/dues/" + jan + "/payments", "{\"paid\": \"0.5\", \"paidOn\": \"2018-03-01\", \"version\": 0}");
        JsonNode month = shuji.get("/api/v1/party/dues?organisationId=" + branch + "&month=2018-02").json();
        assertThat(month.get("members")).hasSize(members.size());
        JsonNode line = month.get("members").valueStream().filter(l -> l.get("memberId").asLong() == member)
                .findFirst().orElseThrow();
        assertThat(line.get("month").get("paidFen").asLong()).isEqualTo(200);
        assertThat(line.get("owedThisYear").get("arrearsFen").asLong()).isEqualTo(150);
        assertThat(line.get("owedThisYear").get("unpaidMonths").asInt()).isEqualTo(1);
        assertThat(month.get("arrearsThisYear").get("arrearsFen").asLong()).isGreaterThanOrEqualTo(150);
        assertThat(Http.as(port, "dangjian").get("/api/v1/party/dues?organisationId=" + branch + "&month=2018-02").status())
                .isEqualTo(200);
        assertThat(Http.as(port, "jumin").get("/api/v1/party/dues?organisationId=" + branch).status()).isIn(403, 404);
        assertThat(Http.as(port, "yiche").get("/api/v1/party/dues?organisationId=" + branch).status()).isEqualTo(403);
    }
}

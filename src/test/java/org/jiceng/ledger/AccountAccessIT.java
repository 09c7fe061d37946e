package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who opens, reads, posts to and manages which account, as the ledger's rows of the policy say. */
@AppTest
class AccountAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    String entry(String memo) {
        return AccountFixtures.entry(Beijing.today(clock).toString(), memo, "6403", "1002", 12_345);
    }

    static String path(JsonNode account) {
        return "/api/v1/ledger/accounts/" + account.get("id").asLong();
    }

    @Test
    void anAccountOpensWithItsDefaultChartAndKeepers() {
        JsonNode account = AccountFixtures.propertyFeeAccount(port);
        assertThat(account.get("name").asString()).startsWith("账本测试小区").endsWith("物业费");
        assertThat(account.get("approvalThresholdFen").asLong()).isEqualTo(300_000);
        assertThat(account.get("keepers").valueStream().map(k -> k.get("role").asString()))
                .containsExactlyInAnyOrder("OWNERS_COMMITTEE", "PROPERTY_COMPANY");
        JsonNode subjects = Http.as(port, "wuye").get(path(account) + "/subjects").json().get("items");
        assertThat(subjects.valueStream().map(s -> s.get("code").asString())).contains("1002", "6001", "6403");
    }

    @Test
    void anotherTownSeesNothingOfAnAccountAndCannotOpenOneHere() {
        JsonNode account = AccountFixtures.propertyFeeAccount(port);
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get(path(account)).status()).isEqualTo(404);
        assertThat(yiche.get(path(account) + "/entries").status()).isEqualTo(404);
        // no row lets town staff post at all: refused before the account is looked at
        assertThat(yiche.postJson(path(account) + "/entries", entry("越权记账")).status()).isEqualTo(403);
        assertThat(yiche.get(path(account) + "/verify").status()).isEqualTo(404);
        assertThat(yiche.patchJson(path(account), "{\"approvalThresholdFen\": 1}").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/ledger/accounts?limit=500").json().get("items").valueStream()
                .noneMatch(a -> a.get("id").asLong() == account.get("id").asLong())).isTrue();
        assertThat(yiche.postJson("/api/v1/ledger/accounts", """
                {"kind": "COLLECTIVE_RESOURCES", "territoryCode": "530326001001", "keepers": [{"username": "yiche", "role": "TOWN_SUPERVISOR"}]}""")
                .status()).isEqualTo(403);
    }

    @Test
    void aResidentWhoOwnsNoHomeOfTheEstateSeesNotThatItsAccountExists() {
        JsonNode account = AccountFixtures.propertyFeeAccount(port);
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get(path(account)).status()).isEqualTo(404);
        assertThat(jumin.get(path(account) + "/entries").status()).isEqualTo(404);
        assertThat(jumin.postJson(path(account) + "/entries", entry("居民记账")).status()).isEqualTo(403);
    }

    @Test
    void aResidentOfTheCommunityReadsItsAccountButCannotPost() {
        JsonNode account = AccountFixtures.communityAccount(port);
        Http.Response posted = Http.as(port, "shequ").postJson(path(account) + "/entries",
                AccountFixtures.entry(Beijing.today(clock).toString(), "购入健身器材", "151", "102", 880_000));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get(path(account)).status()).isEqualTo(200);
        assertThat(jumin.get(path(account) + "/entries").json().get("items").get(0).get("memo").asString()).isEqualTo("购入健身器材");
        Http.Response refused = jumin.postJson(path(account) + "/entries", entry("居民记账"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jumin.postJson(path(account) + "/entries/1/reverse", "{\"reason\": \"不对\"}").status()).isEqualTo(403);
        assertThat(jumin.get("/api/v1/ledger/accounts?limit=500").json().get("items").valueStream()
                .anyMatch(a -> a.get("id").asLong() == account.get("id").asLong())).isTrue();
    }

    @Test
    void aDepartmentIsRefusedAndToldWhoMay() {
        JsonNode account = AccountFixtures.propertyFeeAccount(port);
        Http bumen = Http.as(port, "bumen");
        Http.Response list = bumen.get("/api/v1/ledger/accounts");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.detail()).contains("公开账本");
        assertThat(bumen.get(path(account)).status()).isEqualTo(403);
        assertThat(bumen.get(path(account) + "/entries").status()).isEqualTo(403);
        assertThat(bumen.postJson(path(account) + "/entries", entry("部门记账")).status()).isEqualTo(403);
    }

    @Test
    void theSupervisorReadsAndVerifiesButDoesNotKeepTheBooks() {
        JsonNode account = AccountFixtures.communityAccount(port);
        Http jianwei = Http.as(port, "jianwei");
        assertThat(jianwei.get(path(account) + "/entries").status()).isEqualTo(200);
        assertThat(jianwei.get(path(account) + "/verify").json().get("intact").asBoolean()).isTrue();
        assertThat(jianwei.postJson(path(account) + "/entries",
                AccountFixtures.entry(Beijing.today(clock).toString(), "监委会记账", "151", "102", 100)).status()).isEqualTo(403);
    }

    @Test
    void theCommitteeOfThePlaceReadsAnEstatesBooksAndManagesThemButOnlyKeepersPost() {
        JsonNode account = AccountFixtures.propertyFeeAccount(port);
        Http shequ = Http.as(port, "shequ");
        assertThat(shequ.get(path(account) + "/entries").status()).isEqualTo(200);
        assertThat(shequ.postJson(path(account) + "/entries", entry("两委代记")).status()).isEqualTo(403);
        assertThat(Http.as(port, "yeweihui").patchJson(path(account), "{\"approvalThresholdFen\": 1}").status()).isEqualTo(403);
        JsonNode changed = shequ.patchJson(path(account), "{\"approvalThresholdFen\": 800000}").json();
        assertThat(changed.get("approvalThresholdFen").asLong()).isEqualTo(800_000);
        assertThat(shequ.patchJson(path(account), "{\"approvalThresholdFen\": -1}").status()).isEqualTo(400);
    }

    @Test
    void aKeeperTakenOffTheAccountLosesItFromThatDay() {
        JsonNode account = AccountFixtures.propertyFeeAccount(port);
        Http wuye = Http.as(port, "wuye");
        assertThat(wuye.postJson(path(account) + "/entries", entry("物业记账")).status()).isEqualTo(201);
        Http.Response changed = Http.as(port, "shequ").patchJson(path(account),
                "{\"keepers\": [{\"username\": \"yeweihui\", \"role\": \"OWNERS_COMMITTEE\"}]}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("keepers")).hasSize(1);
        assertThat(wuye.get(path(account)).status()).isEqualTo(404);
        assertThat(wuye.postJson(path(account) + "/entries", entry("离任后记账")).status()).isEqualTo(404);
        assertThat(Http.as(port, "yeweihui").postJson(path(account) + "/entries", entry("业委会记账")).status()).isEqualTo(201);
    }

    @Test
    void onlyPeopleHoldingTheRoleAtThePlaceAreNamedKeepers() {
        long estate = AccountFixtures.estate(port, "经管人测试小区");
        Http shequ = Http.as(port, "shequ");
        Http.Response resident = shequ.postJson("/api/v1/ledger/accounts", """
                {"kind": "MAINTENANCE_FUND", "estateId": %d, "keepers": [{"username": "jumin", "role": "OWNERS_COMMITTEE"}]}"""
                .formatted(estate));
        assertThat(resident.status()).isEqualTo(400);
        assertThat(resident.detail()).contains("jumin").contains("业主委员会");
        Http.Response villageRole = shequ.postJson("/api/v1/ledger/accounts", """
                {"kind": "MAINTENANCE_FUND", "estateId": %d, "keepers": [{"username": "shequ", "role": "VILLAGE_COMMITTEE"}]}"""
                .formatted(estate));
        assertThat(villageRole.status()).isEqualTo(400);
        assertThat(shequ.postJson("/api/v1/ledger/accounts", "{\"kind\": \"PROPERTY_FEE\", \"keepers\": []}").status()).isEqualTo(400);
        assertThat(shequ.postJson("/api/v1/ledger/accounts", "{\"kind\": \"NOPE\"}").status()).isEqualTo(400);
    }

    @Test
    void theCommitteeAddsASubjectAndTheKeepersPostToIt() {
        JsonNode account = AccountFixtures.propertyFeeAccount(port);
        Http shequ = Http.as(port, "shequ");
        assertThat(shequ.postJson(path(account) + "/subjects", "{\"code\": \"6407\", \"name\": \"电梯年检\", \"kind\": \"EXPENSE\"}")
                .status()).isEqualTo(201);
        assertThat(shequ.postJson(path(account) + "/subjects", "{\"code\": \"6407\", \"name\": \"重复\", \"kind\": \"EXPENSE\"}")
                .status()).isEqualTo(409);
        assertThat(shequ.postJson(path(account) + "/subjects", "{\"code\": \"6 4\", \"name\": \"坏代码\", \"kind\": \"EXPENSE\"}")
                .status()).isEqualTo(400);
        assertThat(Http.as(port, "wuye").postJson(path(account) + "/entries",
                AccountFixtures.entry(Beijing.today(clock).toString(), "电梯年检费", "6407", "1002", 60_000)).status()).isEqualTo(201);
    }

    @Test
    void entriesComeInPagesAndByMonth() {
        JsonNode account = AccountFixtures.propertyFeeAccount(port);
        Http wuye = Http.as(port, "wuye");
        for (int i = 0; i < 3; i++) {
            assertThat(wuye.postJson(path(account) + "/entries", entry("分页 " + i)).status()).isEqualTo(201);
        }
        JsonNode first = wuye.get(path(account) + "/entries?limit=2").json();
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = wuye.get(path(account) + "/entries?limit=2&after=" + first.get("next").asString()).json();
        assertThat(second.get("items").get(0).get("seq").asLong()).isEqualTo(3);
        assertThat(second.get("items").get(0).get("lines").get(0).get("balanceFen").asLong()).isEqualTo(3 * 12_345);
        String month = Beijing.today(clock).toString().substring(0, 7);
        assertThat(wuye.get(path(account) + "/entries?month=" + month).json().get("items")).hasSize(3);
        assertThat(wuye.get(path(account) + "/entries?month=2001-01").json().get("items")).isEmpty();
        assertThat(wuye.get(path(account) + "/entries?month=三月").status()).isEqualTo(400);
    }
}

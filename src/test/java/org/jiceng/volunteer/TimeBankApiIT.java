package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The 时间银行 through the API: deposits confirmed, withdrawals within the balance, proxies, transfers, refusals. */
@AppTest
class TimeBankApiIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    @Autowired
    JdbcClient jdbc;

    TimeBankPeople people;
    final LocalDate today = Beijing.today(Beijing.systemClock());

    @BeforeEach
    void setUp() {
        people = new TimeBankPeople(port, identity, volunteers);
    }

    long open(Http as, String body) {
        var opened = as.postJson("/api/v1/volunteer/time-bank/accounts", body);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asLong();
    }

    long service(Http as, long account, String served, Long servedAccount, int minutes) {
        var recorded = as.postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/services", """
                {"servedName": "%s", "servedAccountId": %s, "description": "陪同就医", "servedOn": "%s", "minutes": %d}"""
                .formatted(served, servedAccount, today, minutes));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asLong();
    }

    int balance(Http as, long account) {
        return as.get("/api/v1/volunteer/time-bank/accounts/" + account).json().get("balance").asInt();
    }

    @Test
    void aServiceCountsOnlyOnceTheServedPersonConfirmsItAndTheMemberMayNotConfirmTheirOwn() {
        var giver = people.resident("李志愿");
        var served = people.resident("王大爷");
        long giverAccount = open(giver.http(), "{}");
        long servedAccount = open(served.http(), "{}");

        long service = service(giver.http(), giverAccount, "王大爷", servedAccount, 90);
        assertThat(balance(giver.http(), giverAccount)).as("not yet confirmed").isZero();
        assertThat(giver.http().postJson("/api/v1/volunteer/time-bank/services/" + service + "/decision",
                "{\"confirmed\": true}").status()).isEqualTo(403);

        var confirmed = served.http().postJson("/api/v1/volunteer/time-bank/services/" + service + "/decision",
                "{\"confirmed\": true, \"note\": \"谢谢小李\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("statusName").asString()).isEqualTo("已确认");
        assertThat(balance(giver.http(), giverAccount)).isEqualTo(90);
        assertThat(served.http().postJson("/api/v1/volunteer/time-bank/services/" + service + "/decision",
                "{\"confirmed\": true}").status()).as("decided once").isEqualTo(409);

        JsonNode entries = giver.http().get("/api/v1/volunteer/time-bank/accounts/" + giverAccount + "/entries")
                .json().get("items");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("kind").asString()).isEqualTo("DEPOSIT");
        assertThat(entries.get(0).get("balanceAfter").asInt()).isEqualTo(90);
    }

    @Test
    void aWithdrawalForAnElderlyParentSpendsMinutesButNeverMoreThanTheBalance() {
        var member = people.resident("赵女儿");
        long account = open(member.http(), "{}");
        long service = service(member.http(), account, "孤寡老人张奶奶", null, 60);
        var byCommunity = Http.as(port, "shequ").postJson("/api/v1/volunteer/time-bank/services/" + service
                + "/decision", "{\"confirmed\": true}");
        assertThat(byCommunity.status()).as(byCommunity.body()).isEqualTo(200);

        var tooMuch = member.http().postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/withdrawals", """
                {"minutes": 61, "beneficiary": "母亲 赵秀英", "description": "上门助浴"}""");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.detail()).contains("余额不足");
        var spent = member.http().postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/withdrawals", """
                {"minutes": 45, "beneficiary": "母亲 赵秀英", "description": "上门助浴"}""");
        assertThat(spent.status()).as(spent.body()).isEqualTo(201);
        assertThat(spent.json().get("balanceAfter").asInt()).isEqualTo(15);
        assertThat(spent.json().get("beneficiary").asString()).isEqualTo("母亲 赵秀英");
        assertThat(balance(member.http(), account)).isEqualTo(15);
    }

    @Test
    void entriesCannotBeChangedAfterwards() {
        var member = people.resident("钱志愿");
        long account = open(member.http(), "{}");
        long service = service(member.http(), account, "邻居", null, 30);
        Http.as(port, "shequ").postJson("/api/v1/volunteer/time-bank/services/" + service + "/decision",
                "{\"confirmed\": true}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                        "update volunteer.time_entry set minutes = 600 where account_id = :a")
                .param("a", account).update()).hasMessageContaining("append-only");
    }

    @Test
    void aProxyActsForAMemberWithoutAPhoneAndIsRecordedAsActingOnTheirBehalf() {
        long elder = people.withoutPhone("孙奶奶");
        long account = open(Http.as(port, "shequ"), "{\"volunteerId\": " + elder + "}");
        var daughter = people.resident("孙女儿");
        assertThat(daughter.http().get("/api/v1/volunteer/time-bank/accounts/" + account).status()).isEqualTo(404);

        var registered = Http.as(port, "shequ").postJson("/api/v1/volunteer/time-bank/accounts/" + account
                + "/proxies", "{\"username\": \"%s\", \"relation\": \"FAMILY\"}".formatted(daughter.username()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        var byDaughter = daughter.http().postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/proxies",
                "{\"username\": \"jumin\", \"relation\": \"FAMILY\"}");
        assertThat(byDaughter.status()).as("only the community names proxies").isEqualTo(403);

        long service = service(daughter.http(), account, "邻居刘阿姨", null, 40);
        JsonNode recorded = daughter.http().get("/api/v1/volunteer/time-bank/accounts/" + account + "/services")
                .json().get(0);
        assertThat(recorded.get("id").asLong()).isEqualTo(service);
        assertThat(recorded.get("onBehalf").asBoolean()).isTrue();
        assertThat(recorded.get("recordedByName").asString()).isEqualTo("孙女儿");
        assertThat(daughter.http().get("/api/v1/volunteer/time-bank/accounts").json().get("items").valueStream()
                .map(a -> a.get("id").asLong())).contains(account);
    }

    @Test
    void theTownMovesAnAccountToAnotherCommunityWithItsBalanceAndHistory() {
        var member = people.resident("周搬家");
        long account = open(member.http(), "{}");
        long service = service(member.http(), account, "邻居", null, 50);
        Http.as(port, "shequ").postJson("/api/v1/volunteer/time-bank/services/" + service + "/decision",
                "{\"confirmed\": true}");
        String other = Http.as(port, "admin").get("/api/v1/divisions/530326001/children").json().get("items")
                .valueStream().map(d -> d.get("code").asString()).filter(c -> !c.equals(TimeBankPeople.TANGLANG))
                .findFirst().orElseThrow();

        assertThat(Http.as(port, "shequ").postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/transfer",
                "{\"toCommunity\": \"%s\", \"reason\": \"搬家\"}".formatted(other)).status())
                .as("a community does not move accounts").isEqualTo(403);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/transfer",
                "{\"toCommunity\": \"532000000000\", \"reason\": \"搬家\"}").status()).isEqualTo(400);
        var moved = Http.as(port, "gucheng").postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/transfer",
                "{\"toCommunity\": \"%s\", \"reason\": \"搬家\"}".formatted(other));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("communityCode").asString()).isEqualTo(other);
        assertThat(moved.json().get("balance").asInt()).isEqualTo(50);
        JsonNode entries = member.http().get("/api/v1/volunteer/time-bank/accounts/" + account + "/entries")
                .json().get("items");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("TRANSFER");
        assertThat(entries.get(1).get("balanceAfter").asInt()).isEqualTo(50);
    }

    @Test
    void theStatementDownloadsAsAWorkbook() {
        var member = people.resident("吴对账");
        long account = open(member.http(), "{}");
        var download = member.http().download("/api/v1/volunteer/time-bank/accounts/" + account + "/statement.xlsx");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).contains("spreadsheetml");
        assertThat(download.body().length).isGreaterThan(100);
    }

    @Test
    void anotherTownAnotherResidentAndADepartmentAreRefused() {
        var member = people.resident("郑隐私");
        long account = open(member.http(), "{}");
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/time-bank/accounts/" + account).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/time-bank/accounts/" + account).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/withdrawals",
                "{\"minutes\": 1, \"beneficiary\": \"本人\", \"description\": \"理发\"}").status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/volunteer/time-bank/accounts/" + account).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/volunteer/time-bank/accounts").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/time-bank/accounts?territory="
                + TimeBankPeople.TANGLANG).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/time-bank/services?territory="
                + TimeBankPeople.TANGLANG).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/time-bank/accounts").json().get("items").valueStream()
                .map(a -> a.get("id").asLong())).doesNotContain(account);
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/time-bank/accounts/" + account).status()).isEqualTo(200);
    }

    @Test
    void badInputIsNamedInChineseAndNothingIsWritten() {
        var member = people.resident("冯出错");
        long account = open(member.http(), "{}");
        var noMinutes = member.http().postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/services",
                "{\"servedName\": \"邻居\", \"description\": \"买菜\"}");
        assertThat(noMinutes.status()).isEqualTo(400);
        assertThat(noMinutes.detail()).contains("时长");
        var future = member.http().postJson("/api/v1/volunteer/time-bank/accounts/" + account + "/services", """
                {"servedName": "邻居", "description": "买菜", "minutes": 30, "servedOn": "%s"}"""
                .formatted(today.plusDays(2)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(member.http().get("/api/v1/volunteer/time-bank/accounts/" + account + "/services").json()).isEmpty();
        assertThat(member.http().postJson("/api/v1/volunteer/time-bank/accounts", "{}").status())
                .as("one account each").isEqualTo(409);
    }
}

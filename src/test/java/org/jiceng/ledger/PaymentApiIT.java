package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 双密码 over HTTP: a payment above the threshold posts only after two people in two roles approved it. */
@AppTest
class PaymentApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    PaymentBooks books;
    long account;
    Http wuye;
    Http yeweihui;

    @BeforeEach
    void anAccountOfTheOwnersCommitteeAndThePropertyCompany() {
        books = new PaymentBooks(jdbc, identity);
        account = books.account(500_00);
        books.keeper(account, "wuye", "PROPERTY_COMPANY").keeper(account, "yeweihui", "OWNERS_COMMITTEE");
        wuye = Http.as(port, "wuye");
        yeweihui = Http.as(port, "yeweihui");
    }

    long pendingPayment(String amount) {
        var asked = wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, amount, PaymentBooks.voucher(wuye, account)));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    @Test
    void aPaymentAtTheThresholdPostsAtOnceWithItsVoucher() {
        long voucher = PaymentBooks.voucher(wuye, account);
        var asked = wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "500.00", voucher));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("state").asString()).isEqualTo("POSTED");
        assertThat(asked.json().get("amountFen").asLong()).isEqualTo(500_00);
        assertThat(books.entriesWithVoucher(account, voucher)).isOne();
    }

    @Test
    void aboveTheThresholdTheOwnersCommitteesApprovalPostsWhatThePropertyCompanyAsked() {
        long id = pendingPayment("500.01");
        var pending = yeweihui.get("/api/v1/ledger/payments/" + id).json();
        assertThat(pending.get("state").asString()).isEqualTo("PENDING");
        assertThat(pending.get("approvals")).hasSize(1);
        var approved = yeweihui.postJson("/api/v1/ledger/payments/" + id + "/approve", "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("POSTED");
        assertThat(approved.json().get("approvals")).hasSize(2);
        long seq = approved.json().get("entrySeq").asLong();
        assertThat(jdbc.sql("select voucher_id from ledger.entry where account_id = :a and seq = :s")
                .param("a", account).param("s", seq).query(Long.class).single())
                .isEqualTo(approved.json().get("voucherId").asLong());
        assertThat(yeweihui.postJson("/api/v1/ledger/payments/" + id + "/approve", "{}").status()).isEqualTo(409);
    }

    @Test
    void oneApproverCannotPostAboveTheThreshold() {
        long id = pendingPayment("800.00");
        var again = wuye.postJson("/api/v1/ledger/payments/" + id + "/approve", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("另一个人");
        assertThat(wuye.get("/api/v1/ledger/payments/" + id).json().get("state").asString()).isEqualTo("PENDING");
        assertThat(entries()).isZero();
    }

    @Test
    void theSamePersonInTwoRolesCannotPostAboveTheThreshold() {
        String both = books.person("ledger-both", Role.OWNERS_COMMITTEE, Role.PROPERTY_COMPANY);
        books.keeper(account, both, "OWNERS_COMMITTEE").keeper(account, both, "PROPERTY_COMPANY");
        Http person = Http.as(port, both);
        long voucher = PaymentBooks.voucher(person, account);
        var asked = person.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "900.00", voucher)
                .replaceFirst("}$", ", \"role\": \"OWNERS_COMMITTEE\"}"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long id = asked.json().get("id").asLong();
        var second = person.postJson("/api/v1/ledger/payments/" + id + "/approve", "{\"role\": \"PROPERTY_COMPANY\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.detail()).contains("另一个人");
        assertThat(person.get("/api/v1/ledger/payments/" + id).json().get("state").asString()).isEqualTo("PENDING");
        assertThat(entries()).isZero();
    }

    @Test
    void twoPeopleInTheSameRoleCannotPostAboveTheThreshold() {
        String colleague = books.person("ledger-owners-2", Role.OWNERS_COMMITTEE);
        books.keeper(account, colleague, "OWNERS_COMMITTEE");
        long voucher = PaymentBooks.voucher(yeweihui, account);
        long id = yeweihui.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "700.00", voucher)).json()
                .get("id").asLong();
        var second = Http.as(port, colleague).postJson("/api/v1/ledger/payments/" + id + "/approve", "{}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.detail()).contains("另一种身份");
        assertThat(entries()).isZero();
        assertThat(wuye.postJson("/api/v1/ledger/payments/" + id + "/approve", "{}").json().get("state").asString())
                .isEqualTo("POSTED");
    }

    @Test
    void aRefusalCarriesItsReasonAndEndsThePayment() {
        long id = pendingPayment("650.00");
        assertThat(yeweihui.postJson("/api/v1/ledger/payments/" + id + "/refuse", "{\"reason\": \" \"}").status())
                .isEqualTo(400);
        var refused = yeweihui.postJson("/api/v1/ledger/payments/" + id + "/refuse", "{\"reason\": \"报价高于业主大会同意的金额\"}");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().get("state").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().get("refusal").asString()).isEqualTo("报价高于业主大会同意的金额");
        assertThat(yeweihui.postJson("/api/v1/ledger/payments/" + id + "/approve", "{}").status()).isEqualTo(409);
        assertThat(entries()).isZero();
        // the refused payment's receipt may prove a new one
        long voucher = refused.json().get("voucherId").asLong();
        assertThat(wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "600.00", voucher)).status()).isEqualTo(201);
        assertThat(wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "600.00", voucher)).status()).isEqualTo(409);
    }

    @Test
    void concurrentApprovalsPostThePaymentOnce() throws Exception {
        books.keeper(account, "jianwei", "VILLAGE_SUPERVISOR");
        Http jianwei = Http.as(port, "jianwei");
        for (int round = 0; round < 3; round++) {
            long id = pendingPayment("1000.00");
            try (var pool = Executors.newFixedThreadPool(2)) {
                List<Callable<Integer>> both = List.of(
                        () -> yeweihui.postJson("/api/v1/ledger/payments/" + id + "/approve", "{}").status(),
                        () -> jianwei.postJson("/api/v1/ledger/payments/" + id + "/approve", "{}").status());
                List<Integer> statuses = pool.invokeAll(both).stream().map(f -> {
                    try {
                        return f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).sorted().toList();
                assertThat(statuses).containsExactly(200, 409);
            }
            long voucher = wuye.get("/api/v1/ledger/payments/" + id).json().get("voucherId").asLong();
            assertThat(books.entriesWithVoucher(account, voucher)).isOne();
        }
    }

    @Test
    void aOneAdminVillageNamesTheTownsSupervisorAsItsSecond() {
        long village = books.account(100_00);
        books.keeper(village, "shequ", "VILLAGE_COMMITTEE").keeper(village, "gucheng", "TOWN_SUPERVISOR");
        Http shequ = Http.as(port, "shequ");
        long id = shequ.postJson("/api/v1/ledger/payments", PaymentBooks.ask(village, "300.00",
                PaymentBooks.voucher(shequ, village))).json().get("id").asLong();
        var approved = Http.as(port, "gucheng").postJson("/api/v1/ledger/payments/" + id + "/approve", "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("POSTED");
        assertThat(approved.json().get("approvals").get(1).get("role").asString()).isEqualTo("TOWN_SUPERVISOR");
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsWritten() {
        long voucher = PaymentBooks.voucher(wuye, account);
        String mismatch = PaymentBooks.ask(account, "100.00", voucher).replace("\"amount\": \"100.00\"}]", "\"amount\": \"90.00\"}]");
        var answer = wuye.postJson("/api/v1/ledger/payments", mismatch);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("不符");
        var noVoucher = wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "100.00", voucher)
                .replace("\"voucherId\": " + voucher, "\"voucherId\": null"));
        assertThat(noVoucher.status()).isEqualTo(400);
        assertThat(noVoucher.json().get("field").asString()).isEqualTo("voucherId");
        long other = books.account(0);
        books.keeper(other, "wuye", "PROPERTY_COMPANY");
        assertThat(wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(other, "1.00", voucher)).status()).isEqualTo(400);
        var unknownSubject = wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "1.00", voucher)
                .replace("\"5101\"", "\"9999\""));
        assertThat(unknownSubject.status()).isEqualTo(400);
        assertThat(wuye.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "-1.00", voucher)).status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from ledger.payment where account_id = :a").param("a", account)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherTownAResidentADepartmentAndAKeeperOfAnotherAccountAreRefused() {
        long id = pendingPayment("777.00");
        long voucher = PaymentBooks.voucher(wuye, account);
        String otherKeeper = books.person("ledger-other-keeper", Role.PROPERTY_COMPANY);
        books.keeper(books.account(0), otherKeeper, "PROPERTY_COMPANY");
        for (String user : List.of("yiche", "jumin", "bumen", otherKeeper)) {
            Http as = Http.as(port, user);
            assertThat(as.get("/api/v1/ledger/payments/" + id).status()).as(user).isIn(403, 404);
            assertThat(as.get("/api/v1/ledger/payments?account=" + account).status()).as(user).isIn(403, 404);
            assertThat(as.postJson("/api/v1/ledger/payments/" + id + "/approve", "{}").status()).as(user).isIn(403, 404);
            assertThat(as.postJson("/api/v1/ledger/payments/" + id + "/refuse", "{\"reason\": \"不同意\"}").status())
                    .as(user).isIn(403, 404);
            assertThat(as.postJson("/api/v1/ledger/payments", PaymentBooks.ask(account, "1.00", voucher)).status())
                    .as(user).isIn(403, 404);
            var listed = as.get("/api/v1/ledger/payments");
            if (listed.status() == 200) {
                assertThat(listed.json().get("items").valueStream().map(p -> p.get("id").asLong())).as(user).doesNotContain(id);
            }
        }
        assertThat(Http.as(port, "yiche").get("/api/v1/ledger/payments/" + id).status()).isEqualTo(404);
        assertThat(wuye.get("/api/v1/ledger/payments/" + id).json().get("state").asString()).isEqualTo("PENDING");
    }

    @Test
    void theKeepersAndTheTownListTheAccountsPaymentsByState() {
        long id = pendingPayment("555.00");
        var listed = yeweihui.get("/api/v1/ledger/payments?account=" + account + "&state=PENDING");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("items").valueStream().map(p -> p.get("id").asLong())).contains(id);
        assertThat(yeweihui.get("/api/v1/ledger/payments?account=" + account + "&state=POSTED").json().get("items")
                .valueStream().map(p -> p.get("id").asLong())).doesNotContain(id);
        assertThat(Http.as(port, "gucheng").get("/api/v1/ledger/payments?state=PENDING").json().get("items").valueStream()
                .map(p -> p.get("id").asLong())).contains(id);
        assertThat(yeweihui.get("/api/v1/ledger/payments?state=NOPE").status()).isEqualTo(400);
    }

    private long entries() {
        return jdbc.sql("select count(*) from ledger.entry where account_id = :a").param("a", account)
                .query(Long.class).single();
    }
}

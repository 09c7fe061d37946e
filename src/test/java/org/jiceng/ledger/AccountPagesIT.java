package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The keepers' pages: the accounts, a journal with balances, the entry form in yuan, a reversal with its reason. */
@AppTest
class AccountPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    Map<String, String> form(String memo, String debit, String credit) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("date", Beijing.today(clock).toString());
        form.put("memo", memo);
        form.put("lines[0].subject", "6402");
        form.put("lines[0].debit", debit);
        form.put("lines[1].subject", "1002");
        form.put("lines[1].credit", credit);
        return form;
    }

    @Test
    void theDemoAccountsAreListedForTheirKeepers() {
        for (String keeper : new String[] {"wuye", "yeweihui", "shequ", "jianwei"}) {
            Http.Response page = Http.as(port, keeper).get("/ledger/accounts");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).as(keeper).contains("data-account");
        }
        assertThat(Http.as(port, "shequ").get("/ledger/accounts").body()).contains("物业费").contains("集体资金");
    }

    @Test
    void aKeeperPostsInYuanAndTheJournalShowsTheEntryAndItsBalance() {
        long id = AccountFixtures.propertyFeeAccount(port).get("id").asLong();
        Http wuye = Http.as(port, "wuye");
        assertThat(wuye.get("/ledger/accounts/" + id + "/entries/new").body()).contains("6402 公共水电费");
        Http.Response posted = wuye.postForm("/ledger/accounts/" + id + "/entries", form("缴纳电费", "1,234.50", "1234.5"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String journal = wuye.get("/ledger/accounts/" + id).body();
        assertThat(journal).contains("缴纳电费").contains("1,234.50").contains("id=\"entry-1\"");
        assertThat(Http.as(port, "wuye").get("/api/v1/ledger/accounts/" + id + "/entries/1").json()
                .get("totalFen").asLong()).isEqualTo(123_450);
    }

    @Test
    void anUnbalancedFormComesBackAsTypedWithTheTotals() {
        long id = AccountFixtures.propertyFeeAccount(port).get("id").asLong();
        Http.Response refused = Http.as(port, "wuye").postForm("/ledger/accounts/" + id + "/entries",
                form("缴纳水费", "300.00", "299.99"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("借贷不平").contains("value=\"缴纳水费\"").contains("value=\"299.99\"");
        Http.Response malformed = Http.as(port, "wuye").postForm("/ledger/accounts/" + id + "/entries",
                form("缴纳水费", "30.001", "30.001"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("小数点后两位").contains("value=\"30.001\"");
    }

    @Test
    void aReversalWithItsReasonShowsOnTheJournal() {
        long id = AccountFixtures.propertyFeeAccount(port).get("id").asLong();
        Http wuye = Http.as(port, "wuye");
        wuye.postForm("/ledger/accounts/" + id + "/entries", form("缴纳燃气费", "88.00", "88.00"));
        assertThat(wuye.postForm("/ledger/accounts/" + id + "/entries/1/reverse", Map.of("reason", "")).status()).isEqualTo(400);
        assertThat(wuye.postForm("/ledger/accounts/" + id + "/entries/1/reverse", Map.of("reason", "重复记账")).status()).isEqualTo(302);
        String journal = wuye.get("/ledger/accounts/" + id + "?verify=true").body();
        assertThat(journal).contains("红字冲销第 1 笔：重复记账").contains("已被第 2 笔冲销").contains("哈希链完整");
    }

    @Test
    void aResidentReadsTheCommunityJournalWithoutTheKeepersButtons() {
        Http jumin = Http.as(port, "jumin");
        long id = jumin.get("/api/v1/ledger/accounts?territory=530326001001").json().get("items").valueStream()
                .filter(a -> a.get("kind").asString().equals("COLLECTIVE_FUNDS")).findFirst().orElseThrow().get("id").asLong();
        Http.Response page = jumin.get("/ledger/accounts/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("村级组织运转经费").doesNotContain("id=\"new-entry\"").doesNotContain("红字冲销</summary>");
        assertThat(jumin.get("/ledger/accounts/" + id + "/entries/new").status()).isEqualTo(403);
    }
}

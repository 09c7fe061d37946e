package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiceng.Beijing;
import org.jiceng.ledger.internal.journal.ChainVerifier;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The journal: balanced entries only, append-only in the database, chained so that tampering is found. */
@AppTest
class JournalIT {

    @LocalServerPort
    int port;

    @Autowired
    Journal journal;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    String today() {
        return Beijing.today(clock).toString();
    }

    long postedAccount(int entries) {
        long id = AccountFixtures.propertyFeeAccount(port).get("id").asLong();
        Http wuye = Http.as(port, "wuye");
        for (int i = 1; i <= entries; i++) {
            Http.Response posted = wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries",
                    AccountFixtures.entry(today(), "第 " + i + " 笔保洁费", "6403", "1002", 10_000L * i));
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        }
        return id;
    }

    @Test
    void aKeeperPostsABalancedEntryAndTheChainLinksIt() {
        long id = postedAccount(2);
        JsonNode page = Http.as(port, "yeweihui").get("/api/v1/ledger/accounts/" + id + "/entries").json();
        JsonNode first = page.get("items").get(0);
        JsonNode second = page.get("items").get(1);
        assertThat(first.get("prevHash").asString()).isEqualTo("0".repeat(64));
        assertThat(second.get("prevHash").asString()).isEqualTo(first.get("hash").asString());
        assertThat(second.get("lines").get(0).get("balanceFen").asLong()).isEqualTo(30_000);
        assertThat(second.get("lines").get(1).get("balanceFen").asLong()).isEqualTo(-30_000);
        JsonNode verdict = Http.as(port, "wuye").get("/api/v1/ledger/accounts/" + id + "/verify").json();
        assertThat(verdict.get("intact").asBoolean()).isTrue();
        assertThat(verdict.get("checked").asLong()).isEqualTo(2);
        assertThat(verdict.get("head").asString()).isEqualTo(second.get("hash").asString());
    }

    @Test
    void anUnbalancedEntryIsRefusedWithTheTotalsAndNothingIsWritten() {
        long id = postedAccount(0);
        Http wuye = Http.as(port, "wuye");
        Http.Response refused = wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries", """
                {"date": "%s", "memo": "不平的分录", "lines": [{"subject": "6403", "debitFen": 10000}, {"subject": "1002", "creditFen": 9999}]}"""
                .formatted(today()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("借贷不平").contains("100.00").contains("99.99");
        assertThat(wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries", """
                {"date": "%s", "memo": "一行", "lines": [{"subject": "6403", "debitFen": 10000}]}""".formatted(today())).status())
                .isEqualTo(400);
        assertThat(wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries",
                AccountFixtures.entry(today(), "没有的科目", "9999", "1002", 100)).detail()).contains("9999");
        assertThat(wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries",
                AccountFixtures.entry(Beijing.today(clock).plusDays(1).toString(), "明天的", "6403", "1002", 100)).status())
                .isEqualTo(400);
        assertThat(wuye.get("/api/v1/ledger/accounts/" + id).json().get("headSeq").asLong()).isZero();
    }

    @Test
    void aReversalCitesItsEntrySwapsTheSidesAndHappensOnce() {
        long id = postedAccount(1);
        Http wuye = Http.as(port, "wuye");
        Http.Response reversed = wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries/1/reverse", "{\"reason\": \"记错了金额\"}");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(201);
        JsonNode reversal = reversed.json();
        assertThat(reversal.get("reversesSeq").asLong()).isEqualTo(1);
        assertThat(reversal.get("memo").asString()).contains("红字冲销第 1 笔").contains("记错了金额");
        assertThat(reversal.get("lines").get(0).get("creditFen").asLong()).isEqualTo(10_000);
        assertThat(reversal.get("lines").get(0).get("balanceFen").asLong()).isZero();
        assertThat(wuye.get("/api/v1/ledger/accounts/" + id + "/entries/1").json().get("reversedBySeq").asLong()).isEqualTo(2);
        assertThat(wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries/1/reverse", "{\"reason\": \"再冲一次\"}").status())
                .isEqualTo(409);
        assertThat(wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries/2/reverse", "{\"reason\": \"冲销冲销\"}").status())
                .isEqualTo(409);
        assertThat(wuye.postJson("/api/v1/ledger/accounts/" + id + "/entries/1/reverse", "{}").status()).isEqualTo(400);
        assertThat(verifier.verify(id).intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheJournal() {
        long id = postedAccount(1);
        assertThatThrownBy(() -> jdbc.sql("update ledger.entry set memo = '改过' where account_id = :id").param("id", id).update())
                .hasMessageContaining("只能追加");
        assertThatThrownBy(() -> jdbc.sql("update ledger.posting set debit = 1 where account_id = :id and debit > 0")
                .param("id", id).update()).hasMessageContaining("只能追加");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger.posting where account_id = :id").param("id", id).update())
                .hasMessageContaining("只能追加");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger.entry where account_id = :id").param("id", id).update())
                .hasMessageContaining("只能追加");
        assertThatThrownBy(() -> jdbc.sql("truncate ledger.posting").update()).hasMessageContaining("只能追加");
        // should the trigger ever fail, the transaction is rolled back and nobody's journal is lost
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("truncate ledger.entry cascade").update();
        })).hasMessageContaining("只能追加");
        assertThat(verifier.verify(id).checked()).isEqualTo(1);
    }

    /** As the table's owner might: the trigger off for one transaction, one row changed, the trigger on again. */
    void tamper(String sql, long id) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("alter table ledger.entry disable trigger entry_append_only").update();
            jdbc.sql("alter table ledger.posting disable trigger posting_append_only").update();
            assertThat(jdbc.sql(sql).param("id", id).update()).isEqualTo(1);
            jdbc.sql("alter table ledger.entry enable trigger entry_append_only").update();
            jdbc.sql("alter table ledger.posting enable trigger posting_append_only").update();
        });
    }

    @Test
    void aMemoChangedBySqlIsFoundAndTheEntryNamed() {
        long id = postedAccount(5);
        tamper("update ledger.entry set memo = memo || '（已改）' where account_id = :id and seq = 3", id);
        ChainVerifier.Verdict verdict = verifier.verify(id);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBadSeq()).isEqualTo(3);
        assertThat(verdict.checked()).isEqualTo(2);
        JsonNode api = Http.as(port, "yeweihui").get("/api/v1/ledger/accounts/" + id + "/verify").json();
        assertThat(api.get("firstBadSeq").asLong()).isEqualTo(3);
        assertThat(api.get("problem").asString()).contains("第 3 笔");
    }

    @Test
    void anAmountChangedOnBothSidesStillBalancedIsFound() {
        long id = postedAccount(4);
        tamper("update ledger.posting set debit = debit + 100 where account_id = :id and seq = 2 and debit > 0", id);
        tamper("update ledger.posting set credit = credit + 100 where account_id = :id and seq = 2 and credit > 0", id);
        ChainVerifier.Verdict verdict = verifier.verify(id);
        assertThat(verdict.firstBadSeq()).isEqualTo(2);
        assertThat(verdict.problem()).contains("被改动过");
    }

    @Test
    void aRehashedEntryBreaksTheLinkOfTheNext() {
        long id = postedAccount(4);
        tamper("update ledger.entry set hash = repeat('a', 64) where account_id = :id and seq = 2", id);
        ChainVerifier.Verdict verdict = verifier.verify(id);
        assertThat(verdict.firstBadSeq()).isEqualTo(2);
    }

    @Test
    void eightClientsPostingAtOnceThroughTheJournalKeepTheChainOneLine() throws Exception {
        long id = postedAccount(0);
        long wuye = Http.as(port, "wuye").get("/api/v1/me").json().get("id").asLong();
        LocalDate today = Beijing.today(clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        journal.post(id, NewEntry.of(today, "并发 " + thread + "-" + i,
                                List.of(NewEntry.Line.debit("6403", 100 + i), NewEntry.Line.credit("1002", 100 + i))), wuye);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainVerifier.Verdict verdict = verifier.verify(id);
        assertThat(verdict.intact()).as(verdict.problem()).isTrue();
        assertThat(verdict.checked()).isEqualTo(400);
    }

    @Test
    void eightClientsPostingAtOnceOverHttpKeepTheChainOneLine() throws Exception {
        long id = postedAccount(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Http as = Http.as(port, thread % 2 == 0 ? "wuye" : "yeweihui");
                    int created = 0;
                    for (int i = 0; i < 50; i++) {
                        Http.Response posted = as.postJson("/api/v1/ledger/accounts/" + id + "/entries",
                                AccountFixtures.entry(today(), "并发 " + thread + "-" + i, "6401", "1002", 1_000 + i));
                        created += posted.status() == 201 ? 1 : 0;
                    }
                    return created;
                }));
            }
            int created = 0;
            for (Future<Integer> f : done) {
                created += f.get();
            }
            assertThat(created).isEqualTo(400);
        } finally {
            pool.shutdown();
        }
        JsonNode verdict = Http.as(port, "wuye").get("/api/v1/ledger/accounts/" + id + "/verify").json();
        assertThat(verdict.get("intact").asBoolean()).isTrue();
        assertThat(verdict.get("checked").asLong()).isEqualTo(400);
    }
}

package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AppTest
class DividendApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    Journal journal;

    static final String DECLARATION = """
            {"accountId": %d, "title": "2025年度分红", "declaredOn": "2025-12-20", "total": "100.00",
             "debitSubject": "331", "creditSubject": "211",
             "holders": [{"name": "王建国", "shares": 1}, {"name": "李秀英", "shares": 1}, {"name": "张志强", "shares": 1}]}""";

    @Test
    void aDividendSplitsExactlyPostsItsEntryAndIsPublicToTheVillagesResidentsWithNamesMasked() {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        Http.Response declared = Http.as(port, "shequ").postJson("/api/v1/ledger/dividends", DECLARATION.formatted(account));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        JsonNode d = declared.json();
        assertThat(d.get("total").asLong()).isEqualTo(10_000);
        long sum = 0;
        for (JsonNode p : d.get("parts")) {
            sum += p.get("amount").asLong();
        }
        assertThat(sum).isEqualTo(10_000);
        assertThat(d.get("parts").get(0).get("amount").asLong()).isEqualTo(3334);
        assertThat(d.get("parts").get(0).get("holder").asString()).isEqualTo("王建国");
        long seq = d.get("entrySeq").asLong();
        assertThat(jdbc.sql("select sum(debit) from ledger.posting where account_id = :a and seq = :s")
                .param("a", account).param("s", seq).query(Long.class).single()).isEqualTo(10_000);

        JsonNode seen = Http.as(port, "jumin").get("/api/v1/ledger/dividends/" + d.get("id").asLong()).json();
        assertThat(seen.get("parts").get(0).get("holder").asString()).isEqualTo("王**");
        assertThat(Http.as(port, "jumin").get("/api/v1/ledger/dividends?account=" + account).json().get("items")).hasSize(1);
        assertThat(Http.as(port, "yiche").get("/api/v1/ledger/dividends/" + d.get("id").asLong()).status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get("/api/v1/ledger/dividends/" + d.get("id").asLong()).status()).isEqualTo(403);
    }

    @Test
    void aResidentAnotherTownAndAnEstateAccountCannotDeclareADividend() {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        assertThat(Http.as(port, "jumin").postJson("/api/v1/ledger/dividends", DECLARATION.formatted(account)).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/ledger/dividends", DECLARATION.formatted(account)).status()).isEqualTo(403);
        long estate = ledgers.estate(StatementLedgers.TANGLANG, "yeweihui:OWNERS_COMMITTEE");
        assertThat(Http.as(port, "yeweihui").postJson("/api/v1/ledger/dividends", DECLARATION.formatted(estate)).status()).isEqualTo(409);
        Http.Response zero = Http.as(port, "shequ").postJson("/api/v1/ledger/dividends",
                DECLARATION.formatted(account).replace("\"shares\": 1}]", "\"shares\": 0}]"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(ledgers.head(account)).isZero();
    }
}

package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AppTest
class StatementPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    Journal journal;

    static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** Signed in through the login form, as a browser is, so pages and their forms answer as they do on a phone. */
    Http browser(String username) {
        Http browser = Http.anonymous(port);
        assertThat(browser.formLogin(username, Http.DEMO_PASSWORD).location()).doesNotContain("error");
        return browser;
    }

    @Test
    void theStatementItsPrintedSheetTheBudgetAndTheDividendsOpenForAResidentAndNotForAnotherTownOrADepartment() {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        ledgers.post(account, LocalDate.of(2025, 10, 5), "收取土地发包款", "102", "511", 1_250_000);
        Http shequ = Http.as(port, "shequ");
        assertThat(shequ.postJson("/api/v1/ledger/statements/" + account + "/2025-10", "{}").status()).isEqualTo(201);
        assertThat(shequ.putJson("/api/v1/ledger/budgets/" + account + "/2025",
                "{\"lines\": [{\"subject\": \"511\", \"amount\": \"20000\"}]}").status()).isEqualTo(200);

        Http jumin = browser("jumin");
        String statement = "/ledger/statements/" + account + "/2025-10";
        Http.Response page = jumin.get(statement);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("收取土地发包款").contains(ledgers.hash(account, 1));
        Http.Response print = jumin.get(statement + "/print");
        assertThat(print.status()).isEqualTo(200);
        assertThat(print.body()).contains("12500.00").contains("链头：第 1 笔");
        assertThat(jumin.get(statement + "/entries/1").body()).contains("question-form");
        assertThat(jumin.get(statement + "/entries/7").status()).isEqualTo(404);
        assertThat(jumin.download(statement + ".pdf").status()).isEqualTo(200);
        assertThat(jumin.get("/ledger/statements").body()).contains(statement);
        Http.Response budget = jumin.get("/ledger/budgets?account=" + account + "&year=2025");
        assertThat(budget.status()).isEqualTo(200);
        assertThat(budget.body()).contains("62.5%");
        assertThat(jumin.get("/ledger/dividends?account=" + account).status()).isEqualTo(200);

        Http yiche = browser("yiche");
        assertThat(yiche.get(statement).status()).isEqualTo(404);
        assertThat(yiche.get(statement + "/print").status()).isEqualTo(404);
        assertThat(yiche.get("/ledger/budgets?account=" + account).status()).isEqualTo(404);
        assertThat(yiche.get("/ledger/statements").body()).doesNotContain(statement);
        Http bumen = browser("bumen");
        assertThat(bumen.get(statement).status()).isEqualTo(403);
    }

    @Test
    void anEmptyQuestionIsRefusedOnThePageKeepingNothingHalfWritten() {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        ledgers.post(account, LocalDate.of(2025, 10, 6), "支付办公费", "541", "102", 10_000);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/ledger/statements/" + account + "/2025-10", "{}").status())
                .isEqualTo(201);
        Http jumin = browser("jumin");
        java.util.regex.Matcher csrf = CSRF.matcher(jumin.get("/ledger/statements/" + account + "/2025-10/entries/1").body());
        assertThat(csrf.find()).isTrue();
        Http.Response refused = jumin.postForm("/ledger/statements/" + account + "/2025-10/entries/1/question",
                java.util.Map.of("question", " ", "_csrf", csrf.group(1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("请写下您的疑问");
        assertThat(jdbc.sql("select count(*) from ledger.statement_question where account_id = :a").param("a", account)
                .query(Long.class).single()).isZero();
    }
}

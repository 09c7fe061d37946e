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
import tools.jackson.databind.JsonNode;

@AppTest
class BudgetApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    Journal journal;

    @Test
    void aBudgetIsComparedWithTheYearsActualsLineByLine() {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        ledgers.post(account, LocalDate.of(2024, 3, 5), "收取土地发包款", "102", "511", 1_000_000);
        ledgers.post(account, LocalDate.of(2024, 9, 5), "收取土地发包款", "102", "511", 200_000);
        ledgers.post(account, LocalDate.of(2024, 6, 1), "办公费", "541", "102", 30_000);
        ledgers.post(account, LocalDate.of(2025, 1, 2), "下一年的办公费", "541", "102", 99_000);
        Http shequ = Http.as(port, "shequ");
        Http.Response set = shequ.putJson("/api/v1/ledger/budgets/" + account + "/2024", """
                {"lines": [{"subject": "511", "amount": "15000.00", "note": "土地发包"},
                           {"subject": "541", "amount": "300"}]}""");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode budget = Http.as(port, "jumin").get("/api/v1/ledger/budgets/" + account + "/2024").json();
        assertThat(budget.get("settled").asBoolean()).isTrue();
        assertThat(budget.get("stage").asString()).isEqualTo("年终结算");
        JsonNode income = line(budget, "511");
        assertThat(income.get("budget").asLong()).isEqualTo(1_500_000);
        assertThat(income.get("actual").asLong()).isEqualTo(1_200_000);
        assertThat(income.get("variance").asLong()).isEqualTo(-300_000);
        assertThat(income.get("rate").asString()).isEqualTo("80.0%");
        JsonNode office = line(budget, "541");
        assertThat(office.get("actual").asLong()).isEqualTo(30_000);
        assertThat(office.get("variance").asLong()).isZero();
        assertThat(office.get("rate").asString()).isEqualTo("100.0%");
        // a subject with actuals but no budget is listed without a rate
        assertThat(line(budget, "102").get("budget").isNull()).isTrue();
        assertThat(line(budget, "102").get("rate").asString()).isEqualTo("—");
    }

    @Test
    void onlyTheKeepersSetABudgetAndAnotherTownOrADepartmentCannotReadIt() {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        String path = "/api/v1/ledger/budgets/" + account + "/2025";
        String body = "{\"lines\": [{\"subject\": \"511\", \"amount\": \"100\"}]}";
        assertThat(Http.as(port, "jumin").putJson(path, body).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").putJson(path, body).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get(path).status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get(path).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get(path).status()).isEqualTo(200);
        Http.Response unknown = Http.as(port, "shequ").putJson(path, "{\"lines\": [{\"subject\": \"999\", \"amount\": \"100\"}]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.detail()).contains("科目");
        Http.Response negative = Http.as(port, "shequ").putJson(path, "{\"lines\": [{\"subject\": \"511\", \"amount\": \"-1\"}]}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(Http.as(port, "shequ").get("/api/v1/ledger/budgets/" + account + "/20x5").status()).isEqualTo(400);
    }

    static JsonNode line(JsonNode budget, String subject) {
        for (JsonNode l : budget.get("lines")) {
            if (l.get("subject").asString().equals(subject)) {
                return l;
            }
        }
        throw new AssertionError("no line " + subject);
    }
}

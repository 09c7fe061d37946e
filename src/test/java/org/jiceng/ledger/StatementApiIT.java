package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.statement.StatementSchedule;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AppTest
class StatementApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    Journal journal;

    @Autowired
    StatementSchedule schedule;

    StatementLedgers ledgers() {
        return new StatementLedgers(jdbc, identity, journal);
    }

    @Test
    void aStatementsTotalsEqualTheSumOfItsEntriesAndItsClosingBalancesFollowFromTheOpeningOnes() {
        StatementLedgers ledgers = ledgers();
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        ledgers.post(account, LocalDate.of(2025, 3, 5), "收取土地发包款", "102", "511", 1_250_000);
        ledgers.post(account, LocalDate.of(2025, 3, 12), "支付办公水电费", "541", "102", 38_650);
        ledgers.post(account, LocalDate.of(2025, 4, 2), "收取土地发包款", "102", "511", 500_000);
        Http shequ = Http.as(port, "shequ");
        JsonNode march = created(shequ.postJson("/api/v1/ledger/statements/" + account + "/2025-03", "{}"));
        assertThat(march.get("lines")).hasSize(2);
        assertThat(march.get("debitTotal").asLong()).isEqualTo(1_250_000 + 38_650).isEqualTo(march.get("creditTotal").asLong());
        assertThat(march.get("headSeq").asLong()).isEqualTo(2);
        assertThat(march.get("headHash").asString()).isEqualTo(ledgers.hash(account, 2));
        assertThat(balance(march, "102").get("closing").asLong()).isEqualTo(1_250_000 - 38_650);

        // posted after March's statement but dated in March: it appears on April's, marked as late
        ledgers.post(account, LocalDate.of(2025, 3, 30), "补记三月保洁费", "541", "102", 20_000);
        JsonNode april = created(shequ.postJson("/api/v1/ledger/statements/" + account + "/2025-04", "{}"));
        List<Long> seqs = new ArrayList<>();
        april.get("lines").forEach(l -> seqs.add(l.get("seq").asLong()));
        assertThat(seqs).containsExactly(3L, 4L);
        assertThat(april.get("lines").get(1).get("late").asBoolean()).isTrue();
        long sumOfEntries = 0;
        for (JsonNode line : april.get("lines")) {
            for (JsonNode p : line.get("postings")) {
                sumOfEntries += p.get("debit").asLong();
            }
        }
        assertThat(april.get("debitTotal").asLong()).isEqualTo(sumOfEntries).isEqualTo(520_000);
        JsonNode bank = balance(april, "102");
        assertThat(bank.get("opening").asLong()).isEqualTo(balance(march, "102").get("closing").asLong());
        assertThat(bank.get("closing").asLong())
                .isEqualTo(bank.get("opening").asLong() + bank.get("debit").asLong() - bank.get("credit").asLong())
                .isEqualTo(1_250_000 - 38_650 + 500_000 - 20_000);
        assertThat(april.get("headSeq").asLong()).isEqualTo(4);

        // the same statement read again later, after more postings, reads the same
        ledgers.post(account, LocalDate.of(2025, 4, 20), "再收一笔", "102", "511", 1_000);
        assertThat(shequ.get("/api/v1/ledger/statements/" + account + "/2025-04").json().get("debitTotal").asLong())
                .isEqualTo(520_000);
        assertThat(shequ.postJson("/api/v1/ledger/statements/" + account + "/2025-03", "{}").status()).isEqualTo(409);
    }

    @Test
    void theCommunitysResidentsReadItsStatementButAnotherTownADepartmentAndANonOwnerOfAnEstateDoNot() {
        StatementLedgers ledgers = ledgers();
        long community = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE",
                "jianwei:VILLAGE_SUPERVISOR");
        ledgers.post(community, LocalDate.of(2025, 5, 5), "收取土地发包款", "102", "511", 100_000);
        long estate = ledgers.estate(StatementLedgers.TANGLANG, "yeweihui:OWNERS_COMMITTEE");
        ledgers.post(estate, LocalDate.of(2025, 5, 6), "收取物业费", "102", "511", 88_000);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/ledger/statements/" + community + "/2025-05", "{}").status()).isEqualTo(201);
        assertThat(Http.as(port, "yeweihui").postJson("/api/v1/ledger/statements/" + estate + "/2025-05", "{}").status()).isEqualTo(201);

        String path = "/api/v1/ledger/statements/" + community + "/2025-05";
        assertThat(Http.as(port, "jumin").get(path).status()).isEqualTo(200);
        assertThat(Http.as(port, "jianwei").get(path).status()).isEqualTo(200);
        assertThat(Http.as(port, "yiche").get(path).status()).isEqualTo(404);
        assertThat(Http.as(port, "bumen").get(path).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson(path, "{}").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson(path, "{}").status()).isEqualTo(403);

        String estatePath = "/api/v1/ledger/statements/" + estate + "/2025-05";
        assertThat(Http.as(port, "yeweihui").get(estatePath).status()).isEqualTo(200);
        assertThat(Http.as(port, "jumin").get(estatePath).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").get(estatePath).status()).isEqualTo(404);

        JsonNode listed = Http.as(port, "jumin").get("/api/v1/ledger/statements").json().get("items");
        List<Long> ids = new ArrayList<>();
        listed.forEach(a -> ids.add(a.get("accountId").asLong()));
        assertThat(ids).contains(community).doesNotContain(estate);
    }

    @Test
    void aStatementDownloadsAsPdfAndExcelAndAMonthNotGeneratedOrNotOverIsAnswered() {
        StatementLedgers ledgers = ledgers();
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        ledgers.post(account, LocalDate.of(2025, 6, 5), "收取土地发包款", "102", "511", 100_000);
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get("/api/v1/ledger/statements/" + account + "/2025-06").status()).isEqualTo(404);
        Http shequ = Http.as(port, "shequ");
        assertThat(shequ.postJson("/api/v1/ledger/statements/" + account + "/2025-06", "{}").status()).isEqualTo(201);
        Http.Download pdf = jumin.download("/api/v1/ledger/statements/" + account + "/2025-06.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
        Http.Download xlsx = jumin.download("/api/v1/ledger/statements/" + account + "/2025-06.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");
        assertThat(shequ.postJson("/api/v1/ledger/statements/" + account + "/2099-01", "{}").status()).isEqualTo(409);
        Http.Response bad = shequ.get("/api/v1/ledger/statements/" + account + "/June");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("月份");
    }

    @Test
    void theScheduleGeneratesLastMonthForEveryAccountOnce() {
        StatementLedgers ledgers = ledgers();
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        ledgers.post(account, LocalDate.of(2025, 7, 5), "收取土地发包款", "102", "511", 100_000);
        schedule.generate(java.time.YearMonth.of(2025, 7));
        assertThat(Http.as(port, "jumin").get("/api/v1/ledger/statements/" + account + "/2025-07").status()).isEqualTo(200);
        assertThat(schedule.generate(java.time.YearMonth.of(2025, 7))).isZero();
    }

    @Test
    void aResidentsQuestionAboutALineBecomesTheirOwnCase() {
        StatementLedgers ledgers = ledgers();
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        ledgers.post(account, LocalDate.of(2025, 8, 5), "支付办公水电费", "541", "102", 38_650);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/ledger/statements/" + account + "/2025-08", "{}").status()).isEqualTo(201);
        String path = "/api/v1/ledger/statements/" + account + "/2025-08/lines/1/questions";
        Http jumin = Http.as(port, "jumin");
        JsonNode asked = created(jumin.postJson(path, "{\"question\": \"水电费为什么这么高？\"}"));
        JsonNode filed = jumin.get("/api/v1/cases/" + asked.get("caseId").asLong()).json();
        assertThat(filed.get("description").asString()).contains("水电费为什么这么高").contains("第 1 笔");
        assertThat(filed.get("sourceRef").asString()).isEqualTo("ledger_question:" + asked.get("questionId").asLong());
        assertThat(jumin.postJson(path, "{\"question\": \"\"}").status()).isEqualTo(400);
        assertThat(jumin.postJson("/api/v1/ledger/statements/" + account + "/2025-08/lines/9/questions",
                "{\"question\": \"?\"}").status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson(path, "{\"question\": \"x\"}").status()).isEqualTo(403);
        assertThat(Http.as(port, "shequ").postJson(path, "{\"question\": \"x\"}").status()).isEqualTo(403);
    }

    static JsonNode created(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    static JsonNode balance(JsonNode statement, String subject) {
        for (JsonNode b : statement.get("balances")) {
            if (b.get("subject").asString().equals(subject)) {
                return b;
            }
        }
        throw new AssertionError("no balance of " + subject);
    }
}

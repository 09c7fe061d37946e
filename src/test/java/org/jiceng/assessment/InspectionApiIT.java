package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 巡察整改 through the API: a finding's life, the team's and the unit's rights, the ledger and 建议书. */
@AppTest
class InspectionApiIT {

    static final String GUCHENG = "530326001";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    final LocalDate today = Beijing.today(Beijing.systemClock());
    long bumenUnit;

    @BeforeEach
    void setUp() {
        bumenUnit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
    }

    long inspection() {
        var created = Http.as(port, "xuncha").postJson("/api/v1/inspections", """
                {"territoryCode": "%s", "title": "县委第一巡察组巡察古城街道", "target": "古城街道党工委及所辖社区",
                 "startsOn": "%s", "endsOn": "%s"}""".formatted(GUCHENG, today.minusDays(30), today.plusDays(30)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    long finding(long inspection, String responsible, LocalDate deadline) {
        var created = Http.as(port, "xuncha").postJson("/api/v1/inspections/" + inspection + "/findings", """
                {"category": "FUNDS", "description": "村集体资金支出未经民主决策", %s, "deadline": "%s"}"""
                .formatted(responsible, deadline));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void aFindingIsRectifiedReturnedOnceAcceptedAndOnlyThenCancelledByTheInspectionTeam() {
        long finding = finding(inspection(), "\"territoryCode\": \"" + GUCHENG + "\"", today.plusDays(10));
        Http town = Http.as(port, "gucheng");
        Http team = Http.as(port, "xuncha");
        assertThat(town.postJson("/api/v1/inspections/findings/" + finding + "/submit", "{}").status())
                .as("nothing to submit yet").isEqualTo(400);
        assertThat(town.postJson("/api/v1/inspections/findings/" + finding + "/progress", """
                {"measures": "补开村民代表会议，完善支出审批", "progress": "已召开会议"}""").status()).isEqualTo(200);
        var upload = town.postFile("/api/v1/inspections/findings/" + finding + "/evidence", Map.of(), "file",
                "会议记录.png", "image/png", PNG);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        assertThat(town.postFile("/api/v1/inspections/findings/" + finding + "/evidence", Map.of(), "file", "x.exe",
                "image/png", "MZ not an image".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(team.postJson("/api/v1/inspections/findings/" + finding + "/cancel", "{}").status())
                .as("no cancelling before acceptance").isEqualTo(409);
        assertThat(team.postJson("/api/v1/inspections/findings/" + finding + "/accept", "{}").status())
                .as("not yet submitted").isEqualTo(409);
        assertThat(town.postJson("/api/v1/inspections/findings/" + finding + "/submit", "{}").json()
                .get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(town.postJson("/api/v1/inspections/findings/" + finding + "/accept", "{}").status())
                .as("the unit does not accept its own work").isEqualTo(403);
        assertThat(team.postJson("/api/v1/inspections/findings/" + finding + "/return", "{}").status()).isEqualTo(400);
        assertThat(team.postJson("/api/v1/inspections/findings/" + finding + "/return", """
                {"reason": "缺少会议签到表"}""").json().get("status").asString()).isEqualTo("RETURNED");
        town.postJson("/api/v1/inspections/findings/" + finding + "/progress", """
                {"measures": "补开村民代表会议，完善支出审批", "progress": "补充签到表"}""");
        town.postJson("/api/v1/inspections/findings/" + finding + "/submit", "{}");
        JsonNode accepted = team.postJson("/api/v1/inspections/findings/" + finding + "/accept", "{}").json();
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("onTime").asBoolean()).isTrue();
        assertThat(accepted.get("returns").asInt()).isEqualTo(1);
        assertThat(town.postJson("/api/v1/inspections/findings/" + finding + "/cancel", "{}").status()).isEqualTo(403);
        assertThat(team.postJson("/api/v1/inspections/findings/" + finding + "/cancel", "{}").json().get("statusName")
                .asString()).isEqualTo("已销账");

        JsonNode detail = team.get("/api/v1/inspections/findings/" + finding).json();
        assertThat(detail.get("history").valueStream().map(e -> e.get("kind").asString())).containsExactly(
                "OPEN", "PROGRESS", "EVIDENCE", "SUBMIT", "RETURN", "PROGRESS", "SUBMIT", "ACCEPT", "CANCEL");
        long evidence = detail.get("evidence").get(0).get("id").asLong();
        var file = town.download("/api/v1/inspections/findings/" + finding + "/evidence/" + evidence);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PNG);
    }

    @Test
    void anotherTownAResidentAndTheAuditorAreKeptToWhatTheyMayDo() {
        long finding = finding(inspection(), "\"territoryCode\": \"" + GUCHENG + "\"", today.plusDays(10));
        assertThat(Http.as(port, "yiche").get("/api/v1/inspections/findings/" + finding).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/inspections/findings/" + finding + "/progress",
                "{\"measures\": \"越权整改\"}").status()).isIn(403, 404);
        assertThat(Http.as(port, "jumin").get("/api/v1/inspections/findings").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/inspections/findings/" + finding).status()).isEqualTo(403);
        Http auditor = Http.as(port, "jijian");
        assertThat(auditor.get("/api/v1/inspections/findings/" + finding).status()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/inspections/ledger").status()).isEqualTo(200);
        assertThat(auditor.postJson("/api/v1/inspections/findings/" + finding + "/progress",
                "{\"measures\": \"审计不整改\"}").status()).isEqualTo(403);
        assertThat(auditor.postJson("/api/v1/inspections/findings/" + finding + "/accept", "{}").status()).isEqualTo(403);
        assertThat(auditor.postJson("/api/v1/inspections", "{}").status()).isEqualTo(403);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/inspections", """
                {"territoryCode": "530326001", "title": "自查", "target": "自己", "startsOn": "2026-01-01",
                 "endsOn": "2026-02-01"}""").status()).isEqualTo(403);
    }

    @Test
    void aDepartmentReadsAndRectifiesOnlyTheFindingsGivenToItsUnit() {
        long inspection = inspection();
        long ours = finding(inspection, "\"unitId\": " + bumenUnit, today.plusDays(5));
        long towns = finding(inspection, "\"territoryCode\": \"" + GUCHENG + "\"", today.plusDays(5));
        Http dept = Http.as(port, "bumen");
        var listed = dept.get("/api/v1/inspections/findings?inspection=" + inspection).json().get("items");
        assertThat(listed.valueStream().map(f -> f.get("id").asLong())).containsExactly(ours);
        assertThat(dept.get("/api/v1/inspections/findings/" + towns).status()).isEqualTo(404);
        assertThat(dept.get("/api/v1/inspections/" + inspection).status()).isEqualTo(200);
        assertThat(dept.postJson("/api/v1/inspections/findings/" + ours + "/progress",
                "{\"measures\": \"修订项目审批流程\"}").status()).isEqualTo(200);
        assertThat(dept.postJson("/api/v1/inspections/findings/" + towns + "/progress",
                "{\"measures\": \"修订项目审批流程\"}").status()).isEqualTo(404);
        assertThat(Http.as(port, "gucheng").get("/api/v1/inspections/findings/" + ours).status()).isEqualTo(404);
        JsonNode ledger = dept.get("/api/v1/inspections/ledger").json();
        assertThat(ledger.get("lines").valueStream().map(l -> l.get("unitId").asLong())).containsOnly(bumenUnit);
    }

    @Test
    void aFindingPastItsDeadlineIsLateAndTheLedgerCountsOnlyRectificationsByTheDeadlineAsOnTime() {
        long inspection = inspection();
        long late = finding(inspection, "\"territoryCode\": \"" + GUCHENG + "001\"", today.minusDays(1));
        JsonNode lateOne = Http.as(port, "shequ").get("/api/v1/inspections/findings/" + late).json().get("finding");
        assertThat(lateOne.get("late").asBoolean()).isTrue();
        assertThat(Http.as(port, "shequ").get("/api/v1/inspections/findings?late=true&inspection=" + inspection).json()
                .get("items").valueStream().map(f -> f.get("id").asLong())).containsExactly(late);
        Http.as(port, "shequ").postJson("/api/v1/inspections/findings/" + late + "/progress", "{\"measures\": \"补办手续\"}");
        Http.as(port, "shequ").postJson("/api/v1/inspections/findings/" + late + "/submit", "{}");
        JsonNode accepted = Http.as(port, "xuncha").postJson("/api/v1/inspections/findings/" + late + "/accept", "{}").json();
        assertThat(accepted.get("onTime").asBoolean()).isFalse();
        JsonNode line = Http.as(port, "xuncha").get("/api/v1/inspections/ledger").json().get("lines").valueStream()
                .filter(l -> l.get("territoryCode").asString().equals(GUCHENG + "001")).findFirst().orElseThrow();
        assertThat(line.get("onTime").asLong()).isLessThan(line.get("due").asLong());
        assertThat(line.get("rate").asString()).contains("/" + line.get("due").asLong() + "）");
    }

    @Test
    void aRecommendationLetterIsAnsweredOnceByItsAddresseeAlone() {
        long inspection = inspection();
        var sent = Http.as(port, "xuncha").postJson("/api/v1/inspections/" + inspection + "/letters", """
                {"title": "关于加强工程项目监管的建议", "body": "建议建立项目全过程台账", "unitId": %d}""".formatted(bumenUnit));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long letter = sent.json().get("id").asLong();
        assertThat(Http.as(port, "gucheng").get("/api/v1/inspections/letters/" + letter).status()).isEqualTo(404);
        assertThat(Http.as(port, "jijian").postJson("/api/v1/inspections/letters/" + letter + "/answer",
                "{\"answer\": \"已整改\"}").status()).isEqualTo(403);
        JsonNode answered = Http.as(port, "bumen").postJson("/api/v1/inspections/letters/" + letter + "/answer",
                "{\"answer\": \"已建立项目台账并每月更新\"}").json();
        assertThat(answered.get("answered").asBoolean()).isTrue();
        assertThat(Http.as(port, "bumen").postJson("/api/v1/inspections/letters/" + letter + "/answer",
                "{\"answer\": \"再答一次\"}").status()).isEqualTo(409);
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsWritten() {
        long inspection = inspection();
        var bad = Http.as(port, "xuncha").postJson("/api/v1/inspections/" + inspection + "/findings", """
                {"category": "NOPE", "description": "x", "territoryCode": "530326103", "deadline": "2026-13-01"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("问题类别");
        var outside = Http.as(port, "xuncha").postJson("/api/v1/inspections/" + inspection + "/findings", """
                {"category": "OTHER", "description": "不在巡察范围", "territoryCode": "530326103", "deadline": "%s"}"""
                .formatted(today.plusDays(3)));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(Http.as(port, "xuncha").get("/api/v1/inspections/findings?inspection=" + inspection).json().get("items")
                .isEmpty()).isTrue();
    }

    @Test
    void theLedgerIsExportedAsExcelAndPdfToTheTeamAndOversightButNotToAUnit() {
        finding(inspection(), "\"territoryCode\": \"" + GUCHENG + "\"", today.plusDays(10));
        var xlsx = Http.as(port, "xuncha").download("/assessment/inspections/ledger.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
        var pdf = Http.as(port, "jijian").download("/assessment/inspections/ledger.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(Http.as(port, "bumen").download("/assessment/inspections/ledger.xlsx").status()).isEqualTo(403);
        assertThat(Http.as(port, "gucheng").download("/assessment/inspections/ledger.pdf").status()).isEqualTo(403);
    }
}

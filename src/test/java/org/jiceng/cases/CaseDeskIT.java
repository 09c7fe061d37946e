package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The staff case desk (诉求台账) and the list API's filters over real HTTP: by number, by the reporter's phone for
 * those who may read it, by each filter, the closed history and a date range; a case by its visible number; and
 * the refusals of another town, a resident, a department and an auditor.
 */
@AppTest
class CaseDeskIT {

    private static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    record Filed(long id, String number) {
    }

    /** A case filed by the town official at 堂琅社区, as a visit, with the reporter's phone to call back on. */
    Filed file(String description, String phone) {
        JsonNode at = Http.as(port, "shequ").get("/api/v1/grids?village=" + TANGLANG).json().get("items").get(0).get("centroid");
        var filed = Http.as(port, "gucheng").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "%s", "lat": %s, "lon": %s, "channel": "VISIT"%s}"""
                .formatted(description, at.get("lat").asDouble(), at.get("lon").asDouble(),
                        phone == null ? "" : ", \"reporterPhone\": \"" + phone + "\""));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return new Filed(filed.json().get("id").asLong(), filed.json().get("number").asString());
    }

    static String randomMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    boolean listedByPhone(String user, String phone, Filed c) {
        var page = Http.as(port, user).postJson("/api/v1/cases/search", "{\"phone\": \"" + phone + "\", \"limit\": \"500\"}");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().anyMatch(item -> item.get("id").asLong() == c.id());
    }

    boolean listed(String user, String query, Filed c) {
        var page = Http.as(port, user).get("/api/v1/cases?limit=500&" + query);
        assertThat(page.status()).as(query + " → " + page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().anyMatch(item -> item.get("id").asLong() == c.id());
    }

    @Test
    void aTownOfficialFindsACaseByItsNumberOrItsStartAndOpensItByNumber() {
        Filed c = file("台账按编号查找：路灯不亮", null);
        String page = Http.as(port, "gucheng").get("/cases/desk?number=" + c.number()).body();
        assertThat(page).contains(c.number()).contains("台账按编号查找").doesNotContain("没有符合条件的诉求");
        assertThat(listed("gucheng", "number=" + c.number().substring(0, 15), c)).isTrue();
        assertThat(listed("gucheng", "number=530326-19990101", c)).isFalse();

        var byNumber = Http.as(port, "gucheng").get("/api/v1/cases/" + c.number());
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.json().get("id").asLong()).isEqualTo(c.id());
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + c.id()).json().get("number").asString()).isEqualTo(c.number());
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + c.number() + "/timeline").status()).isEqualTo(200);
        var shown = Http.as(port, "gucheng").get("/cases/" + c.number());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains(c.number()).contains("id=\"case-map\"");
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/cases/" + c.number() + "/actions/accept", "{}").status())
                .isEqualTo(200);
        // another town's official learns nothing of it, by number as by id
        assertThat(Http.as(port, "yiche").get("/api/v1/cases/" + c.number()).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").get("/cases/desk?number=" + c.number()).body()).doesNotContain(c.number() + "<");
    }

    @Test
    void theReporterPhoneFindsTheCaseForThoseWhoMayReadItAndIsNeverShown() {
        String phone = randomMobile();
        Filed c = file("台账按电话查找：下水道堵塞", phone);
        var found = Http.as(port, "gucheng").postForm("/cases/desk", Map.of("phone", phone));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(c.number()).doesNotContain(phone).doesNotContain(phone.substring(3));
        assertThat(listedByPhone("gucheng", phone, c)).isTrue();
        assertThat(listedByPhone("shequ", phone, c)).isTrue();
        assertThat(listedByPhone("gucheng", randomMobile(), c)).isFalse();
        assertThat(listedByPhone("yiche", phone, c)).as("another town's official").isFalse();
        var resident = Http.as(port, "jumin").postJson("/api/v1/cases/search", "{\"phone\": \"" + phone + "\"}");
        assertThat(resident.status()).isEqualTo(403);
        assertThat(resident.body()).doesNotContain(phone);
        // the API takes the phone in the body only: one in its address is refused and not repeated
        var apiAddress = Http.as(port, "gucheng").get("/api/v1/cases?phone=" + phone);
        assertThat(apiAddress.status()).isEqualTo(400);
        assertThat(apiAddress.body()).doesNotContain(phone);
        assertThat(jdbc.sql("select count(*) from cases.case_file where id = :id and reporter_phone_sealed is not null"
                        + " and position(convert_to(:phone, 'UTF8') in reporter_phone_sealed) = 0")
                .param("id", c.id()).param("phone", phone).query(Long.class).single()).isEqualTo(1);

        // another town finds nothing; an auditor and a department may not search by phone at all
        var yiche = Http.as(port, "yiche").postForm("/cases/desk", Map.of("phone", phone));
        assertThat(yiche.body()).doesNotContain(c.number()).doesNotContain(phone);
        var auditor = Http.as(port, "jijian").postForm("/cases/desk", Map.of("phone", phone));
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.body()).doesNotContain(phone);
        assertThat(Http.as(port, "jijian").get("/cases/desk").body()).doesNotContain("id=\"desk-phone\"");
        var department = Http.as(port, "bumen").postJson("/api/v1/cases/search", "{\"phone\": \"" + phone + "\"}");
        assertThat(department.status()).isEqualTo(403);
        assertThat(department.body()).doesNotContain(phone);
        // a phone in the page's address is refused: the form sends it by POST
        var inAddress = Http.as(port, "gucheng").get("/cases/desk?phone=" + phone);
        assertThat(inAddress.status()).isEqualTo(400);
        assertThat(inAddress.body()).doesNotContain(phone);
        // a malformed number is refused without being repeated
        var bad = Http.as(port, "gucheng").get("/api/v1/cases?phone=12345");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("phone");
        assertThat(bad.body()).doesNotContain("12345");
    }

    @Test
    void eachFilterKeepsTheCasesThatMatchIt() {
        Filed c = file("台账按条件查找：占道经营", null);
        LocalDate today = Beijing.today(clock);
        assertThat(listed("gucheng", "category=0301", c)).isTrue();
        assertThat(listed("gucheng", "category=03", c)).isTrue();
        assertThat(listed("gucheng", "category=0101", c)).isFalse();
        assertThat(listed("gucheng", "state=RECEIVED", c)).isTrue();
        assertThat(listed("gucheng", "state=ACCEPTED", c)).isFalse();
        assertThat(listed("gucheng", "territory=" + TANGLANG, c)).isTrue();
        assertThat(listed("gucheng", "territory=530326001002", c)).isFalse();
        assertThat(listed("gucheng", "channel=VISIT", c)).isTrue();
        assertThat(listed("gucheng", "channel=MEETING", c)).isFalse();
        assertThat(listed("gucheng", "newToday=true", c)).isTrue();
        assertThat(listed("gucheng", "from=" + today + "&to=" + today, c)).isTrue();
        assertThat(listed("gucheng", "from=" + today.plusDays(1), c)).isFalse();
        assertThat(listed("gucheng", "to=" + today.minusDays(1), c)).isFalse();
        assertThat(listed("gucheng", "open=true", c)).isTrue();
        assertThat(listed("gucheng", "closed=true", c)).isFalse();
        assertThat(listed("gucheng", "dueToday=true", c)).isFalse();
        assertThat(listed("gucheng", "overdue=true", c)).isFalse();

        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        assertThat(listed("gucheng", "unit=" + unit, c)).isFalse();
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/cases/" + c.id() + "/actions/accept", "{}").status()).isEqualTo(200);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/cases/" + c.id() + "/actions/dispatch",
                "{\"leadUnitId\": " + unit + "}").status()).isEqualTo(200);
        assertThat(listed("gucheng", "unit=" + unit, c)).isTrue();
        assertThat(listed("gucheng", "unit=" + unit + "&state=DISPATCHED&channel=VISIT&category=03", c)).isTrue();

        // its deadline today, then past: the due-today and overdue lists hold it
        jdbc.sql("update cases.case_file set resolve_due_at = :due where id = :id")
                .param("due", java.sql.Timestamp.from(clock.instant())).param("id", c.id()).update();
        assertThat(listed("gucheng", "dueToday=true", c)).isTrue();
        jdbc.sql("update cases.case_file set resolve_due_at = :due where id = :id")
                .param("due", java.sql.Timestamp.from(clock.instant().minusSeconds(3600))).param("id", c.id()).update();
        assertThat(listed("gucheng", "overdue=true", c)).isTrue();
        String desk = Http.as(port, "gucheng").get("/cases/desk?overdue=true&territory=530326001").body();
        assertThat(desk).contains(c.number()).contains("已逾期");
    }

    @Test
    void theClosedHistoryHoldsClosedCasesOnly() {
        Filed c = file("台账已结案历史：井盖缺失", null);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/cases/" + c.id() + "/actions/reject",
                "{\"reason\": \"不属于本系统受理范围\"}").status()).isEqualTo(200);
        assertThat(listed("gucheng", "closed=true", c)).isTrue();
        assertThat(listed("gucheng", "open=true", c)).isFalse();
        assertThat(Http.as(port, "gucheng").get("/cases/desk?closed=true").body()).contains(c.number());
    }

    @Test
    void badValuesAreRefusedByNameAndTheFormKeepsWhatWasTyped() {
        var api = Http.as(port, "gucheng").get("/api/v1/cases?from=2026-13-01");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("field").asString()).isEqualTo("from");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases?channel=FAX").json().get("field").asString()).isEqualTo("channel");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases?open=true&closed=true").json().get("field").asString())
                .isEqualTo("closed");
        var page = Http.as(port, "gucheng").get("/cases/desk?number=53&category=0301");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("编号（number）须为诉求编号").contains("value=\"53\"")
                .containsPattern("<option value=\"0301\" selected");
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefusedWhereTheyMustBe() {
        Filed c = file("台账越权查看：树木倒伏", null);
        assertThat(Http.as(port, "jumin").get("/cases/desk").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/cases/desk?territory=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/cases/desk?territory=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/cases?territory=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/cases/desk").body()).doesNotContain(c.number());
        assertThat(Http.as(port, "bumen").get("/cases/desk?territory=530326001").status()).isEqualTo(403);
        var department = Http.as(port, "bumen").get("/cases/desk");
        assertThat(department.status()).isEqualTo(200);
        assertThat(department.body()).doesNotContain(c.number());
        assertThat(Http.as(port, "bumen").get("/api/v1/cases/" + c.number()).status()).isEqualTo(404);
        // the town official's own desk holds it, on a phone as a card and on a wide screen as a row
        String desk = Http.as(port, "gucheng").get("/cases/desk").body();
        assertThat(desk).contains("id=\"desk-actions\"").contains("id=\"desk-table\"").contains("id=\"desk-map\"")
                .contains("data-number=\"" + c.number() + "\"");
    }
}

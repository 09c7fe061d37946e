package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad text, dates and numbers on a sample of each module's endpoints: every one is 400 problem+json with
 * a Chinese detail naming the field, and nothing is written.
 */
@AppTest
class InputLimitsIT {

    static final String GRID = "530326001001001";
    static final String NUL = "\\u0000";
    /** Five UTF-16 units, three characters as PostgreSQL counts them. */
    static final String THREE_CHARACTERS = "𠮷𠮷野";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The answer is a 400 problem naming {@code field}, and {@code table} has as many rows as before. */
    void refusedAndNothingWritten(String table, String field, Supplier<Http.Response> request) {
        long before = rows(table);
        Http.Response answer = request.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        assertThat(answer.detail()).contains(field);
        assertThat(rows(table)).isEqualTo(before);
    }

    @Test
    void aNulCharacterInACaseDescriptionIsRefused() {
        refusedAndNothingWritten("cases.case_file", "description", () -> Http.as(port, "jumin").postJson("/api/v1/cases",
                "{\"categoryCode\":\"0301\",\"description\":\"路灯坏了" + NUL + "好几天\",\"lat\":26.4,\"lon\":103.3}"));
    }

    @Test
    void aDescriptionShortAsPostgresqlCountsIsRefusedNotAServerError() {
        refusedAndNothingWritten("cases.case_file", "描述", () -> Http.as(port, "jumin").postJson("/api/v1/cases",
                "{\"categoryCode\":\"0301\",\"description\":\"" + THREE_CHARACTERS + "\",\"lat\":26.4,\"lon\":103.3}"));
    }

    @Test
    void aFiveMegabyteAddressIsRefused() {
        refusedAndNothingWritten("cases.case_file", "address", () -> Http.as(port, "jumin").postJson("/api/v1/cases",
                "{\"categoryCode\":\"0301\",\"description\":\"路灯坏了好几天\",\"address\":\"" + "𠮷".repeat(1_250_000) + "\"}"));
    }

    @Test
    void anAddressOfFiveHundredAndOneCharactersIsRefusedThoughJavaCountsMoreUnits() {
        refusedAndNothingWritten("cases.case_file", "address", () -> Http.as(port, "jumin").postJson("/api/v1/cases",
                "{\"categoryCode\":\"0301\",\"description\":\"路灯坏了好几天\",\"address\":\"" + "𠮷".repeat(501) + "\"}"));
    }

    @Test
    void aControlCharacterInAHouseholdAddressIsRefused() {
        refusedAndNothingWritten("people.household", "address", () -> Http.as(port, "wangge").postJson("/api/v1/households",
                "{\"territoryCode\":\"" + GRID + "\",\"address\":\"翠屏小区\\u001b[2J 1 栋\"}"));
    }

    @Test
    void aNulCharacterInADisputeIsRefused() {
        refusedAndNothingWritten("mediation.dispute", "type", () -> Http.as(port, "shequ").postJson("/api/v1/disputes",
                "{\"caseId\":1,\"type\":\"NEIGHBOUR" + NUL + "\",\"risk\":\"GREEN\"}"));
    }

    @Test
    void aPartyPostWithAnImpossibleDateIsRefused() {
        refusedAndNothingWritten("party.post", "since", () -> Http.as(port, "shequ").postJson("/api/v1/party/posts",
                "{\"kind\":\"JUWU_LOUZHANG\",\"territoryCode\":\"" + GRID + "\",\"area\":\"9栋\",\"holderName\":\"王秀英\","
                        + "\"since\":\"+999999999-12-31\"}"));
    }

    @Test
    void aPartyPostHolderWithALoneSurrogateIsRefused() {
        refusedAndNothingWritten("party.post", "holderName", () -> Http.as(port, "shequ").postJson("/api/v1/party/posts",
                "{\"kind\":\"JUWU_LOUZHANG\",\"territoryCode\":\"" + GRID + "\",\"area\":\"9栋\",\"holderName\":\"王\\uD842\"}"));
    }

    @Test
    void aMeetingInTheYearNineHundredMillionIsRefused() {
        refusedAndNothingWritten("deliberation.meeting", "heldOn", () -> Http.as(port, "shequ").postJson("/api/v1/meetings",
                "{\"kind\":\"HEARING\",\"heldOn\":\"+999999999-12-31\"}"));
    }

    @Test
    void aTopicTitleWithANulCharacterIsRefused() {
        refusedAndNothingWritten("deliberation.topic", "title", () -> Http.as(port, "jumin").postJson("/api/v1/topics",
                "{\"title\":\"修路" + NUL + "\",\"description\":\"内容足够长的说明\"}"));
    }

    @Test
    void aQueryParameterWithANulCharacterIsRefused() {
        Http.Response answer = Http.as(port, "wangge").get("/api/v1/households?territory=" + GRID + "&q=%00");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("q", "U+0000");
    }

    @Test
    void notANumberAsACoordinateIsRefused() {
        Http.Response answer = Http.as(port, "wangge").get("/api/v1/grids/locate?lat=NaN&lon=103.3");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        Http.Response body = Http.as(port, "jumin").postJson("/api/v1/cases",
                "{\"categoryCode\":\"0301\",\"description\":\"路灯坏了好几天\",\"lat\":\"NaN\",\"lon\":103.3}");
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.detail()).contains("lat");
    }

    @Test
    void aHugeNumberForAWholeNumberFieldIsRefused() {
        Http.Response answer = Http.as(port, "shequ").postJson("/api/v1/disputes",
                "{\"caseId\":99999999999999999999999,\"type\":\"NEIGHBOUR\",\"risk\":\"GREEN\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void aFormFieldWithANulCharacterGetsAChineseErrorPage() {
        long before = rows("cases.case_file");
        Http.Response answer = Http.as(port, "jumin").postForm("/cases/new",
                Map.of("categoryCode", "0301", "description", "路灯坏了\u0000好几天", "address", "盈仓路 3 号"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("description", "控制字符");
        assertThat(rows("cases.case_file")).isEqualTo(before);
    }

    @Test
    void anUploadedFileNameWithAControlCharacterIsRefused() {
        Http.Response answer = Http.as(port, "jumin").postFile("/api/v1/attachments", Map.of(), "file",
                "photo\u0007.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("文件名");
    }
}

package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Indicators, entered values, scorecards, tracks and rankings over HTTP, and who is refused which. */
@AppTest
class ScorecardApiIT {

    static final String TANGLANG = "530326001001";
    static final String GUCHENG = "530326001";
    static final String YICHE = "530326103";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    static JsonNode indicator(int port, String name, String source, String level, String target) {
        Http.Response created = Http.as(port, "admin").postJson("/api/v1/assessment/indicators", """
                {"name": "%s", "source": "%s", "level": "%s", "period": "QUARTER", "direction": "HIGHER",
                 "target": "%s", "weight": 10}""".formatted(name, source, level, target));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theCountyDefinesAnIndicatorWithItsFormulaAndOthersMayNot() {
        JsonNode created = indicator(port, unique("测试响应率"), "RESPONSE_RATE", "VILLAGE", "95");
        assertThat(created.get("formula").asString()).contains("响应率 =");
        assertThat(created.get("unit").asString()).isEqualTo("%");
        String path = "/api/v1/assessment/indicators/" + created.get("id").asLong();
        assertThat(Http.as(port, "shequ").get(path).status()).isEqualTo(200);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/assessment/indicators", "{}").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get(path).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get(path).status()).isEqualTo(403);
        Http.Response stale = Http.as(port, "admin").putJson(path, """
                {"name": "改名", "source": "RESPONSE_RATE", "level": "VILLAGE", "period": "QUARTER", "target": "90",
                 "weight": 10, "version": 99}""");
        assertThat(stale.status()).isEqualTo(409);
        Http.Response bad = Http.as(port, "admin").postJson("/api/v1/assessment/indicators", """
                {"name": "x", "source": "NOPE", "level": "VILLAGE", "period": "QUARTER", "target": "90", "weight": 10}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("数据来源");
        assertThat(Http.as(port, "admin").postJson("/api/v1/assessment/indicators", """
                {"name": "x", "source": "ENTERED", "level": "VILLAGE", "period": "QUARTER", "target": "-1", "weight": 10}""")
                .status()).isEqualTo(400);
    }

    @Test
    void aVillageEntersAValueWithEvidenceAndItsTownAcceptsIt() {
        JsonNode indicator = indicator(port, unique("测试填报"), "ENTERED", "VILLAGE", "90");
        Http shequ = Http.as(port, "shequ");
        Http.Response entered = shequ.postJson("/api/v1/assessment/values", """
                {"indicatorId": %d, "subject": "%s", "period": "2021-Q3", "value": "88.5", "evidence": "检查评分表"}"""
                .formatted(indicator.get("id").asLong(), TANGLANG));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        long id = entered.json().get("id").asLong();
        String path = "/api/v1/assessment/values/" + id;
        assertThat(entered.json().get("state").asString()).isEqualTo("ENTERED");
        Http.Response photo = shequ.postFile(path + "/evidence", Map.of(), "file", "评分表.png", "image/png", PNG);
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        assertThat(shequ.postFile(path + "/evidence", Map.of(), "file", "x.html", "image/png",
                "<script>".getBytes()).status()).isEqualTo(400);
        String file = photo.json().get("files").get(0).get("href").asString();
        assertThat(shequ.download(file).contentType()).isEqualTo("image/png");
        // the village cannot review at all; another town sees nothing of it
        assertThat(shequ.postJson(path + "/review", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(403);
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get(path).status()).isEqualTo(404);
        assertThat(yiche.download(file).status()).isEqualTo(404);
        assertThat(yiche.postJson(path + "/review", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get(path).status()).isEqualTo(403);
        Http gucheng = Http.as(port, "gucheng");
        assertThat(gucheng.postJson(path + "/review", "{\"decision\": \"RETURN\"}").status()).isEqualTo(400);
        Http.Response accepted = gucheng.postJson(path + "/review", "{\"decision\": \"ACCEPT\", \"note\": \"属实\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(gucheng.postJson(path + "/review", "{\"decision\": \"RETURN\", \"note\": \"再看\"}").status()).isEqualTo(409);
        assertThat(shequ.postFile(path + "/evidence", Map.of(), "file", "b.png", "image/png", PNG).status()).isEqualTo(409);
        assertThat(gucheng.get("/api/v1/assessment/values?indicator=" + indicator.get("id").asLong()).json().get("items")
                .valueStream().anyMatch(v -> v.get("id").asLong() == id)).isTrue();
        assertThat(yiche.get("/api/v1/assessment/values?territory=" + TANGLANG).status()).isEqualTo(404);

        JsonNode card = shequ.get("/api/v1/assessment/scorecards/" + TANGLANG + "?period=2021-Q3").json();
        JsonNode line = card.get("lines").valueStream()
                .filter(l -> l.get("indicatorId").asLong() == indicator.get("id").asLong()).findFirst().orElseThrow();
        assertThat(line.get("valueExact").asString()).isEqualTo("177/2");
        // 10 × 88.5 ÷ 90 = 59/6
        assertThat(line.get("scoreExact").asString()).isEqualTo("59/6");
        assertThat(line.get("score").decimalValue()).isEqualByComparingTo("9.83");
        JsonNode drill = shequ.get("/api/v1/assessment/scorecards/" + TANGLANG + "/indicators/"
                + indicator.get("id").asLong() + "?period=2021-Q3").json();
        assertThat(drill.get("records").get(0).get("href").asString()).isEqualTo("/assessment/scores/values/" + id);
    }

    @Test
    void noOneReviewsTheirOwnValue() {
        JsonNode indicator = indicator(port, unique("测试乡镇填报"), "ENTERED", "TOWN", "10");
        Http admin = Http.as(port, "admin");
        long id = admin.postJson("/api/v1/assessment/values", """
                {"indicatorId": %d, "subject": "%s", "period": "2021-Q2", "value": "3"}"""
                .formatted(indicator.get("id").asLong(), GUCHENG)).json().get("id").asLong();
        Http.Response own = admin.postJson("/api/v1/assessment/values/" + id + "/review", "{\"decision\": \"ACCEPT\"}");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.detail()).contains("自己");
        Http.Response wrongPeriod = admin.postJson("/api/v1/assessment/values", """
                {"indicatorId": %d, "subject": "%s", "period": "2021-05", "value": "3"}"""
                .formatted(indicator.get("id").asLong(), GUCHENG));
        assertThat(wrongPeriod.status()).isEqualTo(400);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/assessment/values", """
                {"indicatorId": %d, "subject": "%s", "period": "2021-Q2", "value": "3"}"""
                .formatted(indicator.get("id").asLong(), GUCHENG)).status()).isEqualTo(403);
    }

    @Test
    void aVillageReadsOnlyItsOwnScorecard() {
        Http shequ = Http.as(port, "shequ");
        assertThat(shequ.get("/api/v1/assessment/scorecards/" + TANGLANG).status()).isEqualTo(200);
        assertThat(shequ.get("/api/v1/assessment/scorecards/" + GUCHENG).status()).isEqualTo(404);
        String neighbour = Http.as(port, "admin").get("/api/v1/divisions/" + GUCHENG + "/children").json().get("items")
                .valueStream().map(d -> d.get("code").asString()).filter(c -> !c.equals(TANGLANG)).findFirst().orElseThrow();
        assertThat(shequ.get("/api/v1/assessment/scorecards/" + neighbour).status()).isEqualTo(404);
        assertThat(Http.as(port, "gucheng").get("/api/v1/assessment/scorecards/" + neighbour).status()).isEqualTo(200);
    }

    @Test
    void aPartyOrganisationHasAScorecardItsSecretaryReadsAndAnotherTownDoesNot() {
        JsonNode organisation = Http.as(port, "dangjian").get("/api/v1/party/organisations?territory=" + TANGLANG
                + "&limit=500").json().get("items").valueStream()
                .filter(o -> o.get("territoryCode").asString().startsWith(TANGLANG)).findFirst().orElseThrow();
        String subject = "P" + organisation.get("id").asLong();
        JsonNode card = Http.as(port, "shuji").get("/api/v1/assessment/scorecards/" + subject).json();
        assertThat(card.get("level").asString()).isEqualTo("PARTY_ORG");
        assertThat(card.get("name").asString()).isEqualTo(organisation.get("name").asString());
        assertThat(Http.as(port, "yiche").get("/api/v1/assessment/scorecards/" + subject).status()).isEqualTo(404);
        assertThat(Http.as(port, "admin").get("/api/v1/assessment/scorecards/P999999999").status()).isEqualTo(404);
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefusedGuchengsScorecard() {
        assertThat(Http.as(port, "yiche").get("/api/v1/assessment/scorecards/" + GUCHENG).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").get("/api/v1/assessment/scorecards/" + YICHE).status()).isEqualTo(200);
        assertThat(Http.as(port, "jumin").get("/api/v1/assessment/scorecards/" + GUCHENG).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/assessment/scorecards/" + GUCHENG).status()).isEqualTo(403);
        assertThat(Http.as(port, "xuncha").get("/api/v1/assessment/scorecards/" + GUCHENG).status()).isEqualTo(200);
        assertThat(Http.as(port, "admin").get("/api/v1/assessment/scorecards/12345").status()).isEqualTo(400);
        assertThat(Http.as(port, "admin").get("/api/v1/assessment/scorecards/" + GUCHENG + "?period=2026-Q5").status())
                .isEqualTo(400);
    }

    @Test
    void aTrackRanksTheCountysTownsWithProgressAndExportsAsPdfAndExcel() {
        JsonNode indicator = indicator(port, unique("测试乡镇响应率"), "RESPONSE_RATE", "TOWN", "95");
        Http admin = Http.as(port, "admin");
        Http.Response track = admin.postJson("/api/v1/assessment/tracks", """
                {"name": "%s", "description": "测试", "indicatorIds": [%d]}""".formatted(unique("测试赛道"),
                indicator.get("id").asLong()));
        assertThat(track.status()).as(track.body()).isEqualTo(201);
        long trackId = track.json().get("id").asLong();
        assertThat(admin.postJson("/api/v1/assessment/tracks", """
                {"name": "%s", "indicatorIds": [%d]}""".formatted(track.json().get("name").asString(),
                indicator.get("id").asLong())).status()).isEqualTo(409);
        assertThat(admin.postJson("/api/v1/assessment/tracks", "{\"name\": \"空赛道\", \"indicatorIds\": []}").status())
                .isEqualTo(400);
        JsonNode ranking = admin.get("/api/v1/assessment/rankings?track=" + trackId + "&quarter=2026-Q3").json();
        assertThat(ranking.get("level").asString()).isEqualTo("TOWN");
        assertThat(ranking.get("rows").size()).isGreaterThan(20);
        assertThat(ranking.get("previousQuarter").asString()).isEqualTo("2026-Q2");
        assertThat(ranking.get("rules").valueStream().map(JsonNode::asString)).anyMatch(r -> r.startsWith("进步分"));
        Http.Download pdf = admin.download("/api/v1/assessment/rankings.pdf?track=" + trackId + "&quarter=2026-Q3");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
        Http.Download xlsx = admin.download("/api/v1/assessment/rankings.xlsx?track=" + trackId + "&quarter=2026-Q3");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        Http gucheng = Http.as(port, "gucheng");
        assertThat(gucheng.get("/api/v1/assessment/rankings?territory=530326").status()).isEqualTo(404);
        assertThat(gucheng.get("/api/v1/assessment/rankings?quarter=2026-Q3").json().get("level").asString())
                .isEqualTo("VILLAGE");
        assertThat(Http.as(port, "yiche").get("/api/v1/assessment/rankings?territory=" + GUCHENG).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get("/api/v1/assessment/rankings").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").download("/api/v1/assessment/rankings.pdf").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/assessment/rankings?quarter=2026-09").status()).isEqualTo(400);
    }

    @Test
    void aClosedQuarterKeepsItsScorecardsAndClosesOnce() {
        Http admin = Http.as(port, "admin");
        Http.Response closed = admin.postJson("/api/v1/assessment/quarters", "{\"quarter\": \"2020-Q1\"}");
        if (closed.status() == 201) {
            assertThat(closed.json().get("scorecards").asLong()).isGreaterThan(25);
        }
        assertThat(admin.postJson("/api/v1/assessment/quarters", "{\"quarter\": \"2020-Q1\"}").status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/assessment/quarters").json().get("items").valueStream()
                .map(JsonNode::asString)).contains("2020-Q1");
        JsonNode card = admin.get("/api/v1/assessment/scorecards/" + GUCHENG + "?period=2020-Q1").json();
        assertThat(card.get("frozen").asBoolean()).isTrue();
        assertThat(admin.postJson("/api/v1/assessment/quarters", "{\"quarter\": \"2099-Q1\"}").status()).isEqualTo(409);
        assertThat(admin.postJson("/api/v1/assessment/quarters", "{}").status()).isEqualTo(400);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/assessment/quarters", "{\"quarter\": \"2020-Q2\"}")
                .status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/assessment/rankings?quarter=2020-Q1").json().get("frozen").asBoolean()).isTrue();
    }
}

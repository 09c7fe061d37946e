package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Star ratings over HTTP: criteria, proposals from the measures, the county's confirmation, lists and refusals. */
@AppTest
class RatingApiIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    /** A 党支部 of 堂琅社区 that is rated. */
    JsonNode branch() {
        return Http.as(port, "dangjian").get("/api/v1/party/organisations?territory=" + TANGLANG + "&limit=500").json()
                .get("items").valueStream().filter(o -> o.get("level").asString().equals("BRANCH")
                        && o.get("dissolvedOn").isNull() && o.get("territoryCode").asString().length() >= 12)
                .findFirst().orElseThrow();
    }

    long criterion(String name, int... thresholds) {
        var made = Http.as(port, "admin").postJson("/api/v1/assessment/criteria", """
                {"name": "%s", "measure": "ENTERED", "unit": "项", "thresholds": [%d, %d, %d, %d, %d, %d, %d]}"""
                .formatted(name, thresholds[0], thresholds[1], thresholds[2], thresholds[3], thresholds[4],
                        thresholds[5], thresholds[6]));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    JsonNode ratingOf(long organisation, int year) {
        return Http.as(port, "admin").get("/api/v1/assessment/star-ratings?territory=" + TANGLANG + "&year=" + year
                        + "&limit=500").json().get("items").valueStream()
                .filter(r -> r.get("organisationId").asLong() == organisation).findFirst().orElseThrow();
    }

    @Test
    void anEnteredValueAtAThresholdEarnsThatStarAndJustBelowItOneFewer() {
        String name = "村集体经济（测试" + System.nanoTime() % 100000 + "）";
        long criterion = criterion(name, 3, 5, 7, 10, 15, 20, 30);
        long organisation = branch().get("id").asLong();
        Http gucheng = Http.as(port, "gucheng");
        for (int[] yearValueStars : new int[][] {{2011, 6, 2}, {2012, 7, 3}, {2013, 8, 3}, {2014, 2, 0}}) {
            var entered = gucheng.postJson("/api/v1/assessment/star-ratings/entries", """
                    {"organisationId": %d, "year": %d, "criterionId": %d, "value": %d, "evidence": "2011年度财务公开表"}"""
                    .formatted(organisation, yearValueStars[0], criterion, yearValueStars[1]));
            assertThat(entered.status()).as(entered.body()).isEqualTo(204);
            var proposed = gucheng.postJson("/api/v1/assessment/star-ratings/proposals",
                    "{\"territory\": \"%s\", \"year\": %d}".formatted(TANGLANG, yearValueStars[0]));
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
            JsonNode rating = ratingOf(organisation, yearValueStars[0]);
            assertThat(rating.get("measures").valueStream().map(JsonNode::asString))
                    .contains(name + "：" + yearValueStars[1] + " 项 → " + yearValueStars[2] + " 星");
            assertThat(rating.get("proposedStars").asInt()).isLessThanOrEqualTo(yearValueStars[2]);
        }
        var notEntered = gucheng.postJson("/api/v1/assessment/star-ratings/entries", """
                {"organisationId": %d, "year": 2011, "criterionId": %d, "value": 3}""".formatted(organisation, criterion));
        assertThat(notEntered.status()).isEqualTo(400);
        assertThat(notEntered.detail()).contains("佐证");
        Http.as(port, "admin").putJson("/api/v1/assessment/criteria/" + criterion, "{\"active\": false}");
    }

    @Test
    void theCountyConfirmsWithAChangeRecordedAndTheListsFollowWithTheirHistory() {
        Http admin = Http.as(port, "admin");
        JsonNode settings = admin.get("/api/v1/assessment/star-ratings/settings").json();
        int weakMax = settings.get("weakMax").asInt();
        int redFlagMin = settings.get("redFlagMin").asInt();
        long organisation = branch().get("id").asLong();
        assertThat(admin.postJson("/api/v1/assessment/star-ratings/proposals",
                "{\"territory\": \"%s\", \"year\": 2008}".formatted(TANGLANG)).status()).isEqualTo(200);
        JsonNode first = ratingOf(organisation, 2008);
        assertThat(first.get("status").asString()).isEqualTo("PROPOSED");
        long id = first.get("id").asLong();
        int other = first.get("proposedStars").asInt() == weakMax ? weakMax + 1 : weakMax;

        var noReason = admin.postJson("/api/v1/assessment/star-ratings/" + id + "/confirmation",
                "{\"stars\": %d}".formatted(other));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.detail()).contains("须说明理由");
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/assessment/star-ratings/" + id + "/confirmation",
                "{\"stars\": %d, \"reason\": \"x\"}".formatted(weakMax)).status()).isEqualTo(403);

        var confirmed = admin.postJson("/api/v1/assessment/star-ratings/" + id + "/confirmation",
                "{\"stars\": %d, \"reason\": \"组织生活记录不全，经复核下调\"}".formatted(weakMax));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode rating = confirmed.json();
        assertThat(rating.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(rating.get("confirmedStars").asInt()).isEqualTo(weakMax);
        assertThat(rating.get("proposedStars").asInt()).isEqualTo(first.get("proposedStars").asInt());
        assertThat(rating.get("reason").asString()).isEqualTo("组织生活记录不全，经复核下调");
        assertThat(rating.get("confirmedBy").asString()).isNotBlank();
        assertThat(rating.get("confirmedAt").isNull()).isFalse();
        assertThat(admin.postJson("/api/v1/assessment/star-ratings/" + id + "/confirmation", "{}").status())
                .isEqualTo(409);

        // other tests may have put the organisation on a list already: its open stay is what counts
        assertThat(stays(admin, organisation, "WEAK")).anyMatch(s -> s.get("open").asBoolean());
        assertThat(stays(admin, organisation, "RED_FLAG")).noneMatch(s -> s.get("open").asBoolean());

        admin.postJson("/api/v1/assessment/star-ratings/proposals", "{\"territory\": \"%s\", \"year\": 2009}".formatted(TANGLANG));
        long next = ratingOf(organisation, 2009).get("id").asLong();
        var raised = admin.postJson("/api/v1/assessment/star-ratings/" + next + "/confirmation",
                "{\"stars\": %d, \"reason\": \"整顿成效明显\"}".formatted(redFlagMin));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(stays(admin, organisation, "WEAK")).noneMatch(s -> s.get("open").asBoolean())
                .anyMatch(s -> s.get("leftAs").asString().equals("RECTIFIED") && s.get("leftYear").asInt() == 2009
                        && s.get("leftReason").asString().contains("整顿销号"));
        assertThat(stays(admin, organisation, "RED_FLAG")).anyMatch(s -> s.get("enteredYear").asInt() == 2009
                && s.get("open").asBoolean());
        assertThat(admin.get("/api/v1/assessment/star-ratings/" + next).json().get("stars").asInt()).isEqualTo(redFlagMin);
    }

    java.util.List<JsonNode> stays(Http who, long organisation, String list) {
        return who.get("/api/v1/assessment/star-ratings/lists?list=" + list + "&territory=" + TANGLANG + "&limit=500")
                .json().get("items").valueStream().filter(s -> s.get("organisationId").asLong() == organisation).toList();
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefusedAndThePlaceReadsItsOwn() {
        Http admin = Http.as(port, "admin");
        admin.postJson("/api/v1/assessment/star-ratings/proposals", "{\"territory\": \"%s\", \"year\": 2010}".formatted(TANGLANG));
        long id = ratingOf(branch().get("id").asLong(), 2010).get("id").asLong();
        assertThat(Http.as(port, "shequ").get("/api/v1/assessment/star-ratings/" + id).status()).isEqualTo(200);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/assessment/star-ratings/" + id + "/confirmation", "{}")
                .status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/assessment/star-ratings/" + id).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/assessment/star-ratings/proposals",
                "{\"territory\": \"%s\", \"year\": 2010}".formatted(TANGLANG)).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/assessment/star-ratings?territory=" + TANGLANG).status())
                .isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/assessment/star-ratings").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/assessment/star-ratings/" + id).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/assessment/criteria").status()).isEqualTo(403);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/assessment/criteria",
                "{\"name\": \"x\", \"measure\": \"ENTERED\", \"thresholds\": [1,2,3,4,5,6,7]}").status()).isEqualTo(403);
        var badThresholds = admin.postJson("/api/v1/assessment/criteria",
                "{\"name\": \"x\", \"measure\": \"ENTERED\", \"thresholds\": [1,2,3,5,4,6,7]}");
        assertThat(badThresholds.status()).isEqualTo(400);
        assertThat(badThresholds.detail()).contains("门槛");
    }

    @Test
    void theRatingsListDownloadsAsExcelAndPdf() {
        Http admin = Http.as(port, "admin");
        admin.postJson("/api/v1/assessment/star-ratings/proposals", "{\"territory\": \"%s\", \"year\": 2010}".formatted(TANGLANG));
        var xlsx = admin.download("/api/v1/assessment/star-ratings.xlsx?year=2010&territory=" + TANGLANG);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(xlsx.body().length).isGreaterThan(1000);
        var pdf = admin.download("/api/v1/assessment/star-ratings.pdf?year=2010&territory=" + TANGLANG);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }
}

package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AppTest
class BallotsApiIT {

    static final String TANGLANG = "530326001001";
    static final AtomicInteger ESTATES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** {@code owners} owners of one home each, "业主1"…, all {@code area} m²; plus extra unit JSON lines. */
    static String estateJson(String name, int owners, String area, String... extra) {
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= owners; i++) {
            units.add("{\"unit\":\"1-%d\",\"owner\":\"业主%d\",\"area\":\"%s\"}".formatted(i, i, area));
        }
        units.addAll(List.of(extra));
        return "{\"name\":\"%s\",\"territoryCode\":\"%s\",\"units\":[%s]}".formatted(name, TANGLANG, String.join(",", units));
    }

    static long created(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    long estate(Http as, int owners, String area, String... extra) {
        return created(as.postJson("/api/v1/estates", estateJson("测试小区" + ESTATES.incrementAndGet(), owners, area, extra)));
    }

    static String inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).withNano(0).toString();
    }

    static long ballot(Http as, long estate, String matter, boolean secret, boolean allowChange) {
        return created(as.postJson("/api/v1/ballots", """
                {"estateId": %d, "title": "关于测试事项的表决", "matter": "%s", "secret": %s, "allowChange": %s, "closesAt": "%s"}"""
                .formatted(estate, matter, secret, allowChange, inDays(7))));
    }

    static Http.Response paper(Http as, long ballot, String owner, String choice) {
        return as.postJson("/api/v1/ballots/" + ballot + "/paper-votes",
                "{\"owner\":\"" + owner + "\",\"choice\":\"" + choice + "\"}");
    }

    @Test
    void anEstateCountsOneBuyersHomesAndTheDevelopersUnsoldHomesAsOneOwnerEach() {
        Http shequ = Http.as(port, "shequ");
        long estate = estate(shequ, 3, "90.5",
                "{\"unit\":\"2-1\",\"owner\":\"业主1\",\"area\":\"60.25\"}",
                "{\"unit\":\"3-1\",\"owner\":\"开发商\",\"area\":\"100\",\"developerUnsold\":true}",
                "{\"unit\":\"3-2\",\"owner\":\"开发商\",\"area\":\"100.01\",\"developerUnsold\":true}",
                "{\"unit\":\"3-3\",\"area\":\"100\",\"developerUnsold\":true,\"owner\":\"开发商\"}");
        JsonNode view = shequ.get("/api/v1/estates/" + estate).json();
        assertThat(view.get("units").asInt()).isEqualTo(7);
        assertThat(view.get("owners").asInt()).isEqualTo(4);
        assertThat(view.get("totalArea").asString()).isEqualTo("631.76");
    }

    @Test
    void badAreasAndDuplicateUnitsAreRefusedInChineseAndNothingIsWritten() {
        Http shequ = Http.as(port, "shequ");
        long before = jdbc.sql("select count(*) from deliberation.estate_unit").query(Long.class).single();
        for (String[] bad : new String[][] {{"-90", "不能为负数"}, {"90.123", "两位小数"}, {"九十", "不是数字"}, {"0", "大于 0"}}) {
            var answer = shequ.postJson("/api/v1/estates", estateJson("坏面积小区", 3, "90.00",
                    "{\"unit\":\"9-9\",\"owner\":\"某某\",\"area\":\"" + bad[0] + "\"}"));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.detail()).contains("9-9").contains(bad[1]);
        }
        var duplicate = shequ.postJson("/api/v1/estates", estateJson("重复小区", 3, "90.00",
                "{\"unit\":\"1-2\",\"owner\":\"某某\",\"area\":\"80\"}"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.detail()).contains("1-2").contains("重复");
        var developers = shequ.postJson("/api/v1/estates", estateJson("两个开发商", 2, "90.00",
                "{\"unit\":\"3-1\",\"owner\":\"甲公司\",\"area\":\"80\",\"developerUnsold\":true}",
                "{\"unit\":\"3-2\",\"owner\":\"乙公司\",\"area\":\"80\",\"developerUnsold\":true}"));
        assertThat(developers.status()).isEqualTo(400);
        assertThat(developers.detail()).contains("同一名称");
        assertThat(shequ.postJson("/api/v1/estates", estateJson("无名账号", 2, "90.00",
                "{\"unit\":\"3-1\",\"owner\":\"某某\",\"area\":\"80\",\"username\":\"nobody-here\"}")).detail())
                .contains("nobody-here").contains("不存在");
        assertThat(jdbc.sql("select count(*) from deliberation.estate_unit").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from deliberation.estate where name in ('坏面积小区', '重复小区', '两个开发商', '无名账号')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anOrdinaryMatterNeedsMoreThanHalfAndTheResultExplainsIt() {
        Http shequ = Http.as(port, "shequ");
        long estate = estate(shequ, 6, "100.00");
        long ballot = ballot(shequ, estate, "ORDINARY", false, false);
        // 6 of 6 take part, 3 yes, 2 no, 1 abstains: exactly half approve — 过半数 is not met
        for (int i = 1; i <= 6; i++) {
            var cast = paper(shequ, ballot, "业主" + i, i <= 3 ? "YES" : i <= 5 ? "NO" : "ABSTAIN");
            assertThat(cast.status()).as(cast.body()).isEqualTo(201);
            assertThat(cast.json().get("receipt").asString()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        }
        JsonNode open = shequ.get("/api/v1/ballots/" + ballot + "/result").json();
        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        assertThat(open.get("reason").asString()).startsWith("表决尚未结束");

        JsonNode result = shequ.postJson("/api/v1/ballots/" + ballot + "/close", "").json();
        assertThat(result.get("quorumMet").asBoolean()).isTrue();
        assertThat(result.get("passed").asBoolean()).isFalse();
        assertThat(result.get("totalArea").asString()).isEqualTo("600.00");
        assertThat(result.get("participatingArea").asString()).isEqualTo("600.00");
        assertThat(result.get("approvingArea").asString()).isEqualTo("300.00");
        assertThat(result.get("opposingArea").asString()).isEqualTo("200.00");
        assertThat(result.get("abstainingArea").asString()).isEqualTo("100.00");
        assertThat(result.get("totalOwners").asLong()).isEqualTo(6);
        assertThat(result.get("participatingOwners").asLong()).isEqualTo(6);
        assertThat(result.get("approvingOwners").asLong()).isEqualTo(3);
        assertThat(result.get("opposingOwners").asLong()).isEqualTo(2);
        assertThat(result.get("abstainingOwners").asLong()).isEqualTo(1);
        assertThat(result.get("quorum").get("fraction").asString()).isEqualTo("2/3");
        assertThat(result.get("quorum").get("inclusive").asBoolean()).isTrue();
        assertThat(result.get("quorum").get("text").asString()).isEqualTo("三分之二以上");
        assertThat(result.get("approval").get("fraction").asString()).isEqualTo("1/2");
        assertThat(result.get("approval").get("inclusive").asBoolean()).isFalse();
        assertThat(result.get("approval").get("text").asString()).isEqualTo("过半数");
        assertThat(result.get("reason").asString()).startsWith("未通过").contains("过半数").contains("至少 4 人");
        assertThat(shequ.get("/api/v1/ballots/" + ballot + "/result").json().get("status").asString()).isEqualTo("CLOSED");
        // closed: no more votes, no second close
        var late = paper(Http.as(port, "gucheng"), ballot, "业主1", "YES");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.detail()).contains("结束");
        assertThat(shequ.postJson("/api/v1/ballots/" + ballot + "/close", "").status()).isEqualTo(409);
    }

    @Test
    void aMajorMatterPassesWithExactlyThreeQuarters() {
        Http shequ = Http.as(port, "shequ");
        long estate = estate(shequ, 8, "75.50");
        long ballot = ballot(shequ, estate, "MAJOR", false, false);
        for (int i = 1; i <= 8; i++) {
            assertThat(paper(shequ, ballot, "业主" + i, i <= 6 ? "YES" : "NO").status()).isEqualTo(201);
        }
        JsonNode result = shequ.postJson("/api/v1/ballots/" + ballot + "/close", "").json();
        assertThat(result.get("passed").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("approval").get("fraction").asString()).isEqualTo("3/4");
        assertThat(result.get("reason").asString()).startsWith("表决通过");
    }

    @Test
    void anOwnerVotesOnceAndASecondVoteIsRefusedUnlessChangesAreAllowed() {
        Http shequ = Http.as(port, "shequ");
        long estate = estate(shequ, 4, "88.00");
        long once = ballot(shequ, estate, "ORDINARY", false, false);
        assertThat(paper(shequ, once, "业主1", "YES").status()).isEqualTo(201);
        var again = paper(shequ, once, "业主1", "NO");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("业主“业主1”已经投过票").contains("只能投一票");

        long changeable = ballot(shequ, estate, "ORDINARY", false, true);
        String first = paper(shequ, changeable, "业主1", "YES").json().get("receipt").asString();
        var changed = paper(shequ, changeable, "业主1", "NO");
        assertThat(changed.status()).isEqualTo(201);
        assertThat(changed.json().get("changed").asBoolean()).isTrue();
        assertThat(shequ.get("/api/v1/ballots/" + changeable + "/receipts/" + first).status()).isEqualTo(404);
        JsonNode result = shequ.get("/api/v1/ballots/" + changeable + "/result").json();
        assertThat(result.get("participatingOwners").asLong()).isEqualTo(1);
        assertThat(result.get("opposingOwners").asLong()).isEqualTo(1);
        assertThat(result.get("approvingOwners").asLong()).isZero();
    }

    @Test
    void aSecretBallotKeepsChoicesApartFromTheRollAndOnlyTheReceiptShowsAChoice() {
        Http shequ = Http.as(port, "shequ");
        long estate = estate(shequ, 3, "66.60");
        long ballot = ballot(shequ, estate, "ORDINARY", true, true);
        String receipt = paper(shequ, ballot, "业主1", "NO").json().get("receipt").asString();
        paper(shequ, ballot, "业主2", "YES");

        assertThat(jdbc.sql("select count(*) from deliberation.ballot_participation where ballot_id = :b and choice is null and receipt_hash is null")
                .param("b", ballot).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from deliberation.ballot_choice where ballot_id = :b").param("b", ballot)
                .query(Long.class).single()).isEqualTo(2);
        JsonNode sealed = shequ.get("/api/v1/ballots/" + ballot + "/result").json();
        assertThat(sealed.get("sealed").asBoolean()).isTrue();
        assertThat(sealed.get("approvingOwners").isNull()).isTrue();
        assertThat(sealed.get("participatingOwners").asLong()).isEqualTo(2);
        assertThat(sealed.get("passed").asBoolean()).isFalse();
        assertThat(sealed.get("reason").asString()).contains("秘密表决");

        JsonNode checked = shequ.get("/api/v1/ballots/" + ballot + "/receipts/" + receipt.toLowerCase()).json();
        assertThat(checked.get("counted").asBoolean()).isTrue();
        assertThat(checked.get("choice").asString()).isEqualTo("NO");
        assertThat(shequ.get("/api/v1/ballots/" + ballot + "/receipts/ABCD-EFGH-JKMN").status()).isEqualTo(404);
        assertThat(shequ.get("/api/v1/ballots/" + ballot + "/receipts/nonsense").status()).isEqualTo(404);

        // changing a secret vote needs the old receipt, which takes the old choice out of the box
        var blind = paper(shequ, ballot, "业主1", "YES");
        assertThat(blind.status()).isEqualTo(409);
        assertThat(blind.detail()).contains("回执码");
        var wrong = shequ.postJson("/api/v1/ballots/" + ballot + "/paper-votes",
                "{\"owner\":\"业主1\",\"choice\":\"YES\",\"receipt\":\"ABCD-EFGH-JKMN\"}");
        assertThat(wrong.status()).isEqualTo(409);
        var change = shequ.postJson("/api/v1/ballots/" + ballot + "/paper-votes",
                "{\"owner\":\"业主1\",\"choice\":\"YES\",\"receipt\":\"" + receipt + "\"}");
        assertThat(change.status()).as(change.body()).isEqualTo(201);
        assertThat(shequ.get("/api/v1/ballots/" + ballot + "/receipts/" + receipt).status()).isEqualTo(404);

        JsonNode result = shequ.postJson("/api/v1/ballots/" + ballot + "/close", "").json();
        assertThat(result.get("sealed").asBoolean()).isFalse();
        assertThat(result.get("approvingOwners").asLong()).isEqualTo(2);
        assertThat(result.get("passed").asBoolean()).isTrue();   // 2 of 3 take part (2/3), both approve
    }

    @Test
    void aResidentLinkedToAnOwnerVotesOnlineOnceAndOthersCannot() {
        Http shequ = Http.as(port, "shequ");
        long estate = estate(shequ, 3, "90.00",
                "{\"unit\":\"8-1\",\"owner\":\"居民业主\",\"area\":\"70.00\",\"username\":\"jumin\"}",
                "{\"unit\":\"8-2\",\"owner\":\"居民业主\",\"area\":\"30.00\"}");
        long ballot = ballot(shequ, estate, "ORDINARY", false, false);
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get("/api/v1/ballots").json().get("items").findValuesAsString("title")).isNotEmpty();
        var vote = jumin.postJson("/api/v1/ballots/" + ballot + "/votes", "{\"choice\":\"YES\"}");
        assertThat(vote.status()).as(vote.body()).isEqualTo(201);
        String receipt = vote.json().get("receipt").asString();
        assertThat(jumin.get("/api/v1/ballots/" + ballot + "/receipts/" + receipt).json().get("choice").asString()).isEqualTo("YES");
        var twice = jumin.postJson("/api/v1/ballots/" + ballot + "/votes", "{\"choice\":\"NO\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.detail()).contains("已经投过票");
        // one vote for both homes, weighed with both areas
        JsonNode result = jumin.get("/api/v1/ballots/" + ballot + "/result").json();
        assertThat(result.get("approvingArea").asString()).isEqualTo("100.00");
        assertThat(result.get("approvingOwners").asLong()).isEqualTo(1);
        // the staff member is no owner of this estate
        assertThat(shequ.postJson("/api/v1/ballots/" + ballot + "/votes", "{\"choice\":\"YES\"}").status()).isEqualTo(403);
        // a resident may not register estates, open or close ballots, or enter written votes
        assertThat(jumin.postJson("/api/v1/estates", estateJson("居民小区", 1, "50")).status()).isEqualTo(403);
        assertThat(paper(jumin, ballot, "业主1", "YES").status()).isEqualTo(403);
        assertThat(jumin.postJson("/api/v1/ballots/" + ballot + "/close", "").status()).isEqualTo(403);
        // the auditor reads but does not run ballots
        Http jijian = Http.as(port, "jijian");
        assertThat(jijian.get("/api/v1/ballots/" + ballot + "/result").status()).isEqualTo(200);
        assertThat(jijian.postJson("/api/v1/ballots/" + ballot + "/close", "").status()).isEqualTo(403);
    }

    @Test
    void badBallotInputIsRefusedInChinese() {
        Http shequ = Http.as(port, "shequ");
        long estate = estate(shequ, 2, "80");
        String past = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).toString();
        var answer = shequ.postJson("/api/v1/ballots", """
                {"estateId": %d, "title": "过去的表决", "matter": "ORDINARY", "secret": false, "closesAt": "%s"}"""
                .formatted(estate, past));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("截止时间须晚于现在");
        assertThat(shequ.postJson("/api/v1/ballots", """
                {"estateId": %d, "title": "不明事项", "matter": "BIG", "closesAt": "%s"}""".formatted(estate, inDays(3)))
                .detail()).contains("ORDINARY");
        assertThat(shequ.postJson("/api/v1/ballots", """
                {"estateId": %d, "title": "没有时区", "matter": "MAJOR", "closesAt": "2030-01-01T18:00"}""".formatted(estate))
                .detail()).contains("带时区");
        long ballot = ballot(shequ, estate, "ORDINARY", false, false);
        assertThat(paper(shequ, ballot, "业主1", "MAYBE").detail()).contains("YES");
        assertThat(paper(shequ, ballot, "不在册", "YES").detail()).contains("不在").contains("业主名册");
    }

    @Test
    void householdsVoteOneEachUnderTheResidentsMeetingRuleOfACommunity() {
        Http shequ = Http.as(port, "shequ");
        long ballot = created(shequ.postJson("/api/v1/ballots", """
                {"territoryCode": "%s", "title": "关于增设电动车充电棚的户代表表决", "secret": false, "closesAt": "%s"}"""
                .formatted(TANGLANG, inDays(5))));
        JsonNode view = shequ.get("/api/v1/ballots/" + ballot).json();
        assertThat(view.get("kind").asString()).isEqualTo("HOUSEHOLDS");
        assertThat(view.get("householdRule").asString()).isEqualTo("RESIDENTS_MEETING");
        long households = view.get("totalVoters").asLong();
        assertThat(households).isPositive();
        long household = shequ.get("/api/v1/households?territory=" + TANGLANG + "&limit=1").json().get("items").get(0)
                .get("id").asLong();
        var vote = shequ.postJson("/api/v1/ballots/" + ballot + "/paper-votes", "{\"household\":" + household + ",\"choice\":\"YES\"}");
        assertThat(vote.status()).as(vote.body()).isEqualTo(201);
        assertThat(shequ.postJson("/api/v1/ballots/" + ballot + "/paper-votes", "{\"household\":" + household
                + ",\"choice\":\"NO\"}").status()).isEqualTo(409);
        assertThat(shequ.postJson("/api/v1/ballots/" + ballot + "/paper-votes", "{\"household\":-5,\"choice\":\"NO\"}")
                .status()).isEqualTo(400);
        JsonNode result = shequ.get("/api/v1/ballots/" + ballot + "/result").json();
        assertThat(result.get("totalArea").isNull()).isTrue();
        assertThat(result.get("quorum").get("text").asString()).isEqualTo("过半数");
        assertThat(result.get("law").asString()).contains("城市居民委员会组织法");
        assertThat(result.get("quorumMet").asBoolean()).isEqualTo(households == 1);
    }

    @Test
    void anotherTownGetsForbiddenOrNotFoundEverywhere() {
        Http gucheng = Http.as(port, "gucheng");
        long estate = estate(gucheng, 3, "90");
        long ballot = ballot(gucheng, estate, "ORDINARY", false, false);
        String receipt = paper(gucheng, ballot, "业主1", "YES").json().get("receipt").asString();

        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.postJson("/api/v1/estates", estateJson("越界小区", 2, "80")).status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/estates/" + estate).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/estates").json().get("items").findValuesAsString("territoryCode"))
                .noneMatch(code -> code.startsWith("530326001"));
        assertThat(yiche.postJson("/api/v1/ballots", """
                {"estateId": %d, "title": "越界表决", "matter": "ORDINARY", "closesAt": "%s"}""".formatted(estate, inDays(3)))
                .status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/ballots", """
                {"territoryCode": "%s", "title": "越界户表决", "closesAt": "%s"}""".formatted(TANGLANG, inDays(3)))
                .status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/ballots/" + ballot).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/ballots").json().get("items").findValuesAsString("territoryCode"))
                .noneMatch(code -> code.startsWith("530326001"));
        assertThat(paper(yiche, ballot, "业主2", "NO").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/ballots/" + ballot + "/votes", "{\"choice\":\"NO\"}").status())
                .as("no row lets town staff vote online at all").isEqualTo(403);
        assertThat(yiche.get("/api/v1/ballots/" + ballot + "/receipts/" + receipt).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/ballots/" + ballot + "/result").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/ballots/" + ballot + "/close", "").status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").get("/ballots/" + ballot + "/result").status()).isEqualTo(404);
        assertThat(gucheng.get("/api/v1/ballots/" + ballot + "/result").json().get("participatingOwners").asLong()).isEqualTo(1);
    }

    @Test
    void theDemoEstateHasAnOpenAndAClosedBallotWithAResult() {
        Http shequ = Http.as(port, "shequ");
        JsonNode demo = null;
        for (JsonNode e : shequ.get("/api/v1/estates").json().get("items")) {
            if (e.get("name").asString().equals("堂琅花园")) {
                demo = e;
            }
        }
        assertThat(demo).isNotNull();
        assertThat(demo.get("units").asInt()).isEqualTo(120);
        assertThat(demo.get("owners").asInt()).isLessThan(120);
        List<String> statuses = new ArrayList<>();
        for (JsonNode b : shequ.get("/api/v1/ballots?limit=500").json().get("items")) {
            if (b.get("estateId").asLong() == demo.get("id").asLong()) {
                statuses.add(b.get("status").asString());
                if (b.get("status").asString().equals("CLOSED")) {
                    JsonNode result = shequ.get("/api/v1/ballots/" + b.get("id").asLong() + "/result").json();
                    assertThat(result.get("quorumMet").asBoolean()).isTrue();
                    assertThat(result.get("reason").asString()).isNotBlank();
                }
            }
        }
        assertThat(statuses).contains("OPEN", "CLOSED");
        assertThat(Http.as(port, "jumin").get("/api/v1/ballots").json().get("items").findValuesAsString("estateName"))
                .contains("堂琅花园");
    }
}

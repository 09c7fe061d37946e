package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bulk import of hotline 12345 work orders: filing in chunks, a row-level error report, idempotent by order id. */
@AppTest
class HotlineImportIT {

    static final String HEADER = "orderId,receivedAt,categoryCode,categoryName,content,lat,lon,territoryCode,address,callerName,urgent\n";
    static final String TANGLANG = "530326001001";

    @org.springframework.beans.factory.annotation.Autowired
    CasesApi cases;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    int port;

    List<String> messagesAbout(long caseId) {
        return jdbc.sql("select title from cases.inbox where case_id = :id order by id").param("id", caseId)
                .query(String.class).list();
    }

    Http.Response csv(String user, String body) {
        return Http.as(port, user).post("/api/v1/hotline/orders", "text/csv", body);
    }

    String yicheVillage() {
        return Http.as(port, "yiche").get("/api/v1/divisions/530326103/children").json().get("items").get(0)
                .get("code").asString();
    }

    static JsonNode errorOf(JsonNode answer, int row) {
        return answer.get("errors").valueStream().filter(e -> e.get("row").asInt() == row).findFirst().orElseThrow();
    }

    @Test
    void goodRowsAreFiledAndEveryBadRowIsReportedWithItsRowFieldAndReason() {
        String body = HEADER
                + "A-001,2026-11-20 09:30:00,0301,,路灯连续三晚不亮，行人看不见路,,,530326001001,堂琅社区南门,张先生,否\n"
                + "A-002,2026-11-20T10:05:00+08:00,,垃圾清运,\"垃圾桶满了两天，无人清运, 气味很大\",,,530326001001001,,,是\n"
                + "A-003,2026-11-20 11:00:00,0301,,太短,,,530326001001,,,\n"
                + "A-004,昨天上午,9999,,分类和时间都不对的工单,,,530326001001,,,\n"
                + "A-005,2026-11-20 12:00:00,0301,,只有地址没有区划代码的工单,,,,堂琅社区菜市场,,\n"
                + ",2026-11-20 12:00:00,0301,,没有工单编号的工单内容,,,530326001001,,,\n"
                + "A-007,2026-11-20 12:00:00,0301,,经纬度在北京的工单内容,39.9,116.4,,,,\n"
                + "A-008,2026-11-20 12:00:00,0301,,紧急标记写错的工单内容,,,530326001001,,,很急\n";
        var answer = csv("gucheng", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode result = answer.json();
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("existing").asInt()).isZero();
        assertThat(result.get("failed").asInt()).isEqualTo(6);
        assertThat(result.get("cases").valueStream().map(c -> c.get("orderId").asString())).containsExactly("A-001", "A-002");
        assertThat(result.get("cases").get(0).get("number").asString()).matches("530326-20261120-\\d{6}");

        assertThat(errorOf(result, 4).get("field").asString()).isEqualTo("content");
        assertThat(errorOf(result, 4).get("orderId").asString()).isEqualTo("A-003");
        assertThat(errorOf(result, 4).get("message").asString()).contains("5 到 2000");
        List<String> row5 = result.get("errors").valueStream().filter(e -> e.get("row").asInt() == 5)
                .map(e -> e.get("field").asString()).toList();
        assertThat(row5).containsExactlyInAnyOrder("receivedAt", "categoryCode");
        assertThat(errorOf(result, 6).get("message").asString()).contains("区划代码");
        assertThat(errorOf(result, 7).get("field").asString()).isEqualTo("orderId");
        assertThat(errorOf(result, 8).get("message").asString()).contains("网格");
        assertThat(errorOf(result, 9).get("field").asString()).isEqualTo("urgent");

        JsonNode lamp = Http.as(port, "gucheng").get("/api/v1/cases/" + result.get("cases").get(0).get("id").asLong()).json();
        assertThat(lamp.get("channel").asString()).isEqualTo("HOTLINE");
        assertThat(lamp.get("externalId").asString()).isEqualTo("A-001");
        assertThat(lamp.get("reporterName").asString()).isEqualTo("张先生");
        assertThat(lamp.get("receivedAt").asString()).isEqualTo("2026-11-20T09:30:00+08:00");
        assertThat(lamp.get("territoryCode").asString()).isEqualTo(TANGLANG);
        JsonNode garbage = Http.as(port, "gucheng").get("/api/v1/cases/" + result.get("cases").get(1).get("id").asLong()).json();
        assertThat(garbage.get("categoryCode").asString()).isEqualTo("0103");
        assertThat(garbage.get("description").asString()).isEqualTo("垃圾桶满了两天，无人清运, 气味很大");
    }

    @Test
    void importingTheSameOrdersAgainFilesNothingNew() {
        String body = HEADER
                + "B-001,2026-11-21 08:00:00,0102,,菜市场门口占道经营严重,,,530326001001,,,\n"
                + "B-002,2026-11-21 08:10:00,0105,,夜间广场舞音响声音过大,,,530326001001,,,\n";
        JsonNode first = csv("gucheng", body).json();
        assertThat(first.get("created").asInt()).isEqualTo(2);
        JsonNode second = csv("gucheng", body).json();
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("existing").asInt()).isEqualTo(2);
        assertThat(second.get("failed").asInt()).isZero();
        assertThat(second.get("cases").valueStream().map(c -> c.get("result").asString())).containsOnly("已存在");
        assertThat(second.get("cases").get(0).get("id").asLong()).isEqualTo(first.get("cases").get(0).get("id").asLong());
        long filed = first.get("cases").get(0).get("id").asLong();
        assertThat(messagesAbout(filed)).as("the village is told once, the second import adds nothing")
                .singleElement().asString().startsWith("新诉求待受理 ");

        var sameFileTwice = csv("gucheng", HEADER + "B-003,2026-11-21 09:00:00,0102,,重复行的工单内容,,,530326001001,,,\n"
                + "B-003,2026-11-21 09:00:00,0102,,重复行的工单内容,,,530326001001,,,\n").json();
        assertThat(sameFileTwice.get("created").asInt()).isEqualTo(1);
        assertThat(errorOf(sameFileTwice, 3).get("message").asString()).contains("第 2 行");
    }

    @Test
    void jsonOrdersAreImportedToo() {
        var answer = Http.as(port, "gucheng").postJson("/api/v1/hotline/orders", """
                {"orders": [
                  {"orderId": "C-001", "receivedAt": "2026-11-22T15:00:00+08:00", "categoryName": "路灯故障",
                   "content": "小区后门路灯不亮", "territoryCode": "530326001001", "urgent": true, "callerPhone": "13900000000"},
                  {"orderId": "C-002", "receivedAt": "2026-11-22 15:30:00", "categoryCode": "0301",
                   "content": "没有位置的工单内容"},
                  "not an order"
                ]}""");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode result = answer.json();
        assertThat(result.get("created").asInt()).isEqualTo(1);
        assertThat(result.get("failed").asInt()).isEqualTo(2);
        assertThat(errorOf(result, 2).get("field").asString()).isEqualTo("territoryCode");
        assertThat(errorOf(result, 3).get("message").asString()).contains("JSON 对象");
        long id = result.get("cases").get(0).get("id").asLong();
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + id).body()).doesNotContain("13900000000");

        var plainArray = Http.as(port, "gucheng").postJson("/api/v1/hotline/orders", """
                [{"orderId": "C-003", "receivedAt": "2026-11-22 16:00:00", "categoryCode": "0301",
                  "content": "数组形式提交的工单", "territoryCode": "530326001001"}]""");
        assertThat(plainArray.json().get("created").asInt()).isEqualTo(1);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/hotline/orders", "{\"x\": 1}").status()).isEqualTo(400);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/hotline/orders", "not json").detail()).contains("JSON");
    }

    @Test
    void anotherTownsTerritoryIsRefusedRowByRow() {
        String yiche = yicheVillage();
        JsonNode result = csv("gucheng", HEADER + "D-001,2026-11-21 08:00:00,0301,,迤车镇的路灯坏了好几天,,,"
                + yiche + ",,,\n").json();
        assertThat(result.get("created").asInt()).isZero();
        assertThat(errorOf(result, 2).get("message").asString()).contains("不在您的辖区");

        JsonNode intoGucheng = csv("yiche", HEADER + "D-002,2026-11-21 08:00:00,0301,,古城街道的路灯坏了好几天,,,530326001001,,,\n")
                .json();
        assertThat(intoGucheng.get("failed").asInt()).isEqualTo(1);
        assertThat(errorOf(intoGucheng, 2).get("field").asString()).isEqualTo("territoryCode");
        assertThat(errorOf(intoGucheng, 2).get("message").asString()).contains("不在您的辖区");

        JsonNode filedByGucheng = csv("gucheng", HEADER + "D-003,2026-11-21 08:00:00,0301,,古城街道的路灯也坏了,,,530326001001,,,\n").json();
        assertThat(filedByGucheng.get("created").asInt()).isEqualTo(1);
        JsonNode sameOrderFromYiche = csv("yiche", HEADER + "D-003,2026-11-21 08:00:00,0301,,迤车镇说的路灯坏了,,,"
                + yiche + ",,,\n").json();
        assertThat(sameOrderFromYiche.get("failed").asInt()).isEqualTo(1);
        assertThat(sameOrderFromYiche.toString()).doesNotContain(filedByGucheng.get("cases").get(0).get("number").asString());
    }

    @Test
    void anOrderThatFailsWhileFilingFailsAloneAndTheRestOfItsChunkIsFiled() {
        String yiche = yicheVillage();
        JsonNode theirs = csv("yiche", HEADER + "F-002,2026-11-21 08:00:00,0301,,迤车镇先导入的路灯工单,,," + yiche + ",,,\n").json();
        assertThat(theirs.get("created").asInt()).isEqualTo(1);
        // three orders in one chunk; the middle one passes the checks but was imported by another town
        JsonNode result = csv("gucheng", HEADER
                + "F-001,2026-11-21 09:00:00,0102,,分块导入的第一条工单,,,530326001001,,,\n"
                + "F-002,2026-11-21 09:05:00,0301,,古城街道也说路灯坏了,,,530326001001,,,\n"
                + "F-003,2026-11-21 09:10:00,0105,,分块导入的第三条工单,,,530326001001,,,\n").json();
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("failed").asInt()).isEqualTo(1);
        assertThat(errorOf(result, 3).get("message").asString()).contains("其他辖区");
        assertThat(result.get("cases").valueStream().map(c -> c.get("orderId").asString())).containsExactly("F-001", "F-003");
        for (JsonNode filed : result.get("cases")) {
            assertThat(Http.as(port, "gucheng").get("/api/v1/cases/" + filed.get("id").asLong()).status()).isEqualTo(200);
        }
    }

    @Test
    void onlyTownStaffAndCountyAdministratorsImport() {
        String body = HEADER + "E-001,2026-11-21 08:00:00,0301,,居民自己导入的工单,,,530326001001,,,\n";
        var resident = csv("jumin", body);
        assertThat(resident.status()).isEqualTo(403);
        assertThat(resident.detail()).contains("乡镇");
        assertThat(csv("shequ", body).status()).isEqualTo(403);
        assertThat(Http.anonymous(port).post("/api/v1/hotline/orders", "text/csv", body).status())
                .as("no session and no token: refused before anything is read").isIn(401, 403);
        assertThat(csv("admin", HEADER + "E-002,2026-11-21 08:00:00,0301,,县级导入的工单内容,,,530326001001,,,\n")
                .json().get("created").asInt()).isEqualTo(1);
    }

    @Test
    void theTimelineOfAnImportedCaseShowsTheOrderId() {
        long id = csv("gucheng", HEADER + "F-20261121-0042,2026-11-21 08:00:00,0301,,时间线上应显示工单编号,,,530326001001,,,\n")
                .json().get("cases").get(0).get("id").asLong();
        JsonNode first = Http.as(port, "gucheng").get("/api/v1/cases/" + id + "/timeline").json().get("items").get(0);
        assertThat(first.get("actor").asString()).contains("12345");
        assertThat(first.get("note").asString()).contains("F-20261121-0042");
    }

    @Test
    void wholeFileProblemsAreA400AndFileNothing() {
        assertThat(csv("gucheng", "编号,内容\nG-1,没有工单编号列\n").detail()).contains("orderId");
        assertThat(csv("gucheng", HEADER).detail()).contains("没有工单");
        assertThat(csv("gucheng", HEADER + "G-2,2026-11-21 08:00:00,0301,\"引号没有闭合\n").detail()).contains("引号");
        StringBuilder tooMany = new StringBuilder(HEADER);
        for (int i = 0; i <= 10_000; i++) {
            tooMany.append("H-").append(i).append(",2026-11-21 08:00:00,0301,,超过上限的工单内容,,,530326001001,,,\n");
        }
        var refused = csv("gucheng", tooMany.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("10000");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases?limit=500").body()).doesNotContain("超过上限的工单内容");
        assertThat(Http.as(port, "gucheng").post("/api/v1/hotline/orders", "application/xml", "<x/>").status()).isEqualTo(400);
    }

    @Test
    void excelsChineseCsvWithChineseHeadersIsRead() {
        String body = "工单编号,受理时间,分类名称,诉求内容,区划代码,来电人,来电电话\n"
                + "K-001,2026/11/21 8:05,噪音扰民,夜间施工噪音严重影响休息,530326001001,王女士,13700000000\n";
        var answer = Http.as(port, "gucheng").postFile("/api/v1/hotline/orders", Map.of(), "file", "工单.csv", "text/csv",
                body.getBytes(Charset.forName("GB18030")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode result = answer.json();
        assertThat(result.get("created").asInt()).as(answer.body()).isEqualTo(1);
        JsonNode filed = Http.as(port, "gucheng").get("/api/v1/cases/" + result.get("cases").get(0).get("id").asLong()).json();
        assertThat(filed.get("reporterName").asString()).isEqualTo("王女士");
        assertThat(filed.get("receivedAt").asString()).isEqualTo("2026-11-21T08:05:00+08:00");
        assertThat(filed.toString()).doesNotContain("13700000000");
    }

    @Test
    void townStaffUploadTheSampleOnThePageAndSeeTheResultTable() {
        Http browser = Http.anonymous(port);
        browser.formLogin("gucheng", Http.DEMO_PASSWORD);
        assertThat(browser.get("/").body()).contains("/hotline/import");
        var template = browser.download("/hotline/import/template.csv");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv");
        String sample = new String(template.body(), StandardCharsets.UTF_8);
        assertThat(sample).contains("orderId,receivedAt");

        String page = browser.get("/hotline/import").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        var uploaded = browser.postFile("/hotline/import", Map.of("_csrf", csrf.group(1)), "file", "sample.csv", "text/csv",
                template.body());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.body()).contains("id=\"cases\"").contains("GD20261120000101");
        assertThat(uploaded.body()).containsPattern("id=\"created\">3<");

        Http resident = Http.anonymous(port);
        resident.formLogin("jumin", Http.DEMO_PASSWORD);
        assertThat(resident.get("/").body()).doesNotContain("/hotline/import");
        assertThat(resident.get("/hotline/import").status()).isEqualTo(403);
    }

    @Test
    void theSameOrderFiledAtOnceByEightRequestsIsOneCase() throws Exception {
        ExternalIntake order = new ExternalIntake(CaseChannel.HOTLINE, "RACE-20261123-1", "0301", "同时到达的同一工单：路灯不亮",
                null, null, "古城街道", "530326001001", null, null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<CasesApi.ExternalFiling>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return cases.fileExternal(order);
            }));
        }
        start.countDown();
        List<CasesApi.ExternalFiling> filings = new java.util.ArrayList<>();
        for (var answer : answers) {
            filings.add(answer.get());   // none fails
        }
        pool.shutdown();
        assertThat(filings.stream().map(f -> f.view().id()).distinct()).hasSize(1);
        assertThat(filings.stream().filter(CasesApi.ExternalFiling::created)).hasSize(1);
        assertThat(messagesAbout(filings.getFirst().view().id())).as("the requests that lost the race wrote no message")
                .singleElement().asString().startsWith("新诉求待受理 ");
    }
}

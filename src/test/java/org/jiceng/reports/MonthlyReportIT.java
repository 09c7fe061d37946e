package org.jiceng.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The monthly 民情分析 of 古城街道: cases filed and moved at chosen times in the month before last and the month
 * before that, the report's figures checked against SQL over the same cases, its PDF and workbook opened, the kept
 * report unchanged by a later case, and who is refused.
 */
@AppTest
class MonthlyReportIT {

    static final String TOWN = "530326001";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** Moves the clock to a day and hour (Beijing) of a month. */
    void at(YearMonth month, int day, int hour) {
        clock.reset();
        Instant target = LocalDateTime.of(month.getYear(), month.getMonth(), day, hour, 0).atZone(Beijing.ZONE).toInstant();
        clock.advance(Duration.between(Instant.now(), target));
    }

    JsonNode grid() {
        return Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(2);
    }

    long file(String category, String description) {
        JsonNode c = grid().get("centroid");
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "%s", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(category, description, c.get("lat").asDouble(), c.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    void act(String user, long id, String action, String body) {
        var answer = Http.as(port, user).postJson("/api/v1/cases/" + id + "/actions/" + action, body);
        assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
    }

    long sql(String where, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(Beijing.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Beijing.ZONE).toInstant();
        return jdbc.sql("select count(*) from cases.case_file c where left(c.territory_code, 9) = :town"
                        + " and c.received_at >= :from and c.received_at < :to and (" + where + ")")
                .param("town", TOWN).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    static void eventually(Supplier<Boolean> condition) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(20);
        while (!condition.get() && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
    }

    /** The month before last (over, so kept) with cases in it and the month before it. */
    YearMonth fileAMonthOfCases() {
        YearMonth month = YearMonth.now(Beijing.ZONE).minusMonths(2);
        long bumen = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        at(month.minusMonths(1), 12, 10);
        file("0301", "上月：路灯不亮");
        at(month, 3, 9);
        long solved = file("0301", "路灯不亮，夜间出行不便");
        act("shequ", solved, "accept", "{}");
        act("shequ", solved, "handle", "{}");
        act("shequ", solved, "resolve", "{\"note\": \"已更换灯泡\"}");
        act("shequ", solved, "verify", "{}");
        act("shequ", solved, "reply", "{\"note\": \"已修好\"}");
        act("jumin", solved, "rate", "{\"solved\": true, \"satisfaction\": \"SATISFIED\"}");
        long explained = file("0301", "路灯杆倾斜，担心倒下");
        act("shequ", explained, "accept", "{}");
        act("shequ", explained, "handle", "{}");
        for (int round = 0; round < 2; round++) {
            act("shequ", explained, "resolve", "{\"note\": \"已劝离，但无权处罚\"}");
            act("shequ", explained, "verify", "{}");
            act("shequ", explained, "reply", "{\"note\": \"已向您说明：处罚归交警\"}");
            act("jumin", explained, "rate", "{\"solved\": false, \"satisfaction\": \"BASIC\"}");
        }
        long rejected = file("1501", "咨询一下天气预报");
        act("gucheng", rejected, "reject", "{\"reason\": \"不属于诉求受理范围，已告知查询渠道\"}");
        at(month, 14, 15);
        long returned = file("0301", "主干道路灯整排不亮");
        act("gucheng", returned, "accept", "{}");
        act("gucheng", returned, "dispatch", "{\"leadUnitId\": " + bumen + "}");
        act("bumen", returned, "return", "{\"reason\": \"排水管网归水务局管理\"}");
        file("0103", "垃圾清运不及时，一直没人管"); // left open: overdue by the month's end
        clock.reset();
        return month;
    }

    @Test
    void theReportOfAFinishedMonthAgreesWithTheCasesAndStaysAsItWasKept() throws Exception {
        YearMonth month = fileAMonthOfCases();
        Http gucheng = Http.as(port, "gucheng");
        // the rates come from analytics' counters, folded after the cases' commits: wait until they stop moving
        Supplier<String> counters = () -> gucheng.get("/api/v1/stats/levels?territory=" + TOWN + "&month=" + month).body();
        String[] last = {""};
        eventually(() -> {
            String seen = counters.get();
            boolean still = seen.equals(last[0]) && seen.contains("\"cases\"");
            last[0] = seen;
            return still;
        });

        var answer = gucheng.get("/api/v1/reports/monthly?territory=" + TOWN + "&month=" + month);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("live").asBoolean()).isFalse();
        assertThat(report.get("territoryName").asString()).isEqualTo("古城街道");
        JsonNode total = report.get("total");
        assertThat(total.get("cases").asLong()).isEqualTo(sql("true", month)).isGreaterThanOrEqualTo(5);
        assertThat(total.get("previousMonth").asLong()).isEqualTo(sql("true", month.minusMonths(1))).isPositive();
        assertThat(total.get("lastYear").asLong()).isEqualTo(sql("true", month.minusYears(1)));
        Map<String, Long> categories = new LinkedHashMap<>();
        report.get("categories").forEach(l -> categories.put(l.get("code").asString(), l.get("cases").asLong()));
        for (String major : new String[] {"01", "03", "15"}) {
            assertThat(categories.get(major)).as(major).isEqualTo(sql("left(c.category_code, 2) = '" + major + "'", month));
        }
        report.get("channels").forEach(l -> assertThat(l.get("cases").asLong()).as(l.get("code").asString())
                .isEqualTo(sql("c.channel = '" + l.get("code").asString() + "'", month)));
        JsonNode outcomes = report.get("outcomes");
        assertThat(outcomes.get("explained").asLong()).isEqualTo(sql("c.state = 'CLOSED' and c.merged_into is null "
                + "and c.rating_solved = false", month)).isPositive();
        assertThat(outcomes.get("closed").asLong()).isEqualTo(sql("c.state = 'CLOSED'", month)).isPositive();
        assertThat(outcomes.get("rejected").asLong()).isEqualTo(sql("c.state = 'REJECTED'", month)).isPositive();
        assertThat(outcomes.get("returned").asLong()).isEqualTo(sql("c.returned_at is not null", month)).isPositive();
        long overdue = outcomes.get("overdue").asLong();
        assertThat(overdue).isPositive().isLessThanOrEqualTo(sql("c.merged_into is null and c.state <> 'REJECTED' "
                + "and c.resolve_due_at < coalesce(c.resolved_at, :now)", month));
        assertThat(report.get("repeatReporters").get("reporters").asLong()).as("jumin filed five").isPositive();
        assertThat(report.get("repeatReporters").get("cases").asLong()).isEqualTo(sql("c.reporter_id in (select d.reporter_id"
                + " from cases.case_file d where left(d.territory_code, 9) = :town and d.received_at >= :from"
                + " and d.received_at < :to group by d.reporter_id having count(*) >= 3)", month));
        JsonNode hottest = report.get("hotspots").get(0);
        assertThat(hottest.get("cases").asLong()).as("the busiest place's cases")
                .isEqualTo(sql("c.territory_code = '" + hottest.get("place").asString() + "'", month));
        assertThat(report.toString()).as("no personal data in a report").doesNotContain("居民张").doesNotContain("1380")
                .doesNotContain("路灯不亮，夜间出行不便");
        JsonNode rates = gucheng.get("/api/v1/stats/three-rates?unit=" + TOWN + "&month=" + month).json();
        assertThat(report.get("rates").get("response").get("denominator").asLong()).isEqualTo(rates.get("cases").asLong());
        assertThat(report.get("rates").get("resolution").get("denominator").asLong()).isEqualTo(rates.get("rated").asLong());
        assertThat(report.get("levels")).hasSize(4);

        // another case filed into the finished month afterwards changes the cases, not the kept report
        at(month, 20, 11);
        file("0301", "补录：路灯又坏了");
        clock.reset();
        assertThat(sql("true", month)).isEqualTo(total.get("cases").asLong() + 1);
        JsonNode again = gucheng.get("/api/v1/reports/monthly?territory=" + TOWN + "&month=" + month).json();
        assertThat(again).isEqualTo(report);

        var pdf = gucheng.download("/reports/monthly.pdf?territory=" + TOWN + "&month=" + month);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("古城街道 " + month.getYear() + "年" + month.getMonthValue() + "月民情分析报告")
                    .contains("响应率").contains("办不了要解释");
        }
        var xlsx = gucheng.download("/api/v1/reports/monthly.xlsx?territory=" + TOWN + "&month=" + month);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.disposition()).contains("attachment");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet("概况");
            Map<String, Double> figures = new LinkedHashMap<>();
            for (Row row : summary) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(figures.get("诉求总量")).isEqualTo((double) total.get("cases").asLong());
            assertThat(figures.get("被退回")).isEqualTo((double) outcomes.get("returned").asLong());
            assertThat(book.getSheet("分类").getPhysicalNumberOfRows()).isEqualTo(report.get("categories").size() + 1);
        }
        var page = gucheng.get("/reports/monthly?territory=" + TOWN + "&month=" + month);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("民情分析报告").contains("id=\"total-cases\">" + total.get("cases").asLong() + "<");
    }

    @Test
    void theCurrentMonthIsComputedLiveAndAVillagesReportOnDemand() {
        String now = YearMonth.now(Beijing.ZONE).toString();
        JsonNode live = Http.as(port, "gucheng").get("/api/v1/reports/monthly?territory=" + TOWN + "&month=" + now).json();
        assertThat(live.get("live").asBoolean()).isTrue();
        var page = Http.as(port, "gucheng").get("/reports/monthly?territory=" + TOWN + "&month=" + now);
        assertThat(page.body()).contains("截至今日");
        var village = Http.as(port, "shequ").get("/api/v1/reports/monthly?territory=530326001001");
        assertThat(village.status()).as(village.body()).isEqualTo(200);
        assertThat(village.json().get("month").asString()).isEqualTo(YearMonth.now(Beijing.ZONE).minusMonths(1).toString());
        assertThat(Http.as(port, "admin").get("/api/v1/reports/monthly?territory=530326").status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        Http gucheng = Http.as(port, "gucheng");
        var month = gucheng.get("/api/v1/reports/monthly?territory=" + TOWN + "&month=2026-13");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.json().get("field").asString()).isEqualTo("month");
        var future = gucheng.get("/api/v1/reports/monthly?territory=" + TOWN + "&month="
                + YearMonth.now(Beijing.ZONE).plusMonths(1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.detail()).contains("尚未到来");
        var grid = gucheng.get("/api/v1/reports/monthly?territory=5303260010010001");
        assertThat(grid.status()).isEqualTo(400);
        assertThat(grid.json().get("field").asString()).isEqualTo("territory");
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefused() {
        for (String path : new String[] {"/api/v1/reports/monthly", "/api/v1/reports/monthly.pdf",
                "/api/v1/reports/monthly.xlsx", "/reports/monthly", "/reports/monthly.pdf", "/reports/monthly.xlsx"}) {
            String asked = path + "?territory=" + TOWN;
            assertThat(Http.as(port, "yiche").download(asked).status()).as("yiche " + path).isEqualTo(403);
            assertThat(Http.as(port, "yiche").download(path + "?territory=530326").status()).as("yiche county " + path)
                    .isEqualTo(403);
            assertThat(Http.as(port, "jumin").download(asked).status()).as("jumin " + path).isEqualTo(403);
            assertThat(Http.as(port, "bumen").download(asked).status()).as("bumen " + path).isEqualTo(403);
            assertThat(Http.as(port, "wangge").download(asked).status()).as("wangge " + path).isEqualTo(403);
        }
        assertThat(Http.as(port, "yiche").get("/api/v1/reports/monthly?territory=530326103").status()).isEqualTo(200);
    }
}

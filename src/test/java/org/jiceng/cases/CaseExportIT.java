package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The desk's Excel 台账: its columns and rows, who gets the reporter's name, and who gets no file at all. */
@AppTest
class CaseExportIT extends CasePageTest {

    @Autowired
    Clock clock;

    @Test
    void aTownOfficialExportsTheFilteredListWithChineseHeadingsBeijingTimesAndTheReporterNamed() throws IOException {
        long id = fileByApi("jumin", "0301", "导出测试：路灯不亮已经三天", centroid(0));
        String number = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json().get("number").asString();

        Http.Download file = Http.as(port, "gucheng").download("/api/v1/cases.xlsx?territory=530326001001&state=RECEIVED");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.disposition()).startsWith("attachment").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(file.disposition().replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8))
                .isEqualTo("诉求台账-530326001001-" + Beijing.today(clock) + ".xlsx");

        List<List<String>> rows = rows(file.body());
        assertThat(rows.getFirst()).startsWith("编号", "类别", "问题描述", "地点", "所属区划/网格", "渠道", "状态", "层级",
                "承办单位", "反映人", "受理时间", "办结期限");
        assertThat(rows.getFirst()).contains("是否超期", "满意度");
        List<String> row = rows.stream().filter(r -> r.getFirst().equals(number)).findFirst().orElseThrow();
        assertThat(row.get(2)).isEqualTo("导出测试：路灯不亮已经三天");
        assertThat(row.get(5)).isEqualTo("群众上报");
        assertThat(row.get(6)).isEqualTo("已受理登记");
        assertThat(row.get(9)).as("the town handles the place: it reads the reporter").isEqualTo("堂琅社区居民");
        var view = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        assertThat(row.get(10)).as("received, in Beijing time")
                .isEqualTo(java.time.OffsetDateTime.parse(view.get("receivedAt").asString())
                        .atZoneSameInstant(Beijing.ZONE).toLocalDateTime().toString().replace('T', ' ').substring(0, 16));
        assertThat(rows.stream().skip(1).map(r -> r.get(6))).as("the filter applies").containsOnly("已受理登记");

        assertThat(Http.as(port, "gucheng").download("/cases/desk.xlsx?territory=530326001001").status())
                .as("the desk page's own link").isEqualTo(200);
        assertThat(Http.as(port, "admin").get("/audit?account=gucheng&action=CASES_EXPORTED").body())
                .contains("导出诉求台账").contains("区域 530326001001");
    }

    @Test
    void anAuditorsExportMasksTheReporterAndTheNumbersInTheTextAndNoCellHoldsTheName() throws IOException {
        long id = fileByApi("jumin", "0301", "导出测试：巡察读到的反映人须脱敏，有事打13800138000", centroid(0));
        String number = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json().get("number").asString();
        Http.Download file = Http.as(port, "jijian").download("/api/v1/cases.xlsx?territory=530326001");
        assertThat(file.status()).isEqualTo(200);
        List<List<String>> rows = rows(file.body());
        List<String> row = rows.stream().filter(r -> r.getFirst().equals(number)).findFirst().orElseThrow();
        assertThat(row.get(9)).isEqualTo("堂**");
        assertThat(row.get(2)).as("nor a number typed into the description")
                .isEqualTo("导出测试：巡察读到的反映人须脱敏，有事打" + org.jiceng.Redaction.MASK);
        assertThat(rows.stream().flatMap(List::stream)).doesNotContain("堂琅社区居民");
    }

    @Test
    void anotherTownAResidentAndADepartmentGetNoFileAndABadFilterIsNamed() {
        assertThat(Http.as(port, "yiche").download("/api/v1/cases.xlsx?territory=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").download("/cases/desk.xlsx?territory=530326001001").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").download("/api/v1/cases.xlsx").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").download("/api/v1/cases.xlsx").status()).isEqualTo(403);
        assertThat(Http.anonymous(port).download("/api/v1/cases.xlsx").status()).isIn(401, 302);
        var bad = Http.as(port, "gucheng").get("/api/v1/cases.xlsx?territory=abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("territory");
        assertThat(Http.as(port, "gucheng").get("/api/v1/cases.xlsx?overdue=maybe").status()).isEqualTo(400);
    }

    static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return rows(book.getSheetAt(0));
        }
    }

    static List<List<String>> rows(Sheet sheet) {
        DataFormatter shown = new DataFormatter(java.util.Locale.SIMPLIFIED_CHINESE);
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            int width = Math.max(row.getLastCellNum(), sheet.getRow(0).getLastCellNum());
            for (int i = 0; i < width; i++) {
                var cell = row.getCell(i);
                cells.add(cell == null ? "" : shown.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}

package org.jiceng.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every statistics page exports to Excel exactly what it shows; rankings put units without cases last. */
@AppTest
class StatsExportIT {

    @LocalServerPort
    int port;

    @Test
    void theRankingsExportHoldsTheFiguresOfThePageRowForRow() throws IOException {
        for (String month : List.of("2020-01", "2019-06")) {
            for (String of : List.of("towns", "departments")) {
                Http admin = Http.as(port, "admin");
                List<List<String>> page = table(admin.get("/stats/rankings?of=" + of + "&month=" + month).body(), "ranking");
                Http.Download file = admin.download("/stats/rankings.xlsx?of=" + of + "&month=" + month);
                assertThat(file.status()).isEqualTo(200);
                assertThat(file.disposition()).contains("filename*=UTF-8''");
                List<List<String>> sheet = sheets(file.body()).getFirst();
                assertThat(sheet.getFirst()).containsExactly("名次", "名称", "诉求件数", "响应率", "解决率", "满意率", "综合得分");
                assertThat(dashed(sheet.subList(1, sheet.size()))).as(of + " " + month).isEqualTo(page);
            }
        }
    }

    @Test
    void inAMonthWithoutCasesNoTownTakesAPlace() {
        Http admin = Http.as(port, "admin");
        var items = admin.get("/api/v1/stats/rankings?of=towns&month=2019-06").json().get("items");
        assertThat(items.size()).isEqualTo(25);
        items.valueStream().forEach(i -> assertThat(i.get("rank").isNull()).isTrue());
        assertThat(admin.get("/stats/rankings?of=towns&month=2019-06").body()).contains("暂无诉求").doesNotContain("100.00%");
    }

    @Test
    void aTownsPageAndItsExportShowTheSameFiguresOfTheTownItsVillagesAndItsLevels() throws IOException {
        Http gucheng = Http.as(port, "gucheng");
        String body = gucheng.get("/stats/unit?unit=530326001").body();
        Http.Download file = gucheng.download("/stats/unit.xlsx?unit=530326001");
        assertThat(file.status()).isEqualTo(200);
        List<List<List<String>>> sheets = sheets(file.body());
        List<String> own = sheets.get(0).get(1);
        assertThat(own.get(2)).isEqualTo(text(body, "cases"));
        assertThat(blankAsDash(own.get(4))).isEqualTo(text(body, "response-rate"));
        assertThat(blankAsDash(own.get(7))).isEqualTo(text(body, "resolution-rate"));
        assertThat(blankAsDash(own.get(10))).isEqualTo(text(body, "satisfaction-rate"));
        assertThat(blankAsDash(own.get(11))).isEqualTo(text(body, "composite"));
        List<List<String>> villages = table(body, "children");
        List<List<String>> exported = new ArrayList<>();
        for (List<String> r : sheets.get(1).subList(1, sheets.get(1).size())) {
            exported.add(List.of(r.get(0), r.get(2), blankAsDash(r.get(4)), blankAsDash(r.get(7)), blankAsDash(r.get(10)),
                    blankAsDash(r.get(11))));
        }
        assertThat(exported).isEqualTo(villages);
        assertThat(sheets.get(2).getFirst()).contains("层级", "办结件数", "占已办结");

        Http.Download levels = gucheng.download("/stats/levels.xlsx?territory=530326001");
        assertThat(levels.status()).isEqualTo(200);
        assertThat(sheets(levels.body()).getFirst()).hasSize(5);
        assertThat(body).contains("/stats/unit.xlsx?unit=530326001");
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefusedTheExportsTheyMayNotRead() {
        assertThat(Http.as(port, "yiche").download("/stats/unit.xlsx?unit=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").download("/stats/levels.xlsx?territory=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").download("/stats/rankings.xlsx?of=towns").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").download("/stats/unit.xlsx").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").download("/stats/rankings.xlsx?of=towns").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").download("/stats/unit.xlsx?unit=530326").status()).isEqualTo(403);
        assertThat(Http.as(port, "admin").download("/stats/rankings.xlsx?of=villages").status()).isEqualTo(400);
    }

    /** The cells of a page's table by id, as text; a rate shown as "—" when there is none. */
    static List<List<String>> table(String html, String id) {
        Matcher body = Pattern.compile("<table[^>]*id=\"" + id + "\".*?<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(html);
        assertThat(body.find()).as("table #" + id).isTrue();
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr.*?>(.*?)</tr>", Pattern.DOTALL).matcher(body.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("#" + id).isTrue();
        return m.group(1).strip();
    }

    static List<List<String>> dashed(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(StatsExportIT::blankAsDash).toList()).toList();
    }

    static String blankAsDash(String cell) {
        return cell.isEmpty() ? "—" : cell;
    }

    static List<List<List<String>>> sheets(byte[] xlsx) throws IOException {
        DataFormatter shown = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
        List<List<List<String>>> sheets = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    int width = Math.max(row.getLastCellNum(), sheet.getRow(0).getLastCellNum());
                    for (int i = 0; i < width; i++) {
                        cells.add(row.getCell(i) == null ? "" : shown.formatCellValue(row.getCell(i)));
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
        }
        return sheets;
    }
}

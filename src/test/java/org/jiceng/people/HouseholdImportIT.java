package org.jiceng.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.people.internal.TestWorkbooks;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Excel import and export of the household register through the API and the pages, on the demo county. */
@AppTest
class HouseholdImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String GUCHENG_VILLAGE = "530326001001";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    List<String> guchengGrids;
    String yicheGrid;

    @BeforeEach
    void findGrids() {
        guchengGrids = new ArrayList<>();
        Http.as(port, "gucheng").get("/api/v1/grids?village=" + GUCHENG_VILLAGE).json().get("items")
                .forEach(g -> guchengGrids.add(g.get("code").asString()));
        Http yiche = Http.as(port, "yiche");
        String village = yiche.get("/api/v1/divisions/530326103/children").json().get("items").get(0).get("code").asString();
        yicheGrid = yiche.get("/api/v1/grids?village=" + village).json().get("items").get(0).get("code").asString();
    }

    @Test
    void aGoodFileImportsEveryHouseholdAndResident() throws Exception {
        String grid = guchengGrids.get(1);
        String head = TestWorkbooks.uniqueId();
        Http gucheng = Http.as(port, "gucheng");

        JsonNode job = importAndWait(gucheng, file(
                row(grid, "导入测试路 1 号", "3栋", "张三", "户主", head, "13812345678", "独居老人"),
                row(grid, "导入测试路 1 号", "3栋", "李四", "配偶", TestWorkbooks.uniqueId(), "", ""),
                row(grid, "导入测试路 2 号", "", "王五", "户主", TestWorkbooks.uniqueId(), "", "低保户、退役军人")));

        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("total").asInt()).isEqualTo(3);
        assertThat(job.get("imported").asInt()).isEqualTo(3);
        assertThat(job.get("problems")).isEmpty();
        // the grid may hold other households (demo data, other tests): look at this file's only
        JsonNode all = gucheng.get("/api/v1/households?territory=" + grid + "&limit=500").json().get("items");
        var households = tools.jackson.databind.json.JsonMapper.builder().build().createArrayNode();
        all.valueStream().filter(h -> h.get("address").asString().startsWith("导入测试路")).forEach(households::add);
        assertThat(households).hasSize(2);
        assertThat(households.get(0).get("address").asString()).isEqualTo("导入测试路 1 号");
        assertThat(households.get(0).get("head").asString()).isEqualTo("张三");
        assertThat(households.get(0).get("buildingName").asString()).isEqualTo("3栋");
        assertThat(households.get(0).get("members").asInt()).isEqualTo(2);
        JsonNode members = gucheng.get("/api/v1/households/" + households.get(0).get("id").asLong()).json().get("members");
        assertThat(members.get(0).get("idNumber").asString()).isEqualTo(head.substring(0, 4) + "*".repeat(13) + head.substring(17));
        assertThat(members.get(0).get("phone").asString()).isEqualTo("138****5678");
        assertThat(members.get(0).get("tags").get(0).asString()).isEqualTo("LIVING_ALONE_ELDERLY");
        assertThat(gucheng.get("/api/v1/residents?q=" + head).json().get("items")).hasSize(1);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndTheJobReportsEachProblem() throws Exception {
        String grid = guchengGrids.get(2);
        String duplicate = TestWorkbooks.uniqueId();
        Http gucheng = Http.as(port, "gucheng");
        int before = gucheng.get("/api/v1/households?territory=" + grid + "&limit=500").json().get("items").size();

        JsonNode job = importAndWait(gucheng, file(
                row(grid, "建设路 1 号", "", "张三", "户主", duplicate, "", ""),
                row(grid, "建设路 1 号", "", "李四", "配偶", TestWorkbooks.withWrongCheck(TestWorkbooks.uniqueId()), "", ""),
                row(grid, "建设路 1 号", "", "", "子女", TestWorkbooks.uniqueId(), "", ""),
                row(grid, "建设路 2 号", "", "王五", "户主", duplicate, "", ""),
                row(grid, "建设路 2 号", "", "王六", "户主", TestWorkbooks.uniqueId(), "1234", "五保户"),
                row("530326999999999", "建设路 3 号", "", "赵七", "户主", TestWorkbooks.uniqueId(), "", "")));

        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("imported").asInt()).isZero();
        assertThat(problems(job)).containsExactly(
                "3|身份证号码", "4|姓名", "5|身份证号码", "6|与户主关系", "6|电话", "6|标签", "7|网格代码");
        assertThat(job.get("problems").get(0).get("reason").asString()).contains("校验码错误");
        assertThat(job.get("problems").get(2).get("reason").asString()).isEqualTo("与第 2 行的身份证号码重复");
        assertThat(gucheng.get("/api/v1/households?territory=" + grid + "&limit=500").json().get("items")).hasSize(before);
        assertThat(gucheng.get("/api/v1/residents?q=" + duplicate).json().get("items")).isEmpty();
    }

    @Test
    void guchengImportingIntoYichesGridGetsRowProblemsAndNothingIsWritten() throws Exception {
        String own = guchengGrids.get(3);
        Http gucheng = Http.as(port, "gucheng");
        Http yiche = Http.as(port, "yiche");
        int yicheBefore = yiche.get("/api/v1/households?territory=" + yicheGrid + "&limit=500").json().get("items").size();
        int ownBefore = gucheng.get("/api/v1/households?territory=" + own + "&limit=500").json().get("items").size();

        JsonNode job = importAndWait(gucheng, file(
                row(own, "建设路 8 号", "", "张三", "户主", TestWorkbooks.uniqueId(), "", ""),
                row(yicheGrid, "迤车村 1 号", "", "李四", "户主", TestWorkbooks.uniqueId(), "", ""),
                row(yicheGrid, "迤车村 1 号", "", "李五", "子女", TestWorkbooks.uniqueId(), "", "")));

        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(problems(job)).containsExactly("3|网格代码", "4|网格代码");
        assertThat(job.get("problems").get(0).get("reason").asString())
                .isEqualTo("网格 " + yicheGrid + " 不存在或不在您的辖区内");
        assertThat(yiche.get("/api/v1/households?territory=" + yicheGrid + "&limit=500").json().get("items")).hasSize(yicheBefore);
        assertThat(gucheng.get("/api/v1/households?territory=" + own + "&limit=500").json().get("items")).hasSize(ownBefore);
    }

    @Test
    void anExportGivesBackTheImportedRowsMasked() throws Exception {
        String grid = guchengGrids.get(4);
        Http gucheng = Http.as(port, "gucheng");
        String head = TestWorkbooks.uniqueId();
        String child = TestWorkbooks.uniqueId();
        List<List<Object>> rows = List.of(
                row(grid, "建设路 5 号", "2栋", "张三", "户主", head, "13912345678", "独居老人、低保户"),
                row(grid, "建设路 5 号", "2栋", "张小三", "子女", child, "", ""));
        assertThat(importAndWait(gucheng, file(rows.toArray(List[]::new))).get("state").asString()).isEqualTo("DONE");

        Http.Download export = gucheng.download("/api/v1/households/export?territory=" + grid);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith(XLSX);
        assertThat(export.disposition()).contains("attachment");
        List<List<String>> read = sheet(export.body(), 0);
        assertThat(read.get(0)).containsExactly("网格代码", "住址", "楼栋/院落", "姓名", "与户主关系", "身份证号码", "电话", "标签");
        // the demo register already has households in the grid: look at the imported address only
        assertThat(read.subList(1, read.size()).stream().filter(r -> r.get(1).equals("建设路 5 号"))).containsExactly(
                List.of(grid, "建设路 5 号", "2栋", "张三", "户主", masked(head), "139****5678", "独居老人、低保户"),
                List.of(grid, "建设路 5 号", "2栋", "张小三", "子女", masked(child), "", ""));
        assertThat(new String(export.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(head);
        assertThat(sheet(export.body(), 1).get(0).get(0)).contains("已脱敏");
    }

    @Test
    void exportsOutsideTheScopeOrByResidentsAreRefused() {
        var outside = Http.as(port, "gucheng").get("/api/v1/households/export?territory=530326103");
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.isProblem()).isTrue();
        assertThat(outside.detail()).contains("不在您的辖区内");
        assertThat(Http.as(port, "jumin").get("/api/v1/households/export?territory=" + GUCHENG_VILLAGE).status())
                .isEqualTo(403);
    }

    @Test
    void aJobIsReadOnlyByItsOwnerAndThoseWhoseScopeCoversIt() throws Exception {
        Http gucheng = Http.as(port, "gucheng");
        var started = gucheng.postFile("/api/v1/households/import", Map.of(), "file", "register.xlsx", XLSX,
                Files.readAllBytes(file(row(guchengGrids.get(5), "建设路 6 号", "", "张三", "户主", "1", "", ""))));
        assertThat(started.status()).isEqualTo(202);
        String path = "/api/v1/households/import/" + started.json().get("jobId").asString();
        assertThat(started.location()).isEqualTo(path);

        assertThat(gucheng.get(path).status()).isEqualTo(200);
        assertThat(Http.as(port, "admin").get(path).status()).isEqualTo(200);
        var yiche = Http.as(port, "yiche").get(path);
        assertThat(yiche.status()).isEqualTo(404);
        assertThat(yiche.isProblem()).isTrue();
        assertThat(Http.as(port, "wangge").get(path).status()).isEqualTo(404);
        assertThat(gucheng.get("/api/v1/households/import/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(gucheng.get("/api/v1/households/import/not-a-job").status()).isEqualTo(404);
    }

    @Test
    void anythingButAnXlsxUploadIs400InChinese() {
        Http gucheng = Http.as(port, "gucheng");
        var csv = gucheng.postFile("/api/v1/households/import", Map.of(), "file", "register.csv", "text/csv",
                "网格代码,住址\n530326001001001,建设路\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.isProblem()).isTrue();
        assertThat(csv.detail()).contains(".xlsx");
        var renamed = gucheng.postFile("/api/v1/households/import", Map.of(), "file", "register.xlsx", XLSX,
                "not really a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.detail()).contains(".xlsx");
        var oldExcel = gucheng.postFile("/api/v1/households/import", Map.of(), "file", "register.xls",
                "application/vnd.ms-excel", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThat(oldExcel.status()).isEqualTo(400);
        assertThat(oldExcel.detail()).contains("另存为");
        var noFile = gucheng.postJson("/api/v1/households/import", "{}");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.detail()).contains("multipart/form-data");
        var resident = Http.as(port, "jumin").postFile("/api/v1/households/import", Map.of(), "file", "r.xlsx", XLSX,
                new byte[]{'P', 'K', 3, 4});
        assertThat(resident.status()).isEqualTo(403);
    }

    @Test
    void tenThousandRowsImportWellUnderAMinute() throws Exception {
        String grid = guchengGrids.get(6);
        List<List<Object>> rows = new ArrayList<>();
        for (int h = 0; rows.size() < 10_000; h++) {
            String address = "和平路 " + h + " 号";
            rows.add(row(grid, address, "", "户主" + h, "户主", TestWorkbooks.uniqueId(), "13800000000", "独居老人"));
            rows.add(row(grid, address, "", "配偶" + h, "配偶", TestWorkbooks.uniqueId(), "", ""));
            rows.add(row(grid, address, "", "子女" + h, "子女", TestWorkbooks.uniqueId(), "", ""));
        }
        Http admin = Http.as(port, "admin");
        Path file = file(rows.subList(0, 10_000).toArray(List[]::new));
        Instant start = Instant.now();

        JsonNode job = importAndWait(admin, file);

        Duration took = Duration.between(start, Instant.now());
        System.out.println("10,000-row household import took " + took.toMillis() + " ms");
        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("imported").asInt()).isEqualTo(10_000);
        assertThat(job.get("households").asInt()).isEqualTo(3_334);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(admin.get("/api/v1/households?territory=" + grid + "&limit=500").json().get("next").isNull()).isFalse();
    }

    @Test
    void aWorkerUploadsOnThePageAndWatchesTheJobFinish() throws Exception {
        Http browser = Http.anonymous(port);
        browser.formLogin("wangge", Http.DEMO_PASSWORD);
        String ownGrid = "530326001001001";
        assertThat(browser.get("/people/households?territory=" + ownGrid).body()).contains("/people/import");
        String form = browser.get("/people/import").body();
        assertThat(form).contains("enctype=\"multipart/form-data\"").contains("下载导入模板");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();

        var posted = browser.postFile("/people/import", Map.of("_csrf", csrf.group(1)), "file", "register.xlsx", XLSX,
                Files.readAllBytes(file(row(ownGrid, "堂琅路 9 号", "", "网格居民", "户主", TestWorkbooks.uniqueId(), "", ""))));
        assertThat(posted.status()).isEqualTo(302);
        String jobPage = posted.location().replaceFirst("^https?://[^/]+", "");
        assertThat(jobPage).matches("/people/import/[0-9a-f-]{36}");

        String page = browser.get(jobPage).body();
        for (int i = 0; i < 60 && !page.contains("id=\"summary\""); i++) {
            Thread.sleep(500);
            String fragment = browser.get(jobPage + "/progress").body();
            assertThat(fragment).contains("id=\"progress\"");
            page = fragment;
        }
        assertThat(page).contains("已导入").contains("1</strong> 户").doesNotContain("hx-trigger");
        assertThat(browser.get(jobPage).body()).contains("id=\"summary\"");

        var refused = browser.postFile("/people/import", Map.of("_csrf", csrf.group(1)), "file", "r.txt", "text/plain",
                "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("只接受 Excel 工作簿");

        Http.Download template = browser.download("/people/import/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(sheet(template.body(), 0)).hasSize(1);
        assertThat(sheet(template.body(), 1).toString()).contains("身份证号码").contains("独居老人");
    }

    @Test
    void aFailedJobPageListsEveryProblemAsATable() throws Exception {
        Http browser = Http.anonymous(port);
        browser.formLogin("gucheng", Http.DEMO_PASSWORD);
        JsonNode job = importAndWait(Http.as(port, "gucheng"),
                file(row(guchengGrids.get(7), "建设路 7 号", "", "张三", "子女", TestWorkbooks.uniqueId(), "", "")));

        String page = browser.get("/people/import/" + job.get("id").asString()).body();

        assertThat(page).contains("id=\"problems\"").contains("<th>行</th>").contains("<td>2</td>")
                .contains("<td>与户主关系</td>").contains("但没有户主").contains("未导入任何数据")
                .doesNotContain("hx-trigger");
    }

    private JsonNode importAndWait(Http http, Path file) throws Exception {
        var started = http.postFile("/api/v1/households/import", Map.of(), "file", "register.xlsx", XLSX,
                Files.readAllBytes(file));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String path = "/api/v1/households/import/" + started.json().get("jobId").asString();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = http.get(path).json();
            String state = job.get("state").asString();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not finish in two minutes");
    }

    @SafeVarargs
    private Path file(List<Object>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(TestWorkbooks.HEADER);
        all.addAll(Arrays.asList(rows));
        return TestWorkbooks.xlsx(dir, all);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static List<String> problems(JsonNode job) {
        List<String> found = new ArrayList<>();
        job.get("problems").forEach(p -> found.add(p.get("row").asInt() + "|" + p.get("column").asString()));
        return found;
    }

    private static String masked(String id) {
        return id.substring(0, 4) + "*".repeat(13) + id.substring(17);
    }

    private static List<List<String>> sheet(byte[] xlsx, int index) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(index)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}

package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.identity.AccountsApiIT.GRID;
import static org.jiceng.identity.AccountsApiIT.PASSWORD;
import static org.jiceng.identity.AccountsApiIT.uniqueName;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The home page offers only what the role may open; the permissions page; the account pages and the import. */
@AppTest
class HomeAndPagesIT {

    private static final Pattern CARD = Pattern.compile("<a class=\"card action\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http signedIn(String username) {
        Http browser = Http.anonymous(port);
        assertThat(browser.formLogin(username, Http.DEMO_PASSWORD).location()).doesNotContain("error");
        return browser;
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "gucheng", "guanli", "shequ", "wangge", "huzhang", "bumen", "jumin", "dangjian", "shuji", "yeweihui", "wuye", "jianwei", "xuncha", "daiban", "jijian"})
    void everyCardOnTheHomePageOpensForItsRole(String username) {
        Http browser = signedIn(username);
        String home = browser.get("/").body();
        List<String> links = CARD.matcher(home).results().map(m -> m.group(1)).distinct().toList();
        assertThat(links).isNotEmpty().contains("/permissions", "/me/password");
        for (String link : links) {
            var page = browser.get(link.replace("&amp;", "&"));
            assertThat(page.status()).as(username + " → " + link).isIn(200, 302);
            assertThat(page.body()).as(username + " → " + link).doesNotContain("无权访问");
        }
    }

    @Test
    void onlyAccountAdministratorsSeeTheAccountsCard() {
        assertThat(signedIn("admin").get("/").body()).contains("id=\"go-accounts\"");
        assertThat(signedIn("guanli").get("/").body()).contains("id=\"go-accounts\"");
        assertThat(signedIn("wangge").get("/").body()).doesNotContain("id=\"go-accounts\"").doesNotContain("id=\"go-audit\"");
        assertThat(signedIn("jumin").get("/").body()).doesNotContain("id=\"go-accounts\"").doesNotContain("id=\"go-people\"");
    }

    @Test
    void thePermissionsPageShowsThePolicyInChinese() {
        String page = signedIn("shequ").get("/permissions").body();
        assertThat(page).contains("权限表").contains("户籍").contains("网格员").contains("辖区内")
                .contains("乡镇(街道)账号管理员").contains("id=\"resource-ACCOUNT\"");
    }

    @Test
    void theAccountFormKeepsWhatWasTypedAndShowsTheErrorBesideTheField() {
        Http browser = signedIn("guanli");
        String csrf = CSRF.matcher(browser.get("/accounts/new").body()).results().findFirst().orElseThrow().group(1);
        var answer = browser.postForm("/accounts/new", Map.of("_csrf", csrf, "username", "shortpw",
                "displayName", "李四", "password", "123", "role", "GRID_WORKER", "territory", GRID));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"password-error\"").contains("至少 10 位")
                .contains("value=\"shortpw\"").contains("value=\"李四\"").contains("value=\"" + GRID + "\"");
        var beside = browser.postForm("/accounts/new", Map.of("_csrf", csrf, "username", uniqueName("bs"),
                "displayName", "王五", "password", PASSWORD, "role", "GRID_WORKER", "territory", "530326103001001"));
        assertThat(beside.status()).isEqualTo(403);
        assertThat(beside.body()).contains("id=\"roles-error\"").contains("value=\"王五\"");
        assertThat(browser.get("/accounts/" + jdbc.sql("select id from identity.app_user where username = 'yiche'")
                .query(Long.class).single()).status()).isEqualTo(404);
    }

    @Test
    void theImportCreatesTheGoodRowsAndReportsEachBadRowWithItsNumber() throws Exception {
        String good = uniqueName("imp");
        String generated = uniqueName("gen");
        byte[] file = workbook(List.of(
                List.of("用户名", "姓名", "网格代码", "初始密码"),
                List.of(good, "导入网格员甲", GRID, PASSWORD),
                List.of("Bad Name", "导入网格员乙", GRID, PASSWORD),
                List.of(generated, "导入网格员丙", GRID, ""),
                List.of(uniqueName("out"), "导入网格员丁", "530326103001001", PASSWORD),
                List.of(uniqueName("shortpw"), "导入网格员戊", GRID, "123")));
        var answer = Http.as(port, "guanli").postFile("/api/v1/accounts/import", Map.of(), "file", "grid.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode result = answer.json();
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("problems").valueStream().map(p -> p.get("row").asInt())).containsExactly(3, 5, 6);
        assertThat(result.get("problems").get(1).get("reason").asString()).contains("本辖区");
        assertThat(result.get("accounts").valueStream().filter(a -> a.get("username").asString().equals(generated))
                .findFirst().orElseThrow().get("temporaryPassword").asString()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("select count(*) from identity.app_user where username in (:a, :b) and must_change_password")
                .param("a", good).param("b", generated).query(Long.class).single()).isEqualTo(2);
        assertThat(Http.as(port, "guanli").postFile("/api/v1/accounts/import", Map.of(), "file", "x.xlsx",
                "application/octet-stream", "not a workbook".getBytes()).status()).isEqualTo(400);
        assertThat(Http.as(port, "jumin").postFile("/api/v1/accounts/import", Map.of(), "file", "grid.xlsx",
                "application/octet-stream", file).status()).isEqualTo(403);
    }

    @Test
    void theImportTemplateIsAWorkbookWithTheColumns() throws Exception {
        var download = signedIn("admin").download("/accounts/import/template.xlsx");
        assertThat(download.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(download.body()))) {
            var header = book.getSheetAt(0).getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("用户名", "姓名", "网格代码", "初始密码");
        }
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("网格员");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}

package org.jiceng.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A town official's month in a browser: the home page counts an overdue case, the count leads to the desk's list
 * of overdue cases, the list is exported to Excel, and last month's 民情分析 report is opened and its PDF downloaded
 * — what a 民情分析会 is prepared with.
 */
@AppTest
class TownOfficialMonthIT {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aTownOfficialFollowsTheOverdueCountToTheListExportsItAndDownloadsLastMonthsReport() throws Exception {
        String number = fileACaseNobodyTakesUp();
        clock.advance(Duration.ofDays(40));

        WebDriver browser = browsers.start(Browser.DESKTOP);
        Browser.signIn(browser, port, "gucheng");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String overdue = browser.findElement(By.id("count-overdue")).getText();
        assertThat(overdue).as("the overdue count on the home page").containsPattern("[1-9]");

        browser.findElement(By.id("count-overdue")).click();
        wait.until(ExpectedConditions.urlContains("/cases/desk"));
        assertThat(browser.getCurrentUrl()).contains("overdue=true").contains("territory=530326001");
        assertThat(browser.findElement(By.id("desk-table")).getText()).contains(number);
        // nobody accepted it: the wide table offers it for 批量受理
        assertThat(browser.findElement(By.cssSelector("#desk-table input.tick[value='" + number + "']")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("bulk-accept")).isDisplayed()).isTrue();

        String export = browser.findElement(By.id("export-xlsx")).getDomAttribute("href");
        assertThat(export).contains("overdue=true");
        HttpResponse<byte[]> sheet = download(browser, export);
        assertThat(sheet.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
            Sheet rows = workbook.getSheetAt(0);
            boolean listed = false;
            for (Row row : rows) {
                listed |= row.getCell(0) != null && number.equals(row.getCell(0).getStringCellValue());
            }
            assertThat(listed).as("the exported list holds the overdue case").isTrue();
        }

        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("go-monthly-report")).click();
        wait.until(ExpectedConditions.urlContains("/reports/monthly"));
        assertThat(browser.findElement(By.id("title")).getText()).contains("古城街道").contains("民情分析");
        HttpResponse<byte[]> pdf = download(browser, browser.findElement(By.id("pdf")).getDomAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    /** Fetches a link the page offers with the browser's own session, as its download would. */
    private HttpResponse<byte[]> download(WebDriver browser, String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        URI uri = URI.create("http://localhost:" + port).resolve(href);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private String fileACaseNobodyTakesUp() {
        JsonNode centre = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json()
                .get("items").get(0).get("centroid");
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "民情分析旅程：路灯一个多月不亮", "lat": %s, "lon": %s}"""
                .formatted(centre.get("lat").asDouble(), centre.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("number").asString();
    }
}

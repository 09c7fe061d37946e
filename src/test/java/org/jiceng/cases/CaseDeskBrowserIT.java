package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A town official at the desk (诉求台账): on a wide screen types the start of a case number, finds the case in the
 * table and on the map, opens it by its number and sees where it is; on a phone the same search shows cards.
 */
@AppTest
class CaseDeskBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    String fileCase() {
        JsonNode at = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0).get("centroid");
        var filed = Http.as(port, "gucheng").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "台账浏览器查找：路口信号灯不亮", "lat": %s, "lon": %s}"""
                .formatted(at.get("lat").asDouble(), at.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("number").asString();
    }

    @Test
    void aTownOfficialFindsACaseByNumberSeesItOnTheMapAndOpensIt() throws Exception {
        String number = fileCase();
        WebDriver browser = browsers.start(Browser.DESKTOP);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browser.signIn(browser, port, "gucheng");
        browser.get("http://localhost:" + port + "/cases/desk");
        browser.findElement(By.id("number")).sendKeys(number.substring(0, 22));
        browser.findElement(By.cssSelector("#desk-search button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-table")));
        assertThat(browser.findElement(By.id("number")).getAttribute("value")).isEqualTo(number);
        assertThat(browser.findElement(By.id("desk-table")).getText()).contains(number).contains("路灯").contains(CaseState.RECEIVED.label());
        assertThat(browser.findElement(By.id("cases")).isDisplayed()).isFalse();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("desk-map")), "data-loaded"));
        assertThat(browser.findElement(By.id("desk-map")).getAttribute("data-loaded")).isEqualTo("1");
        screenshot(browser, "case-desk-wide");

        browser.findElement(By.linkText(number)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("number"), number));
        assertThat(browser.getCurrentUrl()).endsWith("/cases/" + number);
        wait.until(ExpectedConditions.attributeToBe(By.id("case-map"), "data-loaded", "1"));

        WebDriver phone = browsers.start(Browser.PHONE);
        Browser.signIn(phone, port, "gucheng");
        phone.get("http://localhost:" + port + "/cases/desk?number=" + number);
        assertThat(phone.findElement(By.id("cases")).isDisplayed()).isTrue();
        assertThat(phone.findElement(By.id("desk-table")).isDisplayed()).isFalse();
        assertThat(phone.findElement(By.id("cases")).getText()).contains(number);
        screenshot(phone, "case-desk-phone");
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

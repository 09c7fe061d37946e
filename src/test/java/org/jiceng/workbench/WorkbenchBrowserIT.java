package org.jiceng.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A town official opens their home page on a phone and on a desktop: the counts, the chart of the year and the
 * map draw (one column on the phone, panels side by side on the desktop), and the overdue count leads to the desk.
 */
@AppTest
class WorkbenchBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void onAPhoneTheWorkbenchIsOneColumnAndItsOverdueCountLeadsToTheDesk() {
        fileOne();
        WebDriver browser = open(Browser.PHONE);
        WebElement work = browser.findElement(By.id("work"));
        WebElement map = browser.findElement(By.id("map-panel"));
        assertThat(map.getLocation().getY()).isGreaterThan(work.getLocation().getY() + work.getSize().getHeight() - 1);
        assertThat(map.getLocation().getX()).isEqualTo(work.getLocation().getX());
        browser.findElement(By.id("count-overdue")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/cases/desk"));
        assertThat(browser.getCurrentUrl()).contains("/cases/desk?territory=530326001&overdue=true");
    }

    @Test
    void onADesktopThePanelsStandSideBySide() {
        fileOne();
        WebDriver browser = open(Browser.DESKTOP);
        WebElement work = browser.findElement(By.id("work"));
        WebElement rates = browser.findElement(By.id("rates"));
        assertThat(rates.getLocation().getY()).isEqualTo(work.getLocation().getY());
        assertThat(rates.getLocation().getX()).isGreaterThan(work.getLocation().getX() + work.getSize().getWidth() - 1);
        assertThat(browser.findElement(By.tagName("main")).getSize().getWidth()).isGreaterThan(1100);
        browser.findElement(By.id("count-new-today")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/cases/desk"));
        assertThat(browser.getCurrentUrl()).contains("territory=530326001").contains("newToday=true");
    }

    private WebDriver open(Dimension size) {
        WebDriver browser = browsers.start(size);
        Browser.signIn(browser, port, "gucheng");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // the chart drew from the table, the map loaded its open cases
        wait.until(d -> "true".equals(d.findElement(By.id("trend-chart")).getDomAttribute("data-drawn")));
        wait.until(d -> d.findElement(By.id("work-map")).getDomAttribute("data-loaded") != null);
        assertThat(browser.findElement(By.id("work-map")).getDomAttribute("data-loaded")).isNotEqualTo("error");
        assertThat(browser.findElements(By.cssSelector("#trend-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#work-map .leaflet-interactive"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#hotspots li"))).isNotEmpty();
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling").isEqualTo(false);
        return browser;
    }

    private void fileOne() {
        JsonNode c = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0).get("centroid");
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "工作台浏览器：井盖缺失", "lat": %s, "lon": %s}"""
                .formatted(c.get("lat").asDouble(), c.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    }
}

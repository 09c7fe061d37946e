package org.jiceng.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A grid name that is HTML reaches the map's tooltip and the page as text, and runs nothing. */
@AppTest
class GridNameXssBrowserIT {

    static final String NAME = "<img src=x onerror=\"window.__xss=1\">";
    static final String CODE = "530326001001995";

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aGridNamedWithHtmlShowsAsTextOnTheMap() {
        // a small square south of the county, where it overlaps no village's grids
        String collection = """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "properties":{"code":"%s","name":"%s","villageCode":"530326001001"},
                 "geometry":{"type":"Polygon","coordinates":[[[104.5,25.5],[104.51,25.5],[104.51,25.51],[104.5,25.51],[104.5,25.5]]]}}]}"""
                .formatted(CODE, NAME.replace("\"", "\\\""));
        var imported = Http.as(port, "gucheng").post("/api/v1/grids/geojson", "application/geo+json", collection);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        WebDriver browser = browsers.start(Browser.DESKTOP);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "gucheng");
        browser.get("http://localhost:" + port + "/territory/grid/" + CODE);
        wait.until(d -> d.findElement(By.id("map")).getDomAttribute("data-loaded") != null);
        assertThat(browser.findElement(By.id("map")).getDomAttribute("data-loaded")).isEqualTo("1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(NAME);

        WebElement shape = browser.findElement(By.cssSelector("#map path.leaflet-interactive"));
        new Actions(browser).moveToElement(shape).perform();
        WebElement tooltip = wait.until(d -> d.findElement(By.cssSelector(".leaflet-tooltip")));
        assertThat(tooltip.getText()).isEqualTo(NAME);
        assertThat(tooltip.findElements(By.tagName("img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss")).isEqualTo("undefined");
    }
}

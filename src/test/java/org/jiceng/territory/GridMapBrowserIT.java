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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A town official signs in and walks the territory browser down to a village's grid map. */
@AppTest
class GridMapBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void townOfficialWalksFromHomeToAVillagesGridMap() {
        WebDriver browser = browsers.start(Browser.DESKTOP);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys("gucheng");
        browser.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "您好"));

        browser.findElement(By.id("go-territory")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "古城街道"));
        browser.findElement(By.partialLinkText("堂琅社区")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "堂琅社区"));
        wait.until(d -> d.findElement(By.id("map")).getDomAttribute("data-loaded") != null);
        int grids = Integer.parseInt(browser.findElement(By.id("grid-count")).getText());
        assertThat(grids).isGreaterThan(0);
        assertThat(browser.findElement(By.id("map")).getDomAttribute("data-loaded")).isEqualTo(String.valueOf(grids));
        assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive"))).hasSize(grids);

        browser.findElements(By.cssSelector("#grids a")).getFirst().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "网格"));
        assertThat(browser.findElement(By.tagName("dl")).getText()).contains("530326001001");
    }

    @Test
    void aGridWorkerOnAPhoneSeesTheirGrid() {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "wangge");
        browser.get("http://localhost:" + port + "/territory");
        wait.until(d -> d.findElement(By.id("map")).getDomAttribute("data-loaded") != null);
        assertThat(browser.findElement(By.id("map")).getDomAttribute("data-loaded")).isEqualTo("1");

        browser.findElement(By.cssSelector(".topbar button.link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "您已安全退出"));
        browser.get("http://localhost:" + port + "/territory");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }
}

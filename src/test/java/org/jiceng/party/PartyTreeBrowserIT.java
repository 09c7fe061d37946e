package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A town's party secretary on a phone opens the organisation tree, unfolds a community's 党总支 in place,
 * opens one of its branches and sees its members, then checks this week's 入党生日.
 */
@PartyAppTest
class PartyTreeBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void townSecretaryUnfoldsTheTreeOnAPhoneAndFindsMembersAndAnniversaries() {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "gucheng");

        browser.findElement(By.id("go-party")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "党组织"));
        assertThat(browser.findElement(By.id("tree")).getText()).contains("中共古城街道工作委员会")
                .doesNotContain("迤车");

        WebElement general = browser.findElements(By.cssSelector("#tree details")).stream()
                .filter(d -> d.findElement(By.tagName("summary")).getText().contains("堂琅社区党总支"))
                .findFirst().orElseThrow();
        general.findElement(By.tagName("summary")).click(); // opening loads the branches with htmx
        wait.until(d -> general.findElement(By.className("kids")).getText().contains("堂琅社区第一党支部"));

        general.findElement(By.linkText("堂琅社区第一党支部")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "堂琅社区第一党支部"));
        assertThat(browser.findElements(By.cssSelector("#members tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("facts")).getText()).contains("党支部");

        browser.get("http://localhost:" + port + "/party");
        browser.findElement(By.id("go-anniversaries")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "本周入党生日"));
        assertThat(Integer.parseInt(browser.findElement(By.id("anniversary-count")).getText().replace("+", "")))
                .isPositive();
        assertThat(browser.findElement(By.id("anniversaries")).getText()).contains("周年");
    }
}

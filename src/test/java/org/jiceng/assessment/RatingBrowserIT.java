package org.jiceng.assessment;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The county opens 星级评定 from the home page, opens a proposal, lowers its stars without a reason (refused, what
 * was typed kept), then with one, and sees the decision recorded; a resident on a phone reads the project board.
 */
@AppTest
class RatingBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void theCountyConfirmsAProposalWithALowerStarAndItsReason() {
        Http.as(port, "admin").postJson("/api/v1/assessment/star-ratings/proposals",
                "{\"territory\": \"530326001001\", \"year\": 2005}");
        WebDriver browser = browsers.start(Browser.DESKTOP);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "admin");
        click(browser, browser.findElement(By.id("go-star-ratings")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "星级评定"));
        browser.get("http://localhost:" + port + "/assessment/ratings?year=2005");
        WebElement proposal = browser.findElements(By.cssSelector("#ratings tr[data-rating]")).stream()
                .filter(r -> r.getText().contains("待审核")).findFirst().orElseThrow();
        click(browser, proposal.findElement(By.tagName("a")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-form")));
        int proposed = Integer.parseInt(browser.findElement(By.id("confirm-stars")).getAttribute("value"));
        int lower = proposed == 0 ? 1 : proposed - 1;
        WebElement stars = browser.findElement(By.id("confirm-stars"));
        stars.clear();
        stars.sendKeys(String.valueOf(lower));
        click(browser, browser.findElement(By.cssSelector("#confirm-form button")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).contains("须说明理由");
        assertThat(browser.findElement(By.id("confirm-stars")).getAttribute("value")).isEqualTo(String.valueOf(lower));
        browser.findElement(By.id("confirm-reason")).sendKeys("三会一课记录不全，复核调整");
        click(browser, browser.findElement(By.cssSelector("#confirm-form button")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
        assertThat(browser.findElement(By.id("decision")).getText()).contains(lower + " 星")
                .contains("三会一课记录不全，复核调整").contains("确认人");
    }

    @Test
    void aResidentReadsThePublishedProjectsOnAPhone() {
        var made = Http.as(port, "gucheng").postJson("/api/v1/livelihood-projects", """
                {"territory": "530326001001", "title": "广场健身器材更新", "budgetYuan": "86000", "published": true}""");
        assertThat(made.status()).isEqualTo(201);
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "jumin");
        click(browser, browser.findElement(By.id("go-project-board")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "民生实事公示"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("广场健身器材更新").contains("86,000.00");
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}

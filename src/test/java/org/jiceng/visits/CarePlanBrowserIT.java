package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.care.CarePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The community's cadre, on a phone, opens a household's 一人一策 from the home page, writes its needs and saves;
 * when a colleague changed the plan in the meantime, the save is refused with the reason, what was typed stays,
 * and saving again keeps it.
 */
@AppTest
class CarePlanBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HouseholdProjection households;

    @Autowired
    CarePlans plans;

    @Autowired
    IdentityApi identity;

    @Autowired
    MovableClock clock;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aCadreWritesAPlanAndAColleaguesChangeInBetweenIsShownWithoutLosingWhatWasTyped() {
        CareFixtures care = new CareFixtures(jdbc, households, plans, identity, clock);
        String grid = care.grid();
        long id = care.plan(grid, 9);

        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "shequ");
        click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("go-care-plans"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "一人一策"));
        browser.get("http://localhost:" + port + "/visits/care-plans?territory=" + grid + "&limit=500");
        click(browser, wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href$='/visits/care-plans/" + id + "']"))));

        WebElement needs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("needs")));
        needs.clear();
        needs.sendKeys("独居，腿脚不便，需每周送药");
        click(browser, browser.findElement(By.id("save-plan")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存一人一策"));

        // a colleague saves the plan while the cadre is still typing
        Http colleague = Http.as(port, "gucheng");
        int version = colleague.get("/api/v1/care-plans/" + id).json().get("version").asInt();
        assertThat(colleague.patchJson("/api/v1/care-plans/" + id,
                "{\"version\": %d, \"measures\": \"街道每月电话随访\"}".formatted(version)).status()).isEqualTo(200);

        WebElement measures = browser.findElement(By.id("measures"));
        measures.clear();
        measures.sendKeys("户长每周上门一次，村医每月随访");
        click(browser, browser.findElement(By.id("save-plan")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "已被他人修改"));
        assertThat(browser.findElement(By.id("conflict-hint")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("measures")).getAttribute("value")).isEqualTo("户长每周上门一次，村医每月随访");

        click(browser, browser.findElement(By.id("save-plan")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存一人一策"));
        var saved = colleague.get("/api/v1/care-plans/" + id).json();
        assertThat(saved.get("measures").asString()).isEqualTo("户长每周上门一次，村医每月随访");
        assertThat(saved.get("needs").asString()).isEqualTo("独居，腿脚不便，需每周送药");
    }

    /** Scrolls the element into the middle of the phone's screen first, as a thumb would. */
    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}

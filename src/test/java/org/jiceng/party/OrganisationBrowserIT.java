package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The party administrator, on a phone, opens 组织建设 from the home page, walks down to 古城街道's working committee,
 * creates a functional branch (forgetting its focus first, and finding the name still typed), then elects its
 * secretary and sees the committee and the history of both changes.
 */
@AppTest
class OrganisationBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void theAdministratorCreatesAFunctionalBranchAndElectsItsSecretary() {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "dangjian");

        click(browser, browser.findElement(By.id("go-party-build")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "组织建设"));
        click(browser, browser.findElement(By.linkText("中共会泽县委员会")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "中共会泽县委员会"));
        click(browser, browser.findElement(By.linkText("中共古城街道工作委员会")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "中共古城街道工作委员会"));

        open(browser, "child");
        browser.findElement(By.id("child-name")).sendKeys("古城街道人居环境功能型党支部");
        new Select(browser.findElement(By.id("child-level"))).selectByVisibleText("党支部");
        new Select(browser.findElement(By.id("child-kind"))).selectByVisibleText("功能型");
        click(browser, browser.findElement(By.cssSelector("#child-form button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("child-focus-error")));
        assertThat(browser.findElement(By.id("child-focus-error")).getText()).contains("工作方向");
        assertThat(browser.findElement(By.id("child-name")).getAttribute("value")).isEqualTo("古城街道人居环境功能型党支部");

        browser.findElement(By.id("child-focus")).sendKeys("环境治理");
        click(browser, browser.findElement(By.cssSelector("#child-form button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "古城街道人居环境功能型党支部"));
        assertThat(browser.findElement(By.id("kind")).getText()).isEqualTo("功能型（环境治理）");

        open(browser, "elect");
        setDate(browser, "elect-starts", "2026-01-05");
        setDate(browser, "elect-ends", "2029-01-04");
        browser.findElement(By.id("elect-secretary")).sendKeys("杨晓梅");
        browser.findElement(By.id("elect-members")).sendKeys("李国华、张丽");
        click(browser, browser.findElement(By.cssSelector("#elect-form button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-seats")));
        assertThat(browser.findElement(By.id("current-seats")).getText()).contains("书记：杨晓梅", "委员：李国华", "委员：张丽");
        assertThat(browser.findElement(By.id("history")).getText()).contains("选举产生委员会", "新建“古城街道人居环境功能型党支部”");
    }

    private static void open(WebDriver browser, String details) {
        WebElement element = browser.findElement(By.id(details));
        if (element.getAttribute("open") == null) {
            click(browser, element.findElement(By.tagName("summary")));
        }
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void setDate(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}

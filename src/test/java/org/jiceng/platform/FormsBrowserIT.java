package org.jiceng.platform;

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
 * On a phone, a form sent with one field wrong comes back with the error under that field and everything typed
 * still there, and goes through once the field is put right. The browser's own checks are switched off first
 * (as an old phone's browser has none), so that the server's answer is what is tested.
 */
@AppTest
class FormsBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aResidentsTooShortDescriptionIsShownBesideItAndTheRestOfTheFilingIsKept() {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "jumin");
        browser.get("http://localhost:" + port + "/cases/new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("description")));
        withoutBrowserChecks(browser, "case-form");
        new Select(browser.findElement(By.id("category"))).selectByValue("0101");
        browser.findElement(By.id("description")).sendKeys("坏了");
        browser.findElement(By.id("address")).sendKeys("盈仓路 3 号门口");
        click(browser, browser.findElement(By.id("public-case")));
        click(browser, browser.findElement(By.id("submit")));

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("description-error")));
        assertThat(error.getText()).contains("5 到 2000");
        assertThat(fieldOf(browser.findElement(By.id("description"))).findElement(By.className("field-error")))
                .isEqualTo(error);
        assertThat(browser.findElement(By.id("description")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.id("address-error"))).isEmpty();
        assertThat(new Select(browser.findElement(By.id("category"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("0101");
        assertThat(browser.findElement(By.id("description")).getDomProperty("value")).isEqualTo("坏了");
        assertThat(browser.findElement(By.id("address")).getDomProperty("value")).isEqualTo("盈仓路 3 号门口");
        assertThat(browser.findElement(By.id("public-case")).isSelected()).isTrue();

        browser.findElement(By.id("description")).sendKeys("，路灯坏了三天，晚上很黑");
        click(browser, browser.findElement(By.id("submit")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已提交，编号"));
    }

    @Test
    void aDisputeWithoutATitleIsShownBesideItAndBothPartiesAndTheMediatorAreKept() {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "shequ");
        browser.get("http://localhost:" + port + "/mediation/new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        withoutBrowserChecks(browser, "dispute-form");
        browser.findElement(By.id("summary")).sendKeys("楼上卫生间漏水到楼下，多次协商未果");
        new Select(browser.findElement(By.id("risk"))).selectByValue("YELLOW");
        browser.findElement(By.id("applicant")).sendKeys("居民甲");
        browser.findElement(By.id("applicant-contact")).sendKeys("13800001234");
        browser.findElement(By.id("applicant-username")).sendKeys("jumin");
        browser.findElement(By.id("respondent")).sendKeys("楼上住户乙");
        browser.findElement(By.id("respondent-contact")).sendKeys("13700002468");
        browser.findElement(By.id("mediator")).sendKeys("王律师");
        new Select(browser.findElement(By.id("mediator-kind"))).selectByValue("LAWYER");
        browser.findElement(By.id("mediator-organisation")).sendKeys("云南会泽律师事务所");
        click(browser, browser.findElement(By.id("register")));

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title-error")));
        assertThat(error.getText()).contains("请填写纠纷名称");
        assertThat(fieldOf(browser.findElement(By.id("title"))).findElement(By.className("field-error"))).isEqualTo(error);
        assertThat(browser.findElements(By.className("field-error"))).hasSize(1);
        assertThat(value(browser, "summary")).isEqualTo("楼上卫生间漏水到楼下，多次协商未果");
        assertThat(new Select(browser.findElement(By.id("risk"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("YELLOW");
        assertThat(value(browser, "applicant")).isEqualTo("居民甲");
        assertThat(value(browser, "applicant-contact")).isEqualTo("13800001234");
        assertThat(value(browser, "applicant-username")).isEqualTo("jumin");
        assertThat(value(browser, "respondent")).isEqualTo("楼上住户乙");
        assertThat(value(browser, "respondent-contact")).isEqualTo("13700002468");
        assertThat(value(browser, "mediator")).isEqualTo("王律师");
        assertThat(new Select(browser.findElement(By.id("mediator-kind"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("LAWYER");
        assertThat(value(browser, "mediator-organisation")).isEqualTo("云南会泽律师事务所");

        browser.findElement(By.id("title")).sendKeys("楼上漏水纠纷");
        click(browser, browser.findElement(By.id("register")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已登记矛盾纠纷"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("楼上漏水纠纷");
        assertThat(browser.getPageSource()).contains("居民甲", "楼上住户乙", "王律师");
    }

    private static void withoutBrowserChecks(WebDriver browser, String formId) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).noValidate = true", formId);
    }

    private static WebElement fieldOf(WebElement control) {
        return control.findElement(By.xpath("./ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]"));
    }

    private static String value(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** Scrolls the element into the middle of the phone's screen first, as a thumb would. */
    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}

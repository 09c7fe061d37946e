package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 古城街道's account administrator makes an account for a new grid worker, as they would on the pages. */
@AppTest
class AccountBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aTownAdministratorCreatesAGridWorkerAccountThroughThePages() {
        WebDriver browser = browsers.start(Browser.DESKTOP);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browser.signIn(browser, port, "guanli");
        browser.findElement(By.id("go-accounts")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "账号管理"));
        browser.findElement(By.id("new-account")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "新建账号"));

        String username = AccountsApiIT.uniqueName("wgb");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("堂琅社区新网格员");
        browser.findElement(By.id("password")).sendKeys("12345");
        new Select(browser.findElement(By.id("role-0"))).selectByValue("GRID_WORKER");
        browser.findElement(By.id("territory-0")).sendKeys(AccountsApiIT.GRID);
        browser.findElement(By.id("create")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-error")));
        assertThat(browser.findElement(By.id("password-error")).getText()).contains("至少 10 位");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
        assertThat(browser.findElement(By.id("territory-0")).getAttribute("value")).isEqualTo(AccountsApiIT.GRID);

        browser.findElement(By.id("create")).click();   // the password left empty: the system chooses one
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("temporary-password")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("堂琅社区新网格员").contains(username);
        String temporary = browser.findElement(By.cssSelector("#temporary-password strong")).getText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);
        assertThat(browser.findElement(By.id("roles")).getText()).contains("网格员");

        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("temporary-password"))).as("shown once").isEmpty();
    }
}

package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A town clerk on a phone imports the day's hotline orders, sees the bad row, fixes it and uploads again. */
@AppTest
class HotlineImportBrowserIT {

    static final String HEADER = "工单编号,受理时间,分类代码,诉求内容,区划代码,来电人\n";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void townClerkImportsTheDaysOrdersAndFixesTheBadRow() throws Exception {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browser.signIn(browser, port, "gucheng");
        browser.findElement(By.id("go-hotline")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "12345"));

        upload(browser, file("first.csv", HEADER
                + "P-001,2026-11-22 09:00:00,0301,堂琅社区北门路灯不亮,530326001001,赵女士\n"
                + "P-002,2026-11-22 09:20:00,0301,短,530326001001,\n"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertThat(browser.findElement(By.id("created")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("failed")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("errors")).getText()).contains("P-002").contains("content").contains("5 到 2000");
        screenshot(browser, "hotline-import-errors");

        upload(browser, file("fixed.csv", HEADER
                + "P-001,2026-11-22 09:00:00,0301,堂琅社区北门路灯不亮,530326001001,赵女士\n"
                + "P-002,2026-11-22 09:20:00,0301,堂琅社区北门井盖松动,530326001001,\n"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "fixed.csv"));
        assertThat(browser.findElement(By.id("created")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("existing")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.id("errors"))).isEmpty();
        assertThat(browser.findElement(By.id("cases")).getText()).contains("P-001").contains("已存在").contains("新建");
        screenshot(browser, "hotline-import-done");
    }

    private Path file(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void upload(WebDriver browser, Path file) {
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

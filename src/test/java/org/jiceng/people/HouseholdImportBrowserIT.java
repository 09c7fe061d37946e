package org.jiceng.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jiceng.people.internal.TestWorkbooks;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
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

/** A grid worker on a phone imports households from Excel, first with a mistake, then corrected. */
@AppTest
class HouseholdImportBrowserIT {

    static final String GRID = "530326001001001";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void gridWorkerFixesTheReportedRowAndImportsOnAPhone() throws Exception {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browser.signIn(browser, port, "wangge");

        browser.get("http://localhost:" + port + "/people/households?territory=" + GRID);
        browser.findElement(By.id("import")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Excel 导入"));

        String head = TestWorkbooks.uniqueId();
        Path wrong = file(List.of("", "光明巷 3 号", "", "刘一", "户主", head, "", ""),
                List.of(GRID, "光明巷 3 号", "", "刘二", "子女", TestWorkbooks.withWrongCheck(TestWorkbooks.uniqueId()), "", ""));
        upload(browser, wrong);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "未导入"));
        assertThat(browser.findElement(By.id("problems")).getText()).contains("请填写网格代码").contains("校验码错误");
        screenshot(browser, "import-problems");

        browser.findElement(By.linkText("重新上传")).click();
        String child = TestWorkbooks.uniqueId();
        upload(browser, file(List.of(GRID, "光明巷 3 号", "", "刘一", "户主", head, "", ""),
                List.of(GRID, "光明巷 3 号", "", "刘二", "子女", child, "", "")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "已导入"));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("1 户").contains("2 人");
        screenshot(browser, "import-done");

        browser.get("http://localhost:" + port + "/people/households?territory=" + GRID);
        // the grid already holds the demo register's households: the new one is on the last page
        for (int page = 0; page < 20 && !browser.findElement(By.id("households")).getText().contains("光明巷 3 号")
                && !browser.findElements(By.linkText("下一页")).isEmpty(); page++) {
            browser.findElement(By.linkText("下一页")).click();
        }
        assertThat(browser.findElement(By.id("households")).getText()).contains("光明巷 3 号").contains("户主 刘一");
    }

    private static void upload(WebDriver browser, Path file) {
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
    }

    @SafeVarargs
    private Path file(List<Object>... rows) {
        List<List<Object>> all = new java.util.ArrayList<>();
        all.add(TestWorkbooks.HEADER);
        all.addAll(Arrays.asList(rows));
        return TestWorkbooks.xlsx(dir, all);
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

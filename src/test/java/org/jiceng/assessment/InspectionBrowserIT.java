package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A finding's life from 立项 to 销账, clicked through: the inspection team (xuncha) records an inspection of 古城街道
 * and a finding, the town (gucheng) rectifies with evidence and submits, the team returns it once, the town
 * submits again, the team accepts and cancels it; the history shows every step.
 */
@AppTest
class InspectionBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aFindingIsRecordedRectifiedReturnedAcceptedAndCancelled() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        LocalDate today = Beijing.today(Beijing.systemClock());

        WebDriver team = browsers.start(Browser.DESKTOP);
        var teamWait = new WebDriverWait(team, Duration.ofSeconds(20));
        Browser.signIn(team, port, "xuncha");
        team.findElement(By.id("go-inspections")).click();
        teamWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "巡察整改"));
        team.findElement(By.cssSelector("#new-inspection summary")).click();
        team.findElement(By.id("inspection-title")).sendKeys("浏览器测试巡察" + tag);
        team.findElement(By.id("inspection-territory")).clear();
        team.findElement(By.id("inspection-territory")).sendKeys("530326001");
        team.findElement(By.id("inspection-target")).sendKeys("古城街道党工委");
        setDate(team, "inspection-starts", today.minusDays(20));
        setDate(team, "inspection-ends", today.minusDays(5));
        team.findElement(By.cssSelector("#inspection-form button[type=submit]")).click();
        teamWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "浏览器测试巡察" + tag));

        team.findElement(By.cssSelector("#new-finding summary")).click();
        new Select(team.findElement(By.id("finding-category"))).selectByVisibleText("作风建设");
        team.findElement(By.id("finding-description")).sendKeys("窗口服务态度生硬" + tag);
        new Select(team.findElement(By.id("finding-place"))).selectByVisibleText("古城街道");
        setDate(team, "finding-deadline", today.plusDays(15));
        team.findElement(By.cssSelector("#finding-form button[type=submit]")).click();
        teamWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已列入问题清单"));
        team.findElement(By.linkText("窗口服务态度生硬" + tag)).click();
        teamWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-status"), "待整改"));
        String findingUrl = team.getCurrentUrl();

        WebDriver town = browsers.start(Browser.PHONE);
        var townWait = new WebDriverWait(town, Duration.ofSeconds(20));
        Browser.signIn(town, port, "gucheng");
        town.findElement(By.id("go-inspections")).click();
        townWait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
        town.findElement(By.linkText("窗口服务态度生硬" + tag)).click();
        townWait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-form")));
        town.findElement(By.id("progress-measures")).sendKeys("开展窗口服务培训，设立群众评价器");
        town.findElement(By.id("progress-text")).sendKeys("已完成一次培训");
        town.findElement(By.cssSelector("#progress-form button[type=submit]")).click();
        townWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已记录整改进展"));
        Path photo = Files.createTempFile("evidence", ".png");
        Files.write(photo, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0});
        town.findElement(By.id("evidence-file")).sendKeys(photo.toAbsolutePath().toString());
        town.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        townWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "佐证材料已上传"));
        town.findElement(By.id("submit")).click();
        townWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-status"), "待验收"));

        team.get(findingUrl);
        team.findElement(By.id("return-reason")).sendKeys("缺少群众评价记录");
        team.findElement(By.id("return")).click();
        teamWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-status"), "已退回"));

        town.navigate().refresh();
        townWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "缺少群众评价记录"));
        town.findElement(By.id("progress-text")).clear();
        town.findElement(By.id("progress-text")).sendKeys("补充群众评价记录 32 份");
        town.findElement(By.cssSelector("#progress-form button[type=submit]")).click();
        townWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已记录整改进展"));
        town.findElement(By.id("submit")).click();
        townWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-status"), "待验收"));

        team.get(findingUrl);
        team.findElement(By.id("accept")).click();
        teamWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-status"), "已验收"));
        team.findElement(By.id("cancel")).click();
        teamWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-status"), "已销账"));
        assertThat(team.findElements(By.cssSelector("#history li"))).extracting(e -> e.getAttribute("data-kind"))
                .containsExactly("OPEN", "PROGRESS", "EVIDENCE", "SUBMIT", "RETURN", "PROGRESS", "SUBMIT", "ACCEPT", "CANCEL");
        assertThat(team.findElement(By.id("evidence")).getText()).contains(".png");

        team.findElement(By.linkText("巡察整改")).click();
        team.findElement(By.id("go-ledger")).click();
        teamWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "巡察整改台账"));
        assertThat(team.findElement(By.id("ledger")).getText()).contains("古城街道");
    }

    private static void setDate(WebDriver browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), date.toString());
    }
}

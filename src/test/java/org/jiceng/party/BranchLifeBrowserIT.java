package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The branch secretary on a phone opens 组织生活 from the home page, records this month's 支委会 of their branch with
 * one member on leave and one absent, and sees the meeting with its attendance.
 */
@AppTest
class BranchLifeBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void theBranchSecretaryRecordsACommitteeMeetingWithAttendanceOnAPhone() {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "shuji");

        browser.findElement(By.id("go-branch-life")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "组织生活"));
        assertThat(browser.findElement(By.id("branches")).getText()).contains("堂琅社区第一党支部").doesNotContain("迤车");
        WebElement branch = browser.findElements(By.cssSelector("#branches li")).stream()
                .filter(li -> li.getText().contains("堂琅社区第一党支部")).findFirst().orElseThrow();
        branch.findElement(By.linkText("记录会议")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "记录会议"));

        new Select(browser.findElement(By.id("kind"))).selectByValue("COMMITTEE");
        browser.findElement(By.id("place")).sendKeys("社区党群服务中心");
        browser.findElement(By.id("topics")).sendKeys("研究本月为民办实事项目");
        browser.findElement(By.id("minutes")).sendKeys("议定：修缮 3 号楼路灯，走访独居老人。");
        List<WebElement> attendees = browser.findElements(By.cssSelector("#attendance .attendee"));
        assertThat(attendees).hasSizeGreaterThan(2);
        // the first on leave but without a reason: refused, and what was typed stays
        click(browser, attendees.get(0).findElement(By.cssSelector("input[value=LEAVE]")));
        click(browser, attendees.get(1).findElement(By.cssSelector("input[value=ABSENT]")));
        click(browser, browser.findElement(By.id("save-meeting")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(browser.findElement(By.id("error")).getText()).contains("请假事由");
        assertThat(browser.findElement(By.id("place")).getAttribute("value")).isEqualTo("社区党群服务中心");
        attendees = browser.findElements(By.cssSelector("#attendance .attendee"));
        assertThat(attendees.get(1).findElement(By.cssSelector("input[value=ABSENT]")).isSelected()).isTrue();
        attendees.get(0).findElement(By.className("reason")).sendKeys("外出务工");
        click(browser, browser.findElement(By.id("save-meeting")));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("支委会");
        assertThat(browser.findElement(By.id("leave")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("absent")).getText()).isEqualTo("1");
        assertThat(Integer.parseInt(browser.findElement(By.id("present")).getText())).isEqualTo(attendees.size() - 2);
        assertThat(browser.findElement(By.id("attendance")).getText()).contains("外出务工");
    }

    private static void click(WebDriver browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}

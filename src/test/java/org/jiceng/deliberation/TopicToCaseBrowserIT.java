package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * A resident proposes a topic on a phone; the community committee puts it on a 民情晨会, records attendance,
 * minutes and a resolution, opens a case for the resolution and sees the case's state on the meeting page.
 */
@AppTest
class TopicToCaseBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aResidentsTopicBecomesAMeetingsResolutionAndACase() {
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        Browser.signIn(browser, port, "jumin");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-topics"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("topic-title"))).sendKeys("菜市场门口加装雨棚");
        browser.findElement(By.id("topic-description")).sendKeys("下雨天买菜的老人没地方躲雨，希望在菜市场门口加装雨棚。");
        browser.findElement(By.id("propose-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "议题已提交"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("菜市场门口加装雨棚");
        assertThat(browser.findElement(By.cssSelector("#steps li.current")).getText()).isEqualTo("收集");
        String topicId = browser.getCurrentUrl().replaceAll(".*/topics/(\\d+).*", "$1");
        browser.findElement(By.cssSelector("form.inline button.link")).click();

        Browser.signIn(browser, port, "shequ");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-meetings"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#new-meeting summary"))).click();
        new Select(browser.findElement(By.id("meeting-kind"))).selectByVisibleText("民情晨会");
        browser.findElement(By.id("meeting-title")).sendKeys("雨棚协商晨会");
        browser.findElement(By.name("place")).sendKeys("堂琅社区菜市场门口");
        browser.findElement(By.id("meeting-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "雨棚协商晨会"));

        new Select(browser.findElement(By.id("agenda-topic"))).selectByValue(topicId);
        browser.findElement(By.id("agenda-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已列入议程"));
        assertThat(browser.findElement(By.id("agenda")).getText()).contains("菜市场门口加装雨棚").contains("确定");

        browser.findElement(By.id("attendee-name")).sendKeys("赵建新");
        browser.findElement(By.id("attendee-role")).sendKeys("居民代表");
        browser.findElement(By.id("attendee-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance-count"), "1"));

        browser.findElement(By.id("minutes-input")).sendKeys("居民代表反映雨天买菜无处避雨，市场管理方同意出资一半。");
        browser.findElement(By.id("minutes-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes-text"), "同意出资一半"));
        assertThat(browser.findElement(By.id("meeting-state")).getText()).isEqualTo("已召开");

        browser.findElement(By.id("resolution-text")).sendKeys("同意在菜市场门口加装雨棚，社区与市场各出一半费用。");
        new Select(browser.findElement(By.id("resolution-topic"))).selectByValue(topicId);
        browser.findElement(By.id("resolution-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "决议已登记"));

        WebElement resolution = browser.findElement(By.cssSelector("#resolutions .resolution"));
        resolution.findElement(By.cssSelector("details summary")).click();
        WebElement category = resolution.findElement(By.cssSelector("select.case-category"));
        wait.until(d -> category.findElements(By.cssSelector("option[value='0104']")).size() == 1);
        new Select(category).selectByValue("0101");
        resolution.findElement(By.cssSelector("button.case-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已交办案件"));

        WebElement progress = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".case-progress")));
        assertThat(progress.getText()).containsPattern("530326-\\d{8}-\\d{6}").contains("乱堆乱放").contains("已受理登记");

        browser.get("http://localhost:" + port + "/topics/" + topicId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-now"), "执行"));
        assertThat(browser.findElement(By.id("topic-meetings")).getText()).contains("雨棚协商晨会");
        assertThat(browser.findElement(By.id("history")).getText()).contains("组织实施").contains("交办案件");
    }
}

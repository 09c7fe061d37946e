package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.identity.IdentityApi;
import org.jiceng.people.PeopleApi;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 双报到 that meets a need, clicked through as the people do it: the community (shequ) posts a need and records a
 * unit's offer, the town (gucheng) makes a project of them, an in-service member reports hours with a photo on a
 * phone, and the community confirms them.
 */
@AppTest
class CoBuildingBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleApi people;

    @Autowired
    IdentityApi identity;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aNeedBecomesAProjectWhoseMemberHoursTheCommunityConfirms() throws Exception {
        String tag = CoBuildingPeople.unique();
        var member = new CoBuildingPeople(port, jdbc, people, identity).member("cb-member-" + tag);
        LocalDate today = Beijing.today(Beijing.systemClock());

        // the community posts a need, registers a unit and records what it offers
        WebDriver community = browsers.start(Browser.DESKTOP);
        var wait = new WebDriverWait(community, Duration.ofSeconds(20));
        Browser.signIn(community, port, "shequ");
        community.findElement(By.id("go-co-building")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "双报到共建"));
        community.findElement(By.cssSelector("#new-need summary")).click();
        community.findElement(By.id("need-title")).sendKeys("小区健身器材维修" + tag);
        community.findElement(By.id("need-description")).sendKeys("广场健身器材松动，存在安全隐患。");
        new Select(community.findElement(By.id("need-kind"))).selectByVisibleText("项目");
        community.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "需求已发布"));
        assertThat(community.findElement(By.id("needs")).getText()).contains("小区健身器材维修" + tag);

        community.findElement(By.cssSelector("#new-unit summary")).click();
        community.findElement(By.id("unit-name")).sendKeys("县体育局机关党支部" + tag);
        community.findElement(By.cssSelector("#unit-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "单位已报到"));

        community.findElement(By.cssSelector("#new-offer summary")).click();
        new Select(community.findElement(By.id("offer-registrant"))).selectByVisibleText("县体育局机关党支部" + tag + "（单位）");
        community.findElement(By.id("offer-title")).sendKeys("器材检修" + tag);
        community.findElement(By.id("offer-description")).sendKeys("单位党员技术骨干上门检修。");
        community.findElement(By.id("offer-available")).sendKeys("每月第一个周六");
        community.findElement(By.cssSelector("#offer-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "资源已登记"));

        // the town matches them into a project led by the unit
        WebDriver town = browsers.start(Browser.DESKTOP);
        var townWait = new WebDriverWait(town, Duration.ofSeconds(20));
        Browser.signIn(town, port, "gucheng");
        town.findElement(By.id("go-co-building")).click();
        townWait.until(ExpectedConditions.presenceOfElementLocated(By.id("choices")));
        town.findElement(By.partialLinkText("堂琅")).click();
        townWait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-project")));
        town.findElement(By.cssSelector("#new-project summary")).click();
        town.findElement(By.id("project-title")).sendKeys("健身器材焕新" + tag);
        check(town, "#project-needs", "小区健身器材维修" + tag);
        check(town, "#project-offers", "器材检修" + tag);
        new Select(town.findElement(By.id("project-lead"))).selectByVisibleText("县体育局机关党支部" + tag + "（单位）");
        setDate(town, "project-starts", today.minusDays(1));
        setDate(town, "project-ends", today.plusDays(30));
        town.findElement(By.cssSelector("#project-form button[type=submit]")).click();
        townWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "健身器材焕新" + tag));
        String projectUrl = town.getCurrentUrl();
        String projectId = projectUrl.substring(projectUrl.lastIndexOf('/') + 1);

        // an in-service member registered with the community reports hours with a photo, on a phone
        WebDriver phone = browsers.start(Browser.PHONE);
        var phoneWait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, member.username());
        phone.findElement(By.id("go-my-service")).click();
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "我的双报到服务"));
        WebElement card = phone.findElement(By.cssSelector(".my-project[data-id='" + projectId + "']"));
        WebElement details = card.findElement(By.tagName("details"));
        if (details.getAttribute("open") == null) {
            card.findElement(By.tagName("summary")).click();
        }
        card.findElement(By.name("minutes")).sendKeys("120");
        card.findElement(By.name("description")).sendKeys("拧紧器材螺栓，更换 2 处护垫");
        Path photo = Files.createTempFile("service", ".jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1});
        card.findElement(By.className("photo-file")).sendKeys(photo.toAbsolutePath().toString());
        phoneWait.until(d -> card.findElement(By.className("photo-text")).getText().contains("已附 1 张照片"));
        card.findElement(By.cssSelector("button[type=submit]")).click();
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "待社区确认"));
        assertThat(phone.findElement(By.cssSelector(".my-project[data-id='" + projectId + "']")).getText())
                .contains("120 分钟").contains("待确认");

        // the community confirms them
        community.get(projectUrl);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "健身器材焕新" + tag));
        WebElement reported = community.findElement(By.cssSelector(".hours[data-status='REPORTED']"));
        assertThat(reported.getText()).contains("1 张照片").contains("120 分钟");
        reported.findElement(By.className("confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已确认"));
        assertThat(community.findElements(By.cssSelector(".hours[data-status='CONFIRMED']"))).hasSize(1);

        phone.navigate().refresh();
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".my-project[data-id='" + projectId + "']"), "已确认"));
    }

    private static void check(WebDriver browser, String fieldset, String text) {
        browser.findElements(By.cssSelector(fieldset + " label")).stream()
                .filter(l -> l.getText().contains(text)).findFirst().orElseThrow()
                .findElement(By.tagName("input")).click();
    }

    private static void setDate(WebDriver browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), date.toString());
    }
}

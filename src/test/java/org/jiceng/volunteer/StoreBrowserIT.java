package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A volunteer of 堂琅社区, on a phone, finds the points an activity earned them, traced to it, and redeems a good
 * of the community's 爱心超市 with them.
 */
@AppTest
class StoreBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aVolunteerSeesThePointsAnActivityEarnedAndRedeemsAGoodWithThem() {
        PointsPeople people = new PointsPeople(port, identity, volunteers, events, transaction, jdbc);
        PointsPeople.Person volunteer = people.resident("store-browser", PointsPeople.TANGLANG);
        long attendance = hoursConfirmedAtAnActivity(people, volunteer);
        var good = Http.as(port, "shequ").postJson("/api/v1/volunteer/store/goods", """
                {"communityCode": "%s", "name": "浏览器测试·抽纸", "price": 12, "stock": 1}""".formatted(PointsPeople.TANGLANG));
        assertThat(good.status()).as(good.body()).isEqualTo(201);
        long goodId = good.json().get("id").asLong();

        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, volunteer.username());
        click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("go-volunteer-points"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "志愿积分"));
        long before = Long.parseLong(browser.findElement(By.id("my-balance")).getText().strip());
        assertThat(before).isGreaterThanOrEqualTo(12);
        assertThat(browser.findElement(By.id("my-entries")).getText()).contains("志愿服务时长").contains("测试活动")
                .contains("来源编号 " + attendance);

        click(browser, browser.findElement(By.id("go-store")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "爱心超市"));
        click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("redeem-" + goodId))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "兑换成功"));
        assertThat(browser.findElement(By.id("redemptions")).getText()).contains("浏览器测试·抽纸");
        assertThat(Long.parseLong(browser.findElement(By.id("my-balance")).getText().strip())).isEqualTo(before - 12);
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/store/goods/" + goodId).json().get("stock").asInt()).isZero();
    }

    /**
     * The volunteer's time at an activity, confirmed: the event the activities publish when the organiser confirms
     * a check-out (the journey by QR check-in and check-out takes this step's place once both parts are together).
     */
    private static long hoursConfirmedAtAnActivity(PointsPeople people, PointsPeople.Person volunteer) {
        return people.confirmHours(volunteer.volunteerId(), PointsPeople.TANGLANG, 120);
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}

package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * A resident's whole volunteering day, by real pages: they sign up as a volunteer on their phone, sign up for the
 * community's activity, check in and out by scanning the codes the organiser shows, the organiser confirms the
 * time, and the points it earned buy a good in the 爱心超市.
 */
@AppTest
class VolunteerJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    MovableClock clock;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @BeforeEach
    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aResidentSignsUpChecksInAndOutByCodeEarnsPointsAndRedeemsThem() {
        String tag = ActivityPeople.unique();
        String username = "journey" + tag;
        identity.createUser(new IdentityApi.NewUser(username, "旅程志愿者" + tag.substring(0, 4), Http.DEMO_PASSWORD,
                List.of(new CurrentUser.Grant(Role.RESIDENT, ActivityPeople.TANGLANG, null))));
        ActivityPeople people = new ActivityPeople(port, identity);
        long team = people.team("旅程队" + tag.substring(0, 4));
        long activity = people.activity("shequ", team, 10, 60, 5);
        var good = Http.as(port, "shequ").postJson("/api/v1/volunteer/store/goods", """
                {"communityCode": "%s", "name": "旅程测试·毛巾%s", "price": 1, "stock": 1}"""
                .formatted(ActivityPeople.TANGLANG, tag.substring(0, 4)));
        assertThat(good.status()).as(good.body()).isEqualTo(201);
        long goodId = good.json().get("id").asLong();

        // the resident signs up as a volunteer on their phone, then for the activity
        WebDriver phone = browsers.start(Browser.PHONE);
        var phoneWait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, username);
        phone.get("http://localhost:" + port + "/volunteer/mine");
        WebElement name = phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        if (name.getAttribute("value").isBlank()) {
            name.sendKeys("旅程志愿者");
        }
        phone.findElement(By.id("skills")).sendKeys("宣传");
        click(phone, phone.findElement(By.id("register-submit")));
        phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.id("me")));
        phone.get("http://localhost:" + port + "/volunteer/activities/" + activity);
        click(phone, phoneWait.until(ExpectedConditions.elementToBeClickable(By.id("sign-up"))));
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "报名成功"));

        // on the day: the organiser shows the check-in code, the phone opens it
        WebDriver screen = browsers.start(Browser.DESKTOP);
        var screenWait = new WebDriverWait(screen, Duration.ofSeconds(20));
        Browser.signIn(screen, port, "shequ");
        clock.advance(Duration.ofMinutes(10));
        phone.get(codeUrl(screen, screenWait, activity, "IN"));
        assertThat(phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result h1"))).getText())
                .isEqualTo("签到成功");

        // fifty minutes of service later, the check-out code
        clock.advance(Duration.ofMinutes(50));
        phone.get(codeUrl(screen, screenWait, activity, "OUT"));
        assertThat(phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result h1"))).getText())
                .isEqualTo("签退成功");

        // the organiser starts the activity if the minute's sweep has not yet, and confirms the ticked times
        screen.get("http://localhost:" + port + "/volunteer/activities/" + activity);
        if (!screen.findElements(By.id("move-RUNNING")).isEmpty()) {
            click(screen, screen.findElement(By.id("move-RUNNING")));
            screenWait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm")));
        }
        WebElement row = screen.findElement(By.cssSelector("#attendance tbody tr"));
        assertThat(row.findElement(By.cssSelector("input[type=checkbox]")).isSelected()).isTrue();
        click(screen, screen.findElement(By.id("confirm")));
        screenWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#attendance tbody tr"),
                "50 分钟"));

        // the points arrive (counted after the confirmation commits), traced to the activity
        phone.get("http://localhost:" + port + "/volunteer/points");
        new WebDriverWait(phone, Duration.ofSeconds(30)).until(browser -> {
            browser.navigate().refresh();
            List<WebElement> balance = browser.findElements(By.id("my-balance"));
            return !balance.isEmpty() && Long.parseLong(balance.getFirst().getText().strip()) > 0;
        });
        long before = Long.parseLong(phone.findElement(By.id("my-balance")).getText().strip());
        assertThat(phone.findElement(By.id("my-entries")).getText()).contains("志愿服务时长").contains("测试活动");

        // and buy the towel in the community's store
        click(phone, phone.findElement(By.id("go-store")));
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "爱心超市"));
        click(phone, phoneWait.until(ExpectedConditions.elementToBeClickable(By.id("redeem-" + goodId))));
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "兑换成功"));
        assertThat(phone.findElement(By.id("redemptions")).getText()).contains("旅程测试·毛巾");
        assertThat(Long.parseLong(phone.findElement(By.id("my-balance")).getText().strip())).isEqualTo(before - 1);
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/store/goods/" + goodId).json().get("stock").asInt())
                .isZero();
    }

    /** The URL inside the code the organiser's screen shows now (it changes every 30 seconds). */
    private String codeUrl(WebDriver screen, WebDriverWait wait, long activity, String kind) {
        screen.get("http://localhost:" + port + "/volunteer/activities/" + activity + "/code?kind=" + kind);
        String url = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#qr svg")))
                .findElement(By.xpath("..")).getAttribute("data-url");
        assertThat(url).contains("/volunteer/scan?t=");
        return url;
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}

package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.jiceng.Beijing;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * QR check-in as it happens on the day: the community (shequ) publishes the activity, then shows the code on a screen, a volunteer signed up on
 * a phone opens the code's link (another browser) and is checked in, then scans the check-out code and is checked
 * out; the organiser's list shows both times ticked for confirmation.
 */
@AppTest
class ActivityBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aVolunteerScansTheOrganisersCodesAndIsCheckedInThenOut() {
        String tag = ActivityPeople.unique();
        ActivityPeople people = new ActivityPeople(port, identity);
        long team = people.team("扫码队" + tag.substring(0, 4));
        people.volunteer("qr" + tag);

        // the community publishes the activity on the team's page; a wrong end time keeps what was typed
        WebDriver screen = browsers.start(Browser.DESKTOP);
        var screenWait = new WebDriverWait(screen, Duration.ofSeconds(20));
        Browser.signIn(screen, port, "shequ");
        screen.get("http://localhost:" + port + "/volunteer/teams/" + team);
        screen.findElement(By.cssSelector("#new-activity summary")).click();
        screen.findElement(By.id("title")).sendKeys("扫码测试活动");
        screen.findElement(By.id("place")).sendKeys("社区广场");
        screen.findElement(By.id("capacity")).clear();
        screen.findElement(By.id("capacity")).sendKeys("5");
        LocalDateTime start = LocalDateTime.now(Beijing.ZONE).plusMinutes(10).withSecond(0).withNano(0);
        type(screen, "startsAt", start.toString());
        type(screen, "endsAt", start.minusHours(1).toString());
        screen.findElement(By.cssSelector("#new-activity button[type=submit]")).click();
        screenWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("endsAt-error"), "结束时间须晚于开始时间"));
        assertThat(screen.findElement(By.id("title")).getAttribute("value")).isEqualTo("扫码测试活动");
        type(screen, "endsAt", start.plusHours(1).toString());
        screen.findElement(By.cssSelector("#new-activity button[type=submit]")).click();
        screenWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "活动已发布"));
        long activity = Long.parseLong(screen.getCurrentUrl().replaceFirst(".*/activities/(\\d+).*", "$1"));

        WebDriver phone = browsers.start(Browser.PHONE);
        var phoneWait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, "qr" + tag);
        phone.get("http://localhost:" + port + "/volunteer/activities/" + activity);
        phone.findElement(By.id("sign-up")).click();
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "报名成功"));

        screen.navigate().refresh();
        screen.findElement(By.id("show-in")).click();
        String checkIn = screenWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#qr svg")))
                .findElement(By.xpath("..")).getAttribute("data-url");
        assertThat(checkIn).contains("/volunteer/scan?t=");

        phone.get(checkIn);
        assertThat(phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result h1"))).getText())
                .isEqualTo("签到成功");
        phone.get(checkIn);
        phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.id("repeated")));

        screen.findElement(By.id("switch-out")).click();
        screenWait.until(ExpectedConditions.titleContains("签退码"));
        String checkOut = screen.findElement(By.id("qr")).getAttribute("data-url");
        phone.get(checkOut);
        assertThat(phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result h1"))).getText())
                .isEqualTo("签退成功");
        assertThat(phone.findElement(By.id("checked-out")).getText()).isNotBlank();

        phone.get(checkIn.replaceFirst("t=", "t=9"));
        assertThat(phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.id("error"))).getText())
                .contains("签到码无效");

        screen.get("http://localhost:" + port + "/volunteer/activities/" + activity);
        var row = screen.findElement(By.cssSelector("#attendance tbody tr"));
        assertThat(row.getText()).contains("志愿者qr");
        assertThat(row.findElement(By.cssSelector("input[type=checkbox]")).isSelected()).isTrue();
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/activities/" + activity + "/attendance").json()
                .get("items").get(0).get("checkedOutAt").isNull()).isFalse();
    }

    private static void type(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
                value);
    }
}

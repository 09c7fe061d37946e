package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * QR check-in as it happens on the day: the organiser (shequ) shows the code on a screen, a volunteer signed up on
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
        long activity = people.activity("shequ", team, 10, 60, 5);

        WebDriver phone = browsers.start(Browser.PHONE);
        var phoneWait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, "qr" + tag);
        phone.get("http://localhost:" + port + "/volunteer/activities/" + activity);
        phone.findElement(By.id("sign-up")).click();
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "报名成功"));

        WebDriver screen = browsers.start(Browser.DESKTOP);
        var screenWait = new WebDriverWait(screen, Duration.ofSeconds(20));
        Browser.signIn(screen, port, "shequ");
        screen.get("http://localhost:" + port + "/volunteer/activities/" + activity);
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
                .get(0).get("checkedOutAt").isNull()).isFalse();
    }
}

package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jiceng.CurrentUser;
import org.jiceng.identity.IdentityApi;
import org.jiceng.services.internal.booking.NearbyCentres;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
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
import tools.jackson.databind.JsonNode;

/**
 * A centre's bookings as they happen on a phone: a resident (jumin) finds a centre next to home in the 15-minute
 * circle and on the map, books a session for a family member (a second try for the same person is refused and keeps
 * the name typed), finds it among their bookings and cancels it, then books the seat for themselves; on the day the
 * community's desk (shequ) opens the session's list and checks them in.
 */
@AppTest
class CentreBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    NearbyCentres nearby;

    @Autowired
    MovableClock clock;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @AfterEach
    void time() {
        clock.reset();
    }

    @Test
    void aResidentBooksForAFamilyMemberCancelsBooksForThemselvesAndTheDeskChecksThemIn() {
        // a centre on jumin's doorstep, so it heads the 15-minute circle whatever other tests have built nearby
        CurrentUser jumin = identity.findByUsername("jumin").orElseThrow();
        NearbyCentres.Answer home = nearby.ofHousehold(nearby.ownHousehold(jumin), jumin);
        CentrePeople people = new CentrePeople(port, identity);
        String name = "家门口服务站" + System.nanoTime() % 10000;
        CentrePeople.Centre centre = people.centre(name, home.lat(), home.lon());
        JsonNode slot = people.session(centre, 1, "09:00", "10:00", 5, 0);
        long session = slot.get("id").asLong();
        long quiet = people.session(centre, 2, "09:00", "10:00", 5, 0).get("id").asLong();
        assertThat(people.shequ.get("/services/sessions/" + quiet).body())
                .as("the desk sees the list of a session nobody has booked yet").contains("预约名单与签到", "这一场还没有人预约");

        WebDriver phone = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, "jumin");
        phone.get(url("/services/centres"));
        WebElement near = phone.findElement(By.cssSelector("#nearby-list > li[data-id='" + centre.id() + "']"));
        assertThat(near.getText()).contains(name, "0 米", "测试课程");
        assertThat(fitsTheScreen(phone)).as("the centres' list fits a phone's width").isTrue();

        phone.findElement(By.id("go-map")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map.leaflet-container[data-loaded]")));
        assertThat(Integer.parseInt(phone.findElement(By.id("map")).getAttribute("data-loaded"))).isPositive();
        assertThat(phone.findElements(By.cssSelector("#map path.leaflet-interactive"))).isNotEmpty();
        assertThat(phone.findElement(By.id("nearby-list")).getText()).contains(name);

        phone.findElement(By.cssSelector("#nearby-list > li[data-id='" + centre.id() + "'] > a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        WebElement row = phone.findElement(By.cssSelector("#sessions tr[data-id='" + session + "']"));
        assertThat(row.getText()).contains("测试课程", "0/5");
        row.findElement(By.linkText("预约")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("book")));
        phone.findElement(By.id("attendee")).sendKeys("王小红");
        phone.findElement(By.id("book")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "王小红预约成功"));
        assertThat(fitsTheScreen(phone)).as("the session's page fits a phone's width").isTrue();
        assertThat(phone.findElement(By.id("seats")).getText()).contains("已约 1/5");

        phone.findElement(By.id("attendee")).sendKeys("王小红");
        phone.findElement(By.id("book")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "王小红已预约该场次，不能重复预约"));
        assertThat(phone.findElement(By.id("attendee")).getAttribute("value")).isEqualTo("王小红");

        phone.findElement(By.id("go-my-bookings")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "我的预约"));
        WebElement booking = mineAt(phone, session);
        assertThat(booking.getText()).contains("测试课程 · " + name, "为王小红预约", "已预约");
        long familyBooking = Long.parseLong(booking.getAttribute("data-id"));
        assertThat(fitsTheScreen(phone)).as("one's bookings fit a phone's width").isTrue();
        phone.findElement(By.id("cancel-" + familyBooking)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已取消预约"));
        assertThat(mineAt(phone, session).getText()).contains("已取消");
        assertThat(phone.findElements(By.id("cancel-" + familyBooking))).isEmpty();

        mineAt(phone, session).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("book")));
        assertThat(phone.findElement(By.id("seats")).getText()).contains("已约 0/5");
        phone.findElement(By.id("book")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "预约成功"));
        WebElement own = phone.findElement(By.cssSelector("#my-bookings > div[data-id]"));
        long ownBooking = Long.parseLong(own.getAttribute("data-id"));
        assertThat(own.getText()).contains(jumin.displayName(), "已预约");

        // on the day, twenty minutes before the start, the desk signs in (a new sign-in: the clock has moved)
        OffsetDateTime start = OffsetDateTime.parse(slot.get("startsAt").asString());
        clock.advance(Duration.between(clock.instant(), start.toInstant().minus(Duration.ofMinutes(20))));
        WebDriver desk = browsers.start(Browser.PHONE);
        var deskWait = new WebDriverWait(desk, Duration.ofSeconds(20));
        Browser.signIn(desk, port, "shequ");
        desk.get(url("/services/centres/" + centre.id()));
        desk.findElement(By.cssSelector("#sessions tr[data-id='" + session + "']")).findElement(By.linkText("名单与签到"))
                .click();
        deskWait.until(ExpectedConditions.presenceOfElementLocated(By.id("desk")));
        WebElement listed = desk.findElement(By.cssSelector("#desk tr[data-id='" + ownBooking + "']"));
        assertThat(listed.getText()).contains(jumin.displayName(), "已预约");
        assertThat(desk.findElements(By.id("check-in-" + familyBooking))).isEmpty();
        desk.findElement(By.id("check-in-" + ownBooking)).click();
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已签到"));
        assertThat(desk.findElement(By.cssSelector("#desk tr[data-id='" + ownBooking + "']")).getText())
                .contains("已到场");
        assertThat(desk.findElements(By.id("check-in-" + ownBooking))).isEmpty();
        assertThat(fitsTheScreen(desk)).as("the desk's list fits a phone's width").isTrue();

        String oversight = Http.as(port, "jijian").get("/services/sessions/" + session).body();
        assertThat(oversight).as("an auditor reads the list but checks nobody in")
                .contains("预约名单", jumin.displayName()).doesNotContain("预约名单与签到", "check-in-");
    }

    private static boolean fitsTheScreen(WebDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
    }

    private static WebElement mineAt(WebDriver browser, long session) {
        return browser.findElement(By.xpath("//ul[@id='bookings']/li[a[contains(@href, '/services/sessions/" + session
                + "')]]"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The case loop as people click through it, on a phone: a resident reports a broken road with a photo and
 * their current position → the town accepts and whistles the housing bureau → the bureau checks in and resolves
 * with a photo → the town verifies and replies → the resident rates it satisfied → closed, every step on the
 * timeline, and counted in the department's three rates and ranking.
 */
@AppTest
class CaseJourneyBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @TempDir
    Path temp;

    WebDriver browser;
    WebDriverWait wait;

    @Test
    void aResidentsPhotoReportGoesRoundTheLoopToARatedClose() throws Exception {
        Path photo = Files.write(temp.resolve("road.png"), CasePageTest.png());
        JsonNode grid = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(2);
        double lat = grid.get("centroid").get("lat").asDouble();
        double lon = grid.get("centroid").get("lon").asDouble();
        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        JsonNode before = departmentRates(unit);
        browser = browsers.start(Browser.PHONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // a form post replaces the page while we look

        // the resident, on a phone: 我要反映 with a photo and the phone's position
        Browser.signIn(browser, port, "jumin");
        click(By.id("go-report"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "我要反映"));
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("道路破损");
        browser.findElement(By.id("description")).sendKeys("巷口路面塌了一个大坑，电动车差点摔倒");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        wait.until(d -> d.findElement(By.id("pick-map")).getDomAttribute("data-loaded") != null);
        assertThat(browser.findElement(By.id("pick-map")).getDomAttribute("data-loaded")).as("the village's grids on the map")
                .isNotEqualTo("0").isNotEqualTo("error");
        useCurrentPosition(lat, lon);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("located-grid"), grid.get("name").asString()));
        click(By.id("submit"));
        wait.until(d -> !d.findElements(By.id("notice")).isEmpty() || !d.findElements(By.id("duplicates-stop")).isEmpty());
        if (!browser.findElements(By.id("duplicates-stop")).isEmpty()) {
            click(By.id("submit")); // another test's case nearby: not the same thing, file anyway
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已提交，编号"));
        String number = browser.findElement(By.id("number")).getText();
        assertThat(browser.findElement(By.id("notice")).getText()).contains(number);
        String caseUrl = browser.getCurrentUrl();
        assertThat(photoShown()).as("the reporter's photo is served and drawn").isTrue();
        signOut();

        // the town: accept, then whistle the housing bureau
        Browser.signIn(browser, port, "gucheng");
        click(By.id("go-inbox"));
        openCase(number);
        click(By.id("do-accept"));
        waitForState("ACCEPTED");
        open("action-dispatch");
        new Select(browser.findElement(By.id("lead-unit-select"))).selectByVisibleText("县住房和城乡建设局");
        browser.findElement(By.cssSelector("#action-dispatch textarea[name=note]")).sendKeys("请住建局修复路面");
        click(By.id("do-dispatch"));
        waitForState("DISPATCHED");
        assertThat(browser.findElement(By.id("lead-unit")).getText()).isEqualTo("县住房和城乡建设局");
        signOut();

        // the bureau: check in (报到), resolve with a photo (反馈)
        Browser.signIn(browser, port, "bumen");
        click(By.id("go-unit-cases"));
        openCase(number);
        click(By.id("do-check-in"));
        waitForState("IN_PROGRESS");
        browser.findElement(By.id("resolve-note")).sendKeys("已用沥青修补坑洞，路面恢复平整");
        browser.findElement(By.id("resolve-photo")).sendKeys(photo.toString());
        click(By.id("do-resolve"));
        waitForState("RESOLVED");
        signOut();

        // the town: verify, reply to the resident
        Browser.signIn(browser, port, "gucheng");
        click(By.id("go-inbox"));
        click(By.cssSelector("nav.tabs a[data-state=RESOLVED]"));
        openCase(number);
        click(By.id("do-verify"));
        waitForState("VERIFIED");
        browser.findElement(By.id("reply-note")).sendKeys("路面已修复，感谢您的反映");
        click(By.id("do-reply"));
        waitForState("REPLIED");
        signOut();

        // the resident rates it: solved, satisfied
        Browser.signIn(browser, port, "jumin");
        click(By.id("go-my-cases"));
        openCase(number);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("路面已修复，感谢您的反映")
                .doesNotContain("吹哨派遣"); // the whistle is the administration's own business
        click(By.id("solved-yes"));
        click(By.id("satisfied"));
        click(By.id("do-rate"));
        waitForState("CLOSED");
        assertThat(browser.findElement(By.id("rating")).getText()).isEqualTo("已解决，满意");
        assertThat(steps()).containsExactly("提交诉求", "受理", "报到签收", "办结", "核查", "回复", "评价");
        signOut();

        // the town sees every step, the whistle included, with both photos
        Browser.signIn(browser, port, "gucheng");
        browser.get(caseUrl);
        waitForState("CLOSED");
        assertThat(steps()).containsExactly("提交诉求", "受理", "吹哨派遣", "报到签收", "办结", "核查", "回复", "评价");
        assertThat(browser.findElements(By.cssSelector("#timeline .thumbs img"))).hasSize(2);
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("堂琅社区居民").contains("县住房和城乡建设局工作人员").contains("您")
                .doesNotContain("bumen").contains("已用沥青修补坑洞")
                .contains("已解决，满意").contains("已回复 → 已结案");

        // and it counts for the department in this month's three rates and the department ranking
        JsonNode after = departmentRates(unit);
        Instant deadline = Instant.now().plusSeconds(20);
        while (after.get("rated").asLong() == before.get("rated").asLong() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200); // analytics hears of the rating after its commit, on another thread
            after = departmentRates(unit);
        }
        for (String count : List.of("cases", "responded", "rated", "solved", "satisfied")) {
            // at least ours: other tests' cases of the same department may still be arriving
            assertThat(after.get(count).asLong()).as(count).isGreaterThan(before.get(count).asLong());
        }
        JsonNode ranked = Http.as(port, "admin").get("/api/v1/stats/rankings?of=departments&month=" + month()).json()
                .get("items").valueStream().filter(i -> i.get("unitName").asString().equals("县住房和城乡建设局"))
                .findFirst().orElseThrow();
        assertThat(ranked.get("rated").asLong()).isGreaterThanOrEqualTo(after.get("rated").asLong());
    }

    private JsonNode departmentRates(long unit) {
        var answer = Http.as(port, "admin").get("/api/v1/stats/three-rates?unit=" + unit + "&month=" + month());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String month() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** The phone's position: granted and set through the DevTools protocol, then "使用当前位置" is pressed. */
    private void useCurrentPosition(double lat, double lon) {
        HasCdp cdp = (HasCdp) browser;
        cdp.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                "permissions", List.of("geolocation")));
        cdp.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lon, "accuracy", 10));
        click(By.id("locate"));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("lat")), "value"));
    }

    private boolean photoShown() {
        WebElement img = browser.findElement(By.cssSelector("#timeline .thumbs img"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].complete", img)));
        Object width = ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", img);
        return width instanceof Number n && n.intValue() == 16;
    }

    /** Opens an action's form unless the page opened it as the primary action. */
    private void open(String action) {
        if (browser.findElement(By.id(action)).getDomAttribute("open") == null) {
            click(By.cssSelector("#" + action + " > summary"));
        }
    }

    private void openCase(String number) {
        click(By.cssSelector("a.case-row[data-number='" + number + "']"));
        wait.until(ExpectedConditions.textToBe(By.id("number"), number));
    }

    private void waitForState(String state) {
        wait.until(ExpectedConditions.attributeToBe(By.id("state"), "data-state", state));
    }

    private List<String> steps() {
        return browser.findElements(By.cssSelector("#timeline li.step .what")).stream().map(WebElement::getText).toList();
    }

    private void click(By what) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(what));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void signOut() {
        click(By.cssSelector(".topbar button.link"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}

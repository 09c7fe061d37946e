package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.jiceng.visits.internal.HouseholdProjection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A grid worker in a village without signal, on a phone: 基层走访 opened once online installs itself; with the
 * network cut the page still opens, a visit and a patrol report wait in the phone's queue ("待同步 2 条"), and when
 * the network returns they reach the server exactly once. A write the server answers 409 stays on the phone.
 */
@AppTest
class OfflineJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    HouseholdProjection projection;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    WebDriver browser;
    WebDriverWait wait;
    String grid;
    OfflineSwitch signal;

    @BeforeEach
    void theGridsHouseholdsAreProjected() {
        grid = Http.as(port, "wangge").get("/api/v1/me").json().get("territory").get("code").asString();
        projection.refresh(grid);
    }

    @AfterEach
    void theSwitchIsRemoved() {
        if (signal != null) {
            signal.close();
        }
    }

    @Test
    void aPatrolReportTypedWithoutSignalIsFiledOnceWhenTheNetworkReturns() throws IOException {
        String description = "离线巡查：村口路灯不亮 " + UUID.randomUUID();
        openOnlineThenCutTheNetwork();

        reportPatrol(description);
        assertThat(pendingText()).isEqualTo("待同步 1 条");
        browser.navigate().refresh(); // nothing typed is lost on reload, even offline
        waitForPending("待同步 1 条");

        restoreTheNetwork();
        waitForPending("待同步 0 条");
        assertThat(casesDescribed(description)).as("filed exactly once").hasSize(1);

        // the same item sent again (an answer lost on the way) files nothing more
        JsonNode filed = casesDescribed(description).getFirst();
        String key = lastClientId;
        putIntoQueue(key, "patrol", patrolBody(filed.get("categoryCode").asString(), description));
        click(By.id("sync-now"));
        waitForPending("待同步 0 条");
        assertThat(casesDescribed(description)).hasSize(1);
        assertThat(browser.findElement(By.id("conflicts")).isDisplayed()).isFalse();

        // the key again with other content: a conflict, shown with the server's reason and kept
        putIntoQueue(key, "patrol", patrolBody(filed.get("categoryCode").asString(), description + "（改过）"));
        click(By.id("sync-now"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conflicts"), "冲突 1 条"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conflicts"), "冲突 1 条"));
        click(By.id("tab-queue"));
        String shown = browser.findElement(By.cssSelector("#queue-list li.conflict")).getText();
        assertThat(shown).contains("冲突").contains("（改过）").contains("重新提交为新记录").contains("放弃");
        assertThat(browser.findElement(By.cssSelector("#queue-list li.conflict .detail")).getText()).isNotBlank();

        // resubmitted as a new record: a second case, and the queue is empty
        click(By.cssSelector("#queue-list li.conflict .resubmit"));
        waitForPending("待同步 0 条");
        wait.until(d -> !d.findElement(By.id("conflicts")).isDisplayed());
        assertThat(casesDescribed(description + "（改过）")).hasSize(1);
    }

    @Test
    void aVisitLoggedWithoutSignalIsWrittenOnceWhenTheNetworkReturns() throws IOException {
        Assumptions.assumeTrue(Http.as(port, "admin").get("/v3/api-docs").body().contains("\"/api/v1/visits\""),
                "POST /api/v1/visits（走访记录）尚未合入：离线走访的同步等它合入后再测");
        String found = "离线走访：老人腿脚不便 " + UUID.randomUUID();
        openOnlineThenCutTheNetwork();

        click(By.id("tab-visit"));
        Select household = new Select(browser.findElement(By.id("visit-household")));
        household.selectByIndex(1);
        String householdId = household.getFirstSelectedOption().getDomAttribute("value");
        new Select(browser.findElement(By.id("visit-kind"))).selectByVisibleText("走访");
        browser.findElement(By.id("visit-found")).sendKeys(found);
        browser.findElement(By.id("visit-requests")).sendKeys("希望修缮院墙\n希望增加巡逻");
        click(By.id("visit-save"));
        waitForPending("待同步 1 条");
        reportPatrol("离线巡查：水沟堵塞 " + UUID.randomUUID());
        waitForPending("待同步 2 条");

        restoreTheNetwork();
        waitForPending("待同步 0 条");
        JsonNode visits = Http.as(port, "wangge").get("/api/v1/visits?household=" + householdId + "&limit=500").json();
        assertThat(visits.get("items").valueStream().filter(v -> v.get("found").asString().equals(found)).count())
                .as("written exactly once").isEqualTo(1);
    }

    @Test
    void aPhotoReportWaitsThroughAnExpiredSessionAndIsFiledOnceSignedInAgain(@TempDir Path temp) throws IOException {
        String description = "离线巡查：井盖缺失 " + UUID.randomUUID();
        Path photo = Files.write(temp.resolve("well.png"), png());
        openOnlineThenCutTheNetwork();
        click(By.id("tab-patrol"));
        browser.findElement(By.id("patrol-photo")).sendKeys(photo.toString());
        reportPatrol(description);
        waitForPending("待同步 1 条");

        browser.manage().deleteAllCookies(); // the session ended while the phone was out of signal
        restoreTheNetwork();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin")));
        assertThat(pendingText()).as("kept for after signing in").isEqualTo("待同步 1 条");
        assertThat(casesDescribed(description)).isEmpty();

        Browser.signIn(browser, signal.port(), "wangge");
        browser.get("http://localhost:" + signal.port() + "/visits/m");
        waitForPending("待同步 0 条");
        List<JsonNode> filed = casesDescribed(description);
        assertThat(filed).hasSize(1);
        JsonNode timeline = Http.as(port, "wangge").get("/api/v1/cases/" + filed.getFirst().get("id").asLong() + "/timeline").json();
        assertThat(timeline.get("items").valueStream().mapToInt(e -> e.get("attachments").size()).sum())
                .as("the photo went with it").isEqualTo(1);
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xc01f25);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    // ---- the steps

    String lastClientId;

    void openOnlineThenCutTheNetwork() throws IOException {
        signal = new OfflineSwitch(port);
        browser = browsers.start(Browser.PHONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        Browser.signIn(browser, signal.port(), "wangge");
        browser.get("http://localhost:" + signal.port() + "/visits/m");
        wait.until(d -> "yes".equals(d.findElement(By.tagName("body")).getDomAttribute("data-offline-ready")));
        wait.until(d -> !d.findElements(By.cssSelector("#household-list li")).isEmpty());
        browser.navigate().refresh(); // now under the service worker, which keeps the page
        wait.until(d -> Boolean.TRUE.equals(script("return navigator.serviceWorker.controller !== null")));

        // each page the server renders carries a freshly masked CSRF token: the same token again means the cache
        Object renderedOnline = script("return document.querySelector('meta[name=_csrf]').content");

        signal.cut();
        ((HasNetworkConditions) browser).setNetworkConditions(offline(true));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "基层走访"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("net"), "离线"));
        assertThat(script("return document.querySelector('meta[name=_csrf]').content"))
                .as("the page came from the phone's cache, not from the server")
                .isEqualTo(renderedOnline);
        wait.until(d -> !d.findElements(By.cssSelector("#household-list li")).isEmpty());
    }

    void restoreTheNetwork() {
        signal.restore();
        ((HasNetworkConditions) browser).deleteNetworkConditions();
    }

    static ChromiumNetworkConditions offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }

    void reportPatrol(String description) {
        click(By.id("tab-patrol"));
        new Select(browser.findElement(By.id("patrol-category"))).selectByIndex(1);
        browser.findElement(By.id("patrol-description")).sendKeys(description);
        browser.findElement(By.id("patrol-address")).sendKeys("堂琅社区村口");
        click(By.id("patrol-save"));
        wait.until(d -> d.findElement(By.id("patrol-description")).getDomProperty("value").isEmpty());
        lastClientId = (String) asyncScript("offlineStore.all('queue').then(items => done(items[items.length - 1].clientId))");
    }

    String patrolBody(String category, String description) {
        return "{\"categoryCode\": \"" + category + "\", \"description\": \"" + description
                + "\", \"lat\": null, \"lon\": null, \"address\": \"堂琅社区村口\", \"photoIds\": []}";
    }

    /** An item put straight into the phone's queue, as an earlier page would have left it. */
    void putIntoQueue(String clientId, String type, String body) {
        asyncScript("offlineStore.put('queue', {clientId: '" + clientId + "', type: '" + type + "', summary: '再次发送',"
                + " savedAt: new Date().toISOString(), state: 'pending', body: " + body + "}).then(() => done(true))");
    }

    List<JsonNode> casesDescribed(String description) {
        return Http.as(port, "wangge").get("/api/v1/cases?mine=true&limit=500").json().get("items").valueStream()
                .filter(c -> c.get("description").asString().equals(description)).toList();
    }

    String pendingText() {
        return browser.findElement(By.id("pending")).getText();
    }

    void waitForPending(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pending"), text));
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    Object asyncScript(String js) {
        return ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1]; " + js);
    }
}

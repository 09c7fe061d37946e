package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An owner votes on their phone, keeps and checks the receipt; the others' written ballots are entered; the
 * ballot is closed and the owner reads on the phone that it passed, with the whole count and the reason.
 */
@AppTest
class OwnersVoteBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void anOwnerVotesOnAPhoneAndReadsThatTheBallotPassedWithTheCount() {
        Http shequ = Http.as(port, "shequ");
        long estate = BallotsApiIT.created(shequ.postJson("/api/v1/estates", BallotsApiIT.estateJson("翠屏苑", 5, "100.00",
                "{\"unit\":\"8-1\",\"owner\":\"居民业主\",\"area\":\"120.50\",\"username\":\"jumin\"}")));
        long ballot = BallotsApiIT.created(shequ.postJson("/api/v1/ballots", """
                {"estateId": %d, "title": "关于增设非机动车停车棚的表决", "matter": "ORDINARY", "secret": false, "closesAt": "%s"}"""
                .formatted(estate, BallotsApiIT.inDays(7))));

        WebDriver phone = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, "jumin");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-ballots"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-ballot='" + ballot + "']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "非机动车停车棚"));
        assertThat(phone.findElement(By.tagName("main")).getText()).contains("居民业主").contains("120.50");
        assertThat(phone.findElement(By.id("vote-yes")).getSize().getHeight()).isGreaterThanOrEqualTo(56);
        phone.findElement(By.id("vote-yes")).click();

        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt"))).getText().strip();
        assertThat(receipt).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(phone.findElement(By.id("cast")).getText()).contains("同意");
        assertThat(phone.findElements(By.id("vote-yes"))).isEmpty();

        // the owner checks the receipt later
        phone.get("http://localhost:" + port + "/ballots/" + ballot + "/vote");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("already"))).getText()).contains("已投票");
        phone.findElement(By.cssSelector("details summary")).click();
        phone.findElement(By.name("code")).sendKeys(receipt);
        phone.findElement(By.cssSelector("details button")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checked"))).getText()).contains("同意");

        // the other owners' written ballots, entered by the community; then the ballot is closed
        for (String[] vote : new String[][] {{"业主1", "YES"}, {"业主2", "YES"}, {"业主3", "NO"}, {"业主4", "ABSTAIN"}}) {
            assertThat(BallotsApiIT.paper(shequ, ballot, vote[0], vote[1]).status()).isEqualTo(201);
        }
        assertThat(shequ.postJson("/api/v1/ballots/" + ballot + "/close", "").status()).isEqualTo(200);

        phone.get("http://localhost:" + port + "/ballots/" + ballot + "/vote");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-result"))).click();
        String verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText();
        assertThat(verdict).isEqualTo("表决通过");
        String breakdown = phone.findElement(By.id("breakdown")).getText();
        // 6 owners, 620.50 m²; 5 took part (520.50 m²); yes 3 owners, 320.50 m²; no 1, 100.00; abstain 1, 100.00
        assertThat(breakdown).contains("620.50").contains("520.50").contains("320.50").contains("100.00");
        assertThat(phone.findElement(By.id("reason")).getText()).startsWith("表决通过").contains("过半数");
        assertThat(phone.findElement(By.id("thresholds")).getText()).contains("三分之二以上").contains("过半数").contains("不含本数");
    }

    @Test
    void communityStaffEnterAWrittenBallotAndCloseTheBallotOnItsPage() {
        Http shequ = Http.as(port, "shequ");
        long estate = BallotsApiIT.created(shequ.postJson("/api/v1/estates", BallotsApiIT.estateJson("书面票小区", 3, "95.00")));
        long ballot = BallotsApiIT.created(shequ.postJson("/api/v1/ballots", """
                {"estateId": %d, "title": "关于使用维修资金维修屋面的表决", "matter": "MAJOR", "secret": true, "closesAt": "%s"}"""
                .formatted(estate, BallotsApiIT.inDays(7))));

        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "shequ");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-ballots"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("关于使用维修资金维修屋面的表决"))).click();
        for (String owner : new String[] {"业主1", "业主2", "业主3"}) {
            new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("owner"))))
                    .selectByValue(owner);
            browser.findElement(By.cssSelector("input[name=choice][value=YES]")).click();
            browser.findElement(By.cssSelector("#paper-vote button[type=submit]")).click();
            // the previous owner's notice stays on the page until the post's answer replaces it: wait for this one's
            String notice = wait.ignoring(StaleElementReferenceException.class).until(page -> {
                String text = page.findElement(By.id("notice")).getText();
                return text.contains(owner) ? text : null;
            });
            assertThat(notice).contains("回执码");
        }
        assertThat(browser.findElement(By.id("participation")).getText()).contains("3");
        browser.findElement(By.id("close-ballot")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText()).isEqualTo("表决通过");
        assertThat(browser.findElement(By.id("thresholds")).getText()).contains("四分之三以上");
    }
}

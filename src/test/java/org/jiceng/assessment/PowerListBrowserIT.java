package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/** A resident finds an item of the published 小微权力清单 on a phone and reads who decides each step. */
@AppTest
class PowerListBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aResidentSearchesThePublishedListOnAPhoneAndReadsItsSteps() {
        String word = "手机查清单" + System.nanoTime() % 100_000;
        Http admin = Http.as(port, "admin");
        long id = admin.postJson("/api/v1/lists", PowerListApiIT.microPower("县小微权力清单（手机）", word)).json()
                .get("id").asLong();
        admin.postJson("/api/v1/lists/" + id + "/publish", "{}");

        WebDriver phone = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, "jumin");
        phone.findElement(By.id("go-power-lists")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-search")));
        phone.findElement(By.id("q")).sendKeys(word);
        phone.findElement(By.cssSelector("#list-search button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
        phone.findElement(By.partialLinkText(word)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("items")));
        assertThat(phone.findElement(By.id("items")).getText()).contains(word).contains("村民代表会议表决")
                .contains("（村务监督委员会）");
        assertThat(phone.findElements(By.id("publish"))).isEmpty();
    }
}

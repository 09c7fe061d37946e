package org.jiceng.people;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The grid worker, on a phone, finds a household and records that a member moved to another household. */
@AppTest
class HouseholdMoveBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void gridWorkerFindsAHouseholdAndRecordsAMembersMove() {
        Http api = Http.as(port, "wangge");
        long from = create(api, "/api/v1/households", "{\"territoryCode\":\"530326001001001\",\"address\":\"堂琅社区东风巷 17 号\"}");
        long to = create(api, "/api/v1/households", "{\"territoryCode\":\"530326001001001\",\"address\":\"堂琅社区东风巷 19 号\"}");
        create(api, "/api/v1/residents", "{\"householdId\":%d,\"name\":\"周大山\",\"relation\":\"户主\",\"idNumber\":\"%s\"}"
                .formatted(from, PeopleApiIT.newIdNumber(true)));
        create(api, "/api/v1/residents", "{\"householdId\":%d,\"name\":\"周小梅\",\"relation\":\"子女\",\"idNumber\":\"%s\"}"
                .formatted(from, PeopleApiIT.newIdNumber(false)));
        create(api, "/api/v1/residents", "{\"householdId\":%d,\"name\":\"吴海\",\"relation\":\"户主\",\"idNumber\":\"%s\"}"
                .formatted(to, PeopleApiIT.newIdNumber(true)));

        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "wangge");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-people"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys("东风巷 17");
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("东风巷 17 号"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "东风巷 17 号"));
        WebElement daughter = browser.findElements(By.cssSelector("section.member")).stream()
                .filter(s -> s.getText().contains("周小梅")).findFirst().orElseThrow();
        assertThat(daughter.getText()).contains("5303**********").doesNotContain(PeopleApiIT.SEQUENCE.toString());
        daughter.findElement(By.cssSelector("details summary")).click();
        WebElement form = daughter.findElement(By.cssSelector("form.move-form"));
        new Select(form.findElement(By.name("target"))).selectByVisibleText("堂琅社区东风巷 19 号（吴海）");
        new Select(form.findElement(By.name("relation"))).selectByVisibleText("其他");
        form.findElement(By.name("reason")).sendKeys("投亲");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已迁入户 " + to));
        assertThat(browser.findElements(By.cssSelector("section.member")).stream().map(WebElement::getText))
                .anyMatch(t -> t.contains("周大山")).noneMatch(t -> t.contains("周小梅"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("周小梅 迁出").contains("投亲");
        assertThat(api.get("/api/v1/households/" + to).body()).contains("周小梅");
    }

    private long create(Http api, String path, String json) {
        var answer = api.postJson(path, json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }
}

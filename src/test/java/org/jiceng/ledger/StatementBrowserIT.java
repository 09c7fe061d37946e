package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident of 堂琅社区, on a phone, opens the community's statement from the home page, drills down to an entry,
 * asks a question about it, and finds it among their own cases.
 */
@AppTest
class StatementBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    Journal journal;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aResidentOpensTheCommunitysStatementDrillsToAnEntryAndAsksAQuestionThatBecomesTheirCase() {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        ledgers.post(account, LocalDate.of(2025, 9, 5), "收取土地发包款", "102", "511", 1_250_000);
        ledgers.post(account, LocalDate.of(2025, 9, 12), "支付路灯维修费", "541", "102", 76_500);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/ledger/statements/" + account + "/2025-09", "{}").status())
                .isEqualTo(201);

        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "jumin");
        click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("go-ledger-statements"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "收支公示"));
        click(browser, wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href$='/ledger/statements/" + account + "/2025-09']"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain-head"), ledgers.hash(account, 2)));
        assertThat(browser.findElement(By.id("totals")).getText()).contains("13265.00");
        click(browser, browser.findElement(By.cssSelector("#line-2 a")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-title"), "支付路灯维修费"));
        assertThat(browser.findElement(By.id("postings")).getText()).contains("765.00");

        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys("路灯是哪一段修的？请公布维修清单");
        click(browser, browser.findElement(By.id("ask")));
        wait.until(ExpectedConditions.urlMatches(".*/cases/[0-9]+$"));
        long caseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/cases/", ""));
        var filed = Http.as(port, "jumin").get("/api/v1/cases/" + caseId).json();
        assertThat(filed.get("description").asString()).contains("路灯是哪一段修的").contains("第 2 笔");
        assertThat(jdbc.sql("select count(*) from ledger.statement_question where account_id = :a and seq = 2 and case_id = :c")
                .param("a", account).param("c", caseId).query(Long.class).single()).isEqualTo(1);
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}

package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 双密码 on two phones: the property company asks to pay above the threshold with the receipt photographed, the
 * owners' committee approves from its list of waiting payments, and the entry is in the journal with its voucher;
 * the supervisory committee, not named on this account, cannot even open the payment.
 */
@AppTest
class PaymentBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void thePropertyCompanyAsksTheOwnersCommitteeApprovesAndTheEntryCarriesTheReceipt() throws Exception {
        var books = new PaymentBooks(jdbc, identity);
        long account = books.account(500_00);
        books.keeper(account, "wuye", "PROPERTY_COMPANY").keeper(account, "yeweihui", "OWNERS_COMMITTEE");
        Path receipt = Files.createTempFile("receipt", ".png");
        Files.write(receipt, PaymentBooks.PNG);

        WebDriver wuye = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(wuye, Duration.ofSeconds(20));
        Browser.signIn(wuye, port, "wuye");
        click(wuye, wait.until(ExpectedConditions.elementToBeClickable(By.id("go-ledger-pay"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "提出支付"));
        new Select(wuye.findElement(By.id("accountId"))).selectByValue(String.valueOf(account));
        wuye.findElement(By.id("amount")).sendKeys("680.00");
        wuye.findElement(By.id("payee")).sendKeys("会泽县安达电梯工程有限公司");
        wuye.findElement(By.id("purpose")).sendKeys("2 栋电梯门机维修");
        selectInGroup(wuye, "subject", account, "5101");
        selectInGroup(wuye, "payFrom", account, "1002");
        wuye.findElement(By.id("file")).sendKeys(receipt.toString());
        click(wuye, wuye.findElement(By.id("submit-payment")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "待签批"));
        long id = Long.parseLong(wuye.getCurrentUrl().replaceAll(".*/ledger/payments/", ""));
        assertThat(wuye.findElements(By.id("approve"))).isEmpty();

        WebDriver yeweihui = browsers.start(Browser.PHONE);
        var wait2 = new WebDriverWait(yeweihui, Duration.ofSeconds(20));
        Browser.signIn(yeweihui, port, "yeweihui");
        click(yeweihui, wait2.until(ExpectedConditions.elementToBeClickable(By.id("go-ledger-approvals"))));
        WebElement card = wait2.until(ExpectedConditions.presenceOfElementLocated(By.id("payment-" + id)));
        assertThat(card.getText()).contains("680.00").contains("物业服务企业");
        click(yeweihui, yeweihui.findElement(By.id("approve-" + id)));
        wait2.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "已支付入账"));
        assertThat(yeweihui.findElement(By.id("notice")).getText()).contains("双密码齐全");
        assertThat(yeweihui.findElement(By.id("approvals")).getText()).contains("物业服务企业").contains("业主委员会");

        WebDriver jianwei = browsers.start(Browser.PHONE);
        Browser.signIn(jianwei, port, "jianwei");
        jianwei.get("http://localhost:" + port + "/ledger/payments/" + id);
        new WebDriverWait(jianwei, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "不存在"));
        assertThat(jianwei.getPageSource()).doesNotContain("会泽县安达电梯工程有限公司");

        long voucher = jdbc.sql("select voucher_id from ledger.payment where id = :id").param("id", id).query(Long.class).single();
        assertThat(books.entriesWithVoucher(account, voucher)).isOne();
        assertThat(jdbc.sql("select sha256 from ledger.voucher where id = :v").param("v", voucher).query(String.class).single())
                .hasSize(64);
    }

    /** Picks a subject of this account: each account's subjects are a group of the select. */
    private static void selectInGroup(WebDriver browser, String select, long account, String code) {
        WebElement option = (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const s = document.getElementById(arguments[0]);
                const account = document.querySelector('#accountId option[value="' + arguments[1] + '"]').textContent;
                const group = [...s.querySelectorAll('optgroup')].find(g => account.startsWith(g.label));
                return [...group.querySelectorAll('option')].find(o => o.value === arguments[2]);""", select,
                String.valueOf(account), code);
        ((JavascriptExecutor) browser).executeScript("arguments[0].selected = true", option);
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}

package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.visits.internal.HouseholdProjection;
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
 * The community's cadre, on a phone, records a household's figures in yuan (a mistyped amount comes back beside its
 * field with the rest as typed), sees it flagged, states why before the figures open, and names its 帮扶 contact and
 * a measure; the county administrator sees the line is still the default.
 */
@AppTest
class MonitoringBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    HouseholdProjection projection;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aCadreRecordsAFlaggedHouseholdOpensItsFiguresForAReasonAndArrangesHelp() {
        projection.refresh("530326001001");
        long household = MonitoringHouseholds.unrecorded(jdbc, "530326001001");
        int year = Beijing.today(clock).getYear() - 1;
        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "shequ");

        browser.get("http://localhost:" + port + "/visits/monitoring/new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("household-id"))).sendKeys(String.valueOf(household));
        WebElement pickYear = browser.findElement(By.id("pick-year"));
        pickYear.clear();
        pickYear.sendKeys(String.valueOf(year));
        click(browser, By.id("pick-household"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("size"))).sendKeys("2");
        browser.findElement(By.id("wage")).sendKeys("3000.5");
        browser.findElement(By.id("illness")).sendKeys("12.345");
        browser.findElement(By.id("illnessNote")).sendKeys("慢性病门诊");
        click(browser, By.id("save-figures"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("illness-error")));
        assertThat(browser.findElement(By.id("illness-error")).getText()).contains("两位小数");
        assertThat(browser.findElement(By.id("wage")).getAttribute("value")).isEqualTo("3000.5");
        assertThat(browser.findElement(By.id("illnessNote")).getAttribute("value")).isEqualTo("慢性病门诊");

        WebElement illness = browser.findElement(By.id("illness"));
        illness.clear();
        illness.sendKeys("12.34");
        click(browser, By.id("save-figures"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已预警"));
        assertThat(browser.findElement(By.id("flags")).getText()).contains("人均纯收入低于监测线");
        assertThat(browser.getPageSource()).doesNotContain("3000.50").doesNotContain("慢性病门诊");
        assertThat(browser.getCurrentUrl()).doesNotContain("3000").doesNotContain("reason");

        browser.findElement(By.id("reason")).sendKeys("入户核实收入");
        click(browser, By.id("open-figures"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("per-capita")));
        assertThat(browser.findElement(By.id("net-income")).getText()).isEqualTo("3000.50");
        assertThat(browser.findElement(By.id("per-capita")).getText()).isEqualTo("1500.25");
        assertThat(browser.findElement(By.id("figures")).getText()).contains("12.34", "慢性病门诊");
        assertThat(browser.getCurrentUrl()).doesNotContain("入户");

        browser.findElement(By.id("contact-username")).sendKeys("wangge");
        click(browser, By.id("assign-contact"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已指定帮扶联系人"));
        assertThat(browser.findElement(By.id("contact")).getText()).isEqualTo("堂琅社区网格员");

        browser.findElement(By.id("reason")).sendKeys("制定帮扶措施");
        click(browser, By.id("open-figures"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("measure-text"))).sendKeys("申请临时救助");
        click(browser, By.id("add-measure"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已添加帮扶措施"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("监测帮扶中");

        browser.get("http://localhost:" + port + "/visits/monitoring?year=" + year + "&status=MONITORED");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("households"))).getText())
                .contains("监测帮扶中", "堂琅社区网格员");
        assertThat(jdbc.sql("select count(*) from people.reveal_log where username = 'shequ' and reason in ('入户核实收入', '制定帮扶措施')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCountyAdministratorSeesTheDefaultLineAndSetsTheCountysOwn() {
        WebDriver browser = browsers.start(Browser.DESKTOP);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "admin");
        int year = Beijing.today(clock).getYear() - 5;
        browser.get("http://localhost:" + port + "/visits/monitoring/line?year=" + year);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("default-note"))).getText())
                .contains("默认值");
        WebElement line = browser.findElement(By.id("line"));
        line.clear();
        line.sendKeys("7600");
        click(browser, By.id("save-line"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "7600.00"));
        assertThat(browser.findElement(By.id("line-yuan")).getText()).isEqualTo("7600.00");
        assertThat(browser.findElements(By.id("default-note"))).isEmpty();
    }

    private static void click(WebDriver browser, By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}

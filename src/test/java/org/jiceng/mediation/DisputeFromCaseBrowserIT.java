package org.jiceng.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import tools.jackson.databind.JsonNode;

/**
 * A resident's case about a neighbour becomes a dispute: the community's cadre, on a phone, opens it from the
 * case on the dispute desk, records a session and the agreement, prints the agreement, and the case is resolved.
 */
@AppTest
class DisputeFromCaseBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void communityCadreTurnsAResidentsCaseIntoAnAgreementAndTheCaseIsResolved() throws Exception {
        JsonNode centroid = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0).get("centroid");
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "1101", "description": "隔壁邻居在公共通道堆放杂物，劝说无果", "lat": %s, "lon": %s}"""
                .formatted(centroid.get("lat").asDouble(), centroid.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long caseId = filed.json().get("id").asLong();

        WebDriver browser = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, port, "shequ");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-mediation"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-id"))).sendKeys(String.valueOf(caseId));
        browser.findElement(By.id("from-case")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "由诉求 " + caseId + " 转入调解"));
        new Select(browser.findElement(By.id("type"))).selectByValue("NEIGHBOUR");
        new Select(browser.findElement(By.id("risk"))).selectByValue("YELLOW");
        browser.findElement(By.id("title")).sendKeys("公共通道堆放杂物纠纷");
        browser.findElement(By.id("applicant")).sendKeys("居民甲");
        browser.findElement(By.id("applicant-username")).sendKeys("jumin");
        browser.findElement(By.id("respondent")).sendKeys("邻居乙");
        browser.findElement(By.id("mediator")).sendKeys("王律师");
        new Select(browser.findElement(By.id("mediator-kind"))).selectByValue("LAWYER");
        browser.findElement(By.id("mediator-organisation")).sendKeys("云南会泽律师事务所");
        click(browser, By.id("register"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已登记矛盾纠纷"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("公共通道堆放杂物纠纷");
        assertThat(browser.findElement(By.id("case-id")).getText()).isEqualTo(String.valueOf(caseId));
        assertThat(state(caseId)).isEqualTo("IN_PROGRESS");

        new Select(browser.findElement(By.id("session-mode"))).selectByValue("ONLINE");
        browser.findElement(By.id("session-notes")).sendKeys("在指尖上的移动调解室与双方沟通，邻居乙同意清理杂物");
        click(browser, By.id("save-session"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已记录调解"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("调解中");

        WebElement agreementForm = browser.findElement(By.id("agreement-form"));
        click(browser, agreementForm.findElement(By.xpath("./ancestor::details/summary")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("terms"))).sendKeys("邻居乙于三日内清理公共通道内的杂物，今后不再堆放");
        browser.findElement(By.id("performance")).sendKeys("三日内履行，社区回访");
        click(browser, By.id("save-agreement"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已达成调解协议"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("已达成协议");

        click(browser, By.id("agreement-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "人民调解协议书"));
        String page = browser.findElement(By.id("agreement")).getText();
        assertThat(page).contains("申请人：居民甲", "被申请人：邻居乙", "清理公共通道内的杂物", "调解员（签名）：王律师",
                "人民调解委员会（印章）");
        String pdfPath = URI.create(browser.findElement(By.id("pdf-link")).getAttribute("href")).getPath();
        var pdf = Http.as(port, "shequ").download(pdfPath);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("人民调解协议书", "申请人：居民甲", "被申请人：邻居乙",
                    "清理公共通道内的杂物");
        }

        assertThat(state(caseId)).isEqualTo("RESOLVED");
        assertThat(Http.as(port, "jumin").get("/api/v1/disputes").body()).contains("公共通道堆放杂物纠纷");
    }

    private String state(long caseId) {
        return Http.as(port, "shequ").get("/api/v1/cases/" + caseId).json().get("state").asString();
    }

    private static void click(WebDriver browser, By by) {
        click(browser, browser.findElement(by));
    }

    /** Scrolls the element into the middle of the phone's screen first, as a thumb would. */
    private static void click(WebDriver browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}

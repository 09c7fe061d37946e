package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 代办 from the resident's phone to the documents back in their hands, by real pages: jumin asks for the 公租房
 * application, the 代办员 checks the materials, photographs them and hands them over, the 住建局 records the result,
 * the 代办员 returns the documents, and jumin sees it done and rates it.
 */
@AppTest
class ServiceJourneyIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityApi identity;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    @Test
    void aResidentAsksOnThePhoneTheAgentCarriesItTheOfficeDecidesAndTheResidentRatesIt() throws IOException {
        long unit = identity.findByUsername("bumen").orElseThrow().unitId().orElseThrow();
        long item = new ServiceRequestItems(jdbc).item("公共租赁住房申请（旅程）", unit, "县住房和城乡建设局", 20, true,
                List.of("身份证", "户口簿", "收入证明"));
        String base = "http://localhost:" + port;

        // jumin asks on the phone
        WebDriver phone = browsers.start(Browser.PHONE);
        var phoneWait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, "jumin");
        phone.get(base + "/services/requests/new?item=" + item);
        assertThat(phone.findElement(By.id("item")).getText()).contains("公共租赁住房申请（旅程）", "20 个工作日", "收入证明");
        phone.findElement(By.id("note")).sendKeys("工作日晚上在家");
        click(phone, phone.findElement(By.id("ask")));
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已提交"));
        assertThat(phone.findElement(By.id("status")).getText()).isEqualTo("已申请");
        String page = phone.getCurrentUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        // the 代办员 finds it among the new requests, checks the materials, photographs them, hands them over
        WebDriver desk = browsers.start(Browser.PHONE);
        var deskWait = new WebDriverWait(desk, Duration.ofSeconds(20));
        Browser.signIn(desk, port, "daiban");
        desk.get(base + "/");
        click(desk, deskWait.until(ExpectedConditions.elementToBeClickable(By.id("go-service-desk"))));
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "代办工作台"));
        click(desk, desk.findElement(By.cssSelector("#fresh li[data-id='" + id + "'] a")));
        deskWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.check-materials")));
        for (WebElement box : desk.findElements(By.cssSelector("form.check-materials input[type=checkbox]"))) {
            click(desk, box);
        }
        click(desk, desk.findElement(By.cssSelector("form.check-materials button")));
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lines .state"), "材料已核"));
        Path photo = Files.createTempFile("materials", ".png");
        Files.write(photo, PNG);
        desk.findElement(By.id("file")).sendKeys(photo.toString());
        click(desk, desk.findElement(By.cssSelector("#photo-form button")));
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "材料照片已上传"));
        assertThat(desk.findElements(By.cssSelector("#photos a.photo"))).hasSize(1);
        click(desk, desk.findElement(By.cssSelector("button.hand-over")));
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lines .state"), "已交部门办理"));
        assertThat(desk.findElement(By.id("status")).getText()).isEqualTo("办理中");
        assertThat(desk.findElement(By.cssSelector("#lines .due")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");

        // jumin follows it: one status, the line with its office and deadline
        phone.navigate().refresh();
        assertThat(phone.findElement(By.id("status")).getText()).isEqualTo("办理中");
        assertThat(phone.findElement(By.id("lines")).getText()).contains("县住房和城乡建设局", "已交部门办理");
        assertThat(phone.findElement(By.id("agent")).getText()).contains("代办员");
        assertThat(phone.findElements(By.cssSelector("button.hand-over"))).isEmpty();

        // the office sees it among the lines handed to it and records the result
        WebDriver office = browsers.start(Browser.DESKTOP);
        var officeWait = new WebDriverWait(office, Duration.ofSeconds(20));
        Browser.signIn(office, port, "bumen");
        office.get(base + "/");
        click(office, officeWait.until(ExpectedConditions.elementToBeClickable(By.id("go-office-services"))));
        click(office, officeWait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#office-lines li[data-id='" + id + "'] a"))));
        WebElement decide = officeWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.decide")));
        assertThat(office.findElements(By.cssSelector("#photos a.photo"))).hasSize(1);
        decide.findElement(By.cssSelector("input[name=document]")).sendKeys("公租房资格确认通知书");
        click(office, decide.findElement(By.cssSelector("button")));
        officeWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lines .state"), "已出结果"));
        assertThat(office.findElements(By.cssSelector("button.return-documents"))).isEmpty();

        // the 代办员 gives the documents back
        desk.get(base + "/services/requests/" + id);
        assertThat(desk.findElement(By.id("status")).getText()).isEqualTo("待交还");
        assertThat(desk.findElement(By.cssSelector("#lines .result")).getText()).contains("公租房资格确认通知书");
        click(desk, desk.findElement(By.cssSelector("button.return-documents")));
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已办结"));

        // jumin sees it done and rates it 满意
        phone.navigate().refresh();
        assertThat(phone.findElement(By.id("status")).getText()).isEqualTo("已办结");
        assertThat(phone.findElement(By.id("lines")).getText()).contains("公租房资格确认通知书");
        click(phone, phone.findElement(By.id("rate-SATISFIED")));
        phone.findElement(By.id("comment")).sendKeys("不用跑腿，谢谢代办员");
        click(phone, phone.findElement(By.id("rate")));
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rated"), "满意"));
        assertThat(phone.findElements(By.id("rate-form"))).isEmpty();
        assertThat(phone.findElement(By.id("timeline")).getText())
                .contains("申请", "核对材料", "交部门办理", "办理结果", "交还证件材料", "评价");
        phone.get(base + "/services/requests");
        assertThat(phone.findElement(By.cssSelector("#requests li[data-id='" + id + "']")).getText()).contains("已办结");
        Files.deleteIfExists(photo);
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}

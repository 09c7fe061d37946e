package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Browser;
import org.jiceng.support.BrowserSession;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
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
 * The 代办 form as staff use it: the 代办员 finds the resident by the first characters of the name (htmx's fragment,
 * or the whole form sent as a plain GET without JavaScript) and files for them; another town's staff never see a
 * 古城 resident; residents and departments are refused; numbers stay masked; a refused form keeps the choice.
 */
@AppTest
class ServiceRequestPagesIT {

    static final String TANGLANG = "530326001001";
    static final String GUCHENG = "530326001";
    static final Pattern CHOICE = Pattern.compile("data-id=\"(\\d+)\"");
    static final Pattern FULL_ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx]");
    static final Pattern FULL_PHONE = Pattern.compile("(?<![0-9])1[0-9]{10}(?![0-9])");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final BrowserSession browsers = new BrowserSession();

    long resident;
    String prefix;

    /** A resident of 堂琅 whose first two characters of the name few residents of 古城街道 share (a list shows ten). */
    @BeforeEach
    void pickResident() {
        prefix = jdbc.sql("""
                        select left(name, 2) from people.resident
                        where territory_code like :town and char_length(name) >= 2
                        group by 1 having count(*) <= 5 and bool_or(territory_code like :v) order by 1 limit 1""")
                .param("town", GUCHENG + "%").param("v", TANGLANG + "%").query(String.class).single();
        resident = jdbc.sql("select min(id) from people.resident where territory_code like :v and name like :p")
                .param("v", TANGLANG + "%").param("p", prefix + "%").query(Long.class).single();
    }

    @Test
    void theAgentFindsAResidentByTwoCharactersOfTheNameAndFilesForThem() {
        Http daiban = Http.as(port, "daiban");
        var found = daiban.get("/services/requests/residents?q=" + encode(prefix));
        assertThat(found.status()).isEqualTo(200);
        assertThat(ids(found.body())).contains(resident).allSatisfy(id -> assertThat(territoryOf(id)).startsWith(TANGLANG));
        assertThat(found.body()).contains(nameOf(resident)).contains("*");
        assertMasked(found.body());
        assertThat(jdbc.sql("""
                        select count(*) from people.reveal_log where username = 'daiban' and fields = '按姓名查找'
                            and reason like '代办%' and hits > 0""").query(Long.class).single())
                .as("the search is in the personal-data access log").isPositive();

        long item = new ServiceRequestItems(jdbc).item("残疾人证办理（选人）", null, "县残联", 10, true, List.of("身份证"));
        var filed = daiban.postForm("/services/requests", form(item, resident, prefix, "上午在家"));
        assertThat(filed.status()).isEqualTo(302);
        long request = Long.parseLong(filed.location().substring(filed.location().lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select resident_id from services.request where id = :id").param("id", request)
                .query(Long.class).single()).isEqualTo(resident);
    }

    @Test
    void onThePhoneTheNamesComeUpWhileTypingAndATapChoosesTheResident() {
        long item = new ServiceRequestItems(jdbc).item("残疾人证办理（手机）", null, "县残联", 10, true, List.of("身份证"));
        WebDriver phone = browsers.start(Browser.PHONE);
        var wait = new WebDriverWait(phone, Duration.ofSeconds(20));
        Browser.signIn(phone, port, "daiban");
        phone.get("http://localhost:" + port + "/services/requests/new?item=" + item);
        phone.findElement(By.id("q")).sendKeys(prefix);
        WebElement choice = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#resident-choices label[data-id='" + resident + "']")));
        click(phone, choice);
        click(phone, phone.findElement(By.id("ask")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已提交"));
        String page = phone.getCurrentUrl();
        long request = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select resident_id from services.request where id = :id").param("id", request)
                .query(Long.class).single()).isEqualTo(resident);
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    @Test
    void withoutJavaScriptTheFormItselfListsTheResidentsAndARefusedFormKeepsTheChoice() {
        Http daiban = Http.as(port, "daiban");
        long item = new ServiceRequestItems(jdbc).item("残疾人证办理（无脚本）", null, "县残联", 10, true, List.of("身份证"));
        var searched = daiban.get("/services/requests/new?itemId=" + item + "&q=" + encode(prefix) + "&note=" + encode("带上户口簿"));
        assertThat(searched.status()).isEqualTo(200);
        assertThat(ids(searched.body())).contains(resident);
        assertThat(searched.body()).contains("带上户口簿");
        assertMasked(searched.body());

        var refused = daiban.postForm("/services/requests", form(item, resident, prefix, "长".repeat(501)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("备注最多 500 字").contains("value=\"" + prefix + "\"")
                .containsPattern("value=\"" + resident + "\"\\s+checked");
    }

    @Test
    void anotherTownsStaffNeverSeeAGuchengResident() {
        var gucheng = Http.as(port, "gucheng").get("/services/requests/residents?q=" + encode(prefix));
        assertThat(ids(gucheng.body())).contains(resident);
        var yiche = Http.as(port, "yiche").get("/services/requests/residents?q=" + encode(prefix)
                + "&residentId=" + resident);
        assertThat(yiche.status()).isEqualTo(200);
        assertThat(ids(yiche.body())).allSatisfy(id -> assertThat(territoryOf(id)).doesNotStartWith(GUCHENG));
        assertThat(ids(yiche.body())).doesNotContain(resident);   // not even when sent as the one chosen before
    }

    @Test
    void residentsAndDepartmentsAreRefusedAndOverlongNamesAreBadInput() {
        assertThat(Http.as(port, "jumin").get("/services/requests/residents?q=" + encode(prefix)).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/services/requests/residents?q=" + encode(prefix)).status()).isEqualTo(403);
        var tooLong = Http.as(port, "daiban").get("/services/requests/residents?q=" + encode("名".repeat(21)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("姓名最多 20 个字");
    }

    private static Map<String, String> form(long item, long resident, String q, String note) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("itemId", String.valueOf(item));
        form.put("q", q);
        form.put("residentId", String.valueOf(resident));
        form.put("channel", "VILLAGE_AGENCY");
        form.put("note", note);
        return form;
    }

    private static void assertMasked(String body) {
        assertThat(FULL_ID_NUMBER.matcher(body).find()).as("a full ID number in the page").isFalse();
        assertThat(FULL_PHONE.matcher(body).find()).as("a full phone number in the page").isFalse();
    }

    private static List<Long> ids(String body) {
        Matcher m = CHOICE.matcher(body);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private String territoryOf(long id) {
        return jdbc.sql("select territory_code from people.resident where id = :id").param("id", id)
                .query(String.class).single();
    }

    private String nameOf(long id) {
        return jdbc.sql("select name from people.resident where id = :id").param("id", id).query(String.class).single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit page: Chinese names, Beijing time, a filter by account, event and Beijing days, a page at a time. */
@AppTest
class AuditLogIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static boolean written;

    @BeforeAll
    static void reset() {
        written = false;
    }

    /** Entries of two test accounts at known instants: around a Beijing midnight, and more than a page of them. */
    void entries() {
        if (written) {
            return;
        }
        written = true;
        insert("audit-night", "530326001", "LOGIN", "登录成功", "2021-03-01T15:30:00Z"); // 23:30 on 1 March in Beijing
        insert("audit-night", "530326001", "LOGOUT", "退出登录", "2021-03-01T16:10:00Z"); // 00:10 on 2 March in Beijing
        insert("audit-night", "530326001", "ACCESS_DENIED", "GET /api/v1/households/7：您没有查看户籍的权限", "2021-03-02T02:00:00Z");
        insert("audit-night", "530326001", "LOGIN_FAILED", "登录失败：BadCredentialsException", "2021-03-02T03:00:00Z");
        insert("audit-elsewhere", "530326103", "LOGIN", "登录成功", "2021-03-02T03:00:00Z");
        for (int i = 0; i < 105; i++) {
            insert("audit-many", "530326001", "LOGIN", "登录成功", "2021-04-01T0" + (i % 10) + ":" + String.format("%02d", i % 60) + ":00Z");
        }
    }

    void insert(String user, String territory, String event, String detail, String at) {
        jdbc.sql("insert into identity.audit_log (at, username, territory_code, event, detail) values (cast(:at as timestamptz), :user, :territory, :event, :detail)")
                .param("at", at).param("user", user).param("territory", territory).param("event", event).param("detail", detail)
                .update();
    }

    @Test
    void entriesShowInChineseAndBeijingTimeAndTheDaysAreBeijingDays() {
        entries();
        String day = Http.as(port, "admin").get("/audit?account=audit-night&from=2021-03-02&to=2021-03-02").body();
        assertThat(rows(day)).isEqualTo(3);
        assertThat(day).contains("2021-03-02 00:10:00").contains("退出登录").doesNotContain("2021-03-01 23:30:00")
                .contains("查看户籍（GET /api/v1/households/7）").contains("登录失败：用户名或密码错误")
                .doesNotContain("BadCredentialsException").doesNotContain("<td data-label=\"事件\">LOGOUT</td>");
        assertThat(day).as("the form keeps what was asked").contains("value=\"audit-night\"").contains("value=\"2021-03-02\"");

        String first = Http.as(port, "admin").get("/audit?account=audit-night&to=2021-03-01").body();
        assertThat(rows(first)).isEqualTo(1);
        assertThat(first).contains("2021-03-01 23:30:00").contains("登录");

        String denied = Http.as(port, "admin").get("/audit?account=audit-night&action=ACCESS_DENIED").body();
        assertThat(rows(denied)).isEqualTo(1);
        assertThat(denied).contains("<option value=\"ACCESS_DENIED\" selected=\"selected\">拒绝访问</option>");
    }

    @Test
    void aLongListComesAPageAtATimeAndATownsAdministratorSeesOnlyItsTown() {
        entries();
        Http admin = Http.as(port, "admin");
        String page = admin.get("/audit?account=audit-many").body();
        assertThat(rows(page)).isEqualTo(100);
        Matcher next = Pattern.compile("id=\"next\" href=\"([^\"]+)\"").matcher(page);
        assertThat(next.find()).isTrue();
        String second = admin.get(next.group(1).replace("&amp;", "&")).body();
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second).doesNotContain("id=\"next\"");

        Http guanli = Http.as(port, "guanli");
        assertThat(rows(guanli.get("/audit?account=audit-night").body())).isEqualTo(4);
        assertThat(rows(guanli.get("/audit?account=audit-elsewhere").body())).as("迤车镇 is not 古城街道's").isZero();
        assertThat(Http.as(port, "yiche").get("/audit").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/audit").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/audit").status()).isEqualTo(403);
    }

    @Test
    void aBadDateOrAnUnknownEventIsRefusedOnTheFormAsTyped() {
        var bad = Http.as(port, "admin").get("/audit?from=2021-13-01&account=x");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("开始日期须为").contains("value=\"x\"");
        var backwards = Http.as(port, "admin").get("/audit?from=2021-03-02&to=2021-03-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("结束日期不能早于开始日期");
        assertThat(Http.as(port, "admin").get("/audit?action=DROP_TABLES").status()).isEqualTo(400);
    }

    static int rows(String html) {
        Matcher m = Pattern.compile("<tr data-event=").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

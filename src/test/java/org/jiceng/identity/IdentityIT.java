package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AppTest
class IdentityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource({
            "admin,    COUNTY_ADMIN,    530326",
            "gucheng,  TOWN_STAFF,      530326001",
            "yiche,    TOWN_STAFF,      530326103",
            "shequ,    VILLAGE_STAFF,   530326001001",
            "wangge,   GRID_WORKER,     530326001001001",
            "bumen,    DEPT_STAFF,      530326",
            "jumin,    RESIDENT,        530326001001",
            "dangjian, PARTY_ORG_ADMIN, 530326",
            "jijian,   AUDITOR,         530326"})
    void everyDemoAccountSignsInAndSeesItsRoleAndTerritory(String username, String role, String territory) {
        JsonNode me = Http.as(port, username).get("/api/v1/me").json();
        assertThat(me.get("username").asString()).isEqualTo(username);
        assertThat(me.get("roles").get(0).get("role").asString()).isEqualTo(role);
        assertThat(me.get("territory").get("code").asString()).startsWith(territory);
        assertThat(me.get("territory").get("name").asString()).isNotBlank();
    }

    @Test
    void departmentStaffCarryTheirUnit() {
        JsonNode me = Http.as(port, "bumen").get("/api/v1/me").json();
        long unit = me.get("unitId").asLong();
        JsonNode units = Http.as(port, "bumen").get("/api/v1/units?territory=530326").json().get("items");
        assertThat(units.valueStream().filter(u -> u.get("id").asLong() == unit).findFirst().orElseThrow()
                .get("name").asString()).isEqualTo("县住房和城乡建设局");
    }

    @Test
    void theTownAccountIsInGucheng() {
        JsonNode me = Http.as(port, "gucheng").get("/api/v1/me").json();
        assertThat(me.get("territory").get("name").asString()).isEqualTo("古城街道");
        assertThat(me.get("unitId").isNull()).isTrue();
    }

    @Test
    void aWrongPasswordGetsA401ProblemInChinese() {
        var answer = Http.anonymous(port).postJson("/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"nope-nope\"}");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).isEqualTo("用户名或密码错误");
    }

    @Test
    void aTokenRequestWithoutPasswordIsA400() {
        var answer = Http.anonymous(port).postJson("/api/v1/auth/token", "{\"username\":\"admin\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("密码");
    }

    @Test
    void aTokenRequestThatIsNotJsonIsA400() {
        var answer = Http.anonymous(port).postJson("/api/v1/auth/token", "username=admin");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("JSON");
    }

    @Test
    void anonymousApiCallsGet401() {
        var answer = Http.anonymous(port).get("/api/v1/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("登录");
        assertThat(Http.anonymous(port).get("/api/v1/divisions/530326").status()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIsRefused() {
        var answer = Http.anonymous(port).withToken("jc_not-a-real-token").get("/api/v1/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.detail()).contains("令牌");
    }

    @Test
    void anonymousPagesGoToTheLoginForm() {
        var answer = Http.anonymous(port).get("/territory");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/login");
    }

    @Test
    void theLoginFormSignsInWithCsrfAndShowsTheHomePage() {
        Http browser = Http.anonymous(port);
        var login = browser.formLogin("shequ", Http.DEMO_PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("error");
        var home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("堂琅社区两委").contains("村(社区)两委");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() {
        var answer = Http.anonymous(port).postForm("/login", java.util.Map.of("username", "admin", "password", Http.DEMO_PASSWORD));
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aWrongFormPasswordReturnsToTheFormWithAnError() {
        Http browser = Http.anonymous(port);
        var login = browser.formLogin("gucheng", "wrong-password");
        assertThat(login.location()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("用户名或密码错误");
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("select password_hash from identity.app_user where username = 'admin'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(Http.DEMO_PASSWORD);
    }

    @Test
    void securityEventsAreAudited() {
        Http.anonymous(port).postJson("/api/v1/auth/token", "{\"username\":\"yiche\",\"password\":\"wrong-password\"}");
        Http.as(port, "yiche");
        var events = jdbc.sql("select event from identity.audit_log where username = 'yiche'").query(String.class).list();
        assertThat(events).contains("LOGIN_FAILED", "LOGIN", "TOKEN_ISSUED");
    }

    @Test
    void scopeRefusalsAndLogoutsAreAudited() {
        Http browser = Http.anonymous(port);
        browser.formLogin("gucheng", Http.DEMO_PASSWORD);
        assertThat(browser.get("/territory/530326103").status()).isEqualTo(403);
        assertThat(Http.as(port, "gucheng").get("/api/v1/grids?village=530326103001").status()).isEqualTo(403);
        String csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(browser.get("/").body()).results().findFirst().orElseThrow().group(1);
        assertThat(browser.postForm("/logout", java.util.Map.of("_csrf", csrf)).location()).endsWith("/login?logout");

        var details = jdbc.sql("select detail from identity.audit_log where username = 'gucheng' and event = 'ACCESS_DENIED'")
                .query(String.class).list();
        assertThat(details).anyMatch(d -> d.startsWith("GET /territory/530326103"))
                .anyMatch(d -> d.startsWith("GET /api/v1/grids"));
        assertThat(jdbc.sql("select count(*) from identity.audit_log where username = 'gucheng' and event = 'LOGOUT'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void auditorsReadTheAuditLogAndOthersMayNot() {
        Http auditor = Http.anonymous(port);
        auditor.formLogin("jijian", Http.DEMO_PASSWORD);
        assertThat(auditor.get("/audit").body()).contains("审计日志").contains("LOGIN");
        Http resident = Http.anonymous(port);
        resident.formLogin("jumin", Http.DEMO_PASSWORD);
        assertThat(resident.get("/audit").status()).isEqualTo(403);
    }

    @Test
    void healthAndMetricsAndOpenApiAnswer() {
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/actuator/health").body()).contains("UP");
        assertThat(anonymous.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(anonymous.get("/v3/api-docs").body()).contains("/api/v1/grids/locate");
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}

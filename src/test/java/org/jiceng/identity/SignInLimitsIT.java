package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.identity.AccountsApiIT.GRID;
import static org.jiceng.identity.AccountsApiIT.PASSWORD;
import static org.jiceng.identity.AccountsApiIT.body;
import static org.jiceng.identity.AccountsApiIT.uniqueName;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Login throttling, token lifetime and revocation, and what sessions and headers the API leaves behind. */
@AppTest
class SignInLimitsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String newAccount() {
        String name = uniqueName("lim");
        assertThat(Http.as(port, "admin").postJson("/api/v1/accounts", body(name, PASSWORD, "GRID_WORKER", GRID))
                .status()).isEqualTo(201);
        return name;
    }

    HttpResponse<String> tokenRequest(String username, String password) {
        return RawHttp.postJson(port, "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    String token(String username) {
        var answer = tokenRequest(username, PASSWORD);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("token").asString();
    }

    static long retryAfter(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithAGrowingRetryAfterEvenForTheRightPassword() {
        String name = newAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(tokenRequest(name, "wrong-password-" + i).statusCode()).isEqualTo(401);
        }
        var locked = tokenRequest(name, PASSWORD);
        assertThat(locked.statusCode()).as("the right password during the lock").isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(locked.body()).get("detail").asString()).contains("登录失败次数过多");
        long first = retryAfter(locked);
        assertThat(first).isBetween(1L, 15 * 60L);
        long second = retryAfter(tokenRequest(name, "still-wrong-1"));
        long third = retryAfter(tokenRequest(name, "still-wrong-2"));
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);

        jdbc.sql("update identity.login_throttle set locked_until = now() - interval '1 second' where key = :k")
                .param("k", "account:" + name).update();
        assertThat(tokenRequest(name, PASSWORD).statusCode()).as("after the lock expired").isEqualTo(200);
        assertThat(tokenRequest(name, "wrong-once-more").statusCode()).as("a success reset the count").isEqualTo(401);
        assertThat(tokenRequest(name, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from identity.audit_log where username = :u and event = 'LOGIN_THROTTLED'")
                .param("u", name).query(Long.class).single()).isPositive();
    }

    @Test
    void theLoginFormSaysInChineseWhenToTryAgain() {
        String name = newAccount();
        Http browser = Http.anonymous(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.formLogin(name, "wrong-password-" + i).location()).endsWith("/login?error");
        }
        var page = browser.formLogin(name, PASSWORD);
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("登录失败次数过多").contains("后再试").contains("value=\"" + name + "\"");
        jdbc.sql("delete from identity.login_throttle where key = :k").param("k", "account:" + name).update();
    }

    @Test
    void tokensAreListedWithoutTheTokenAndARevocationHoldsFromTheNextRequest() {
        String name = newAccount();
        String first = token(name);
        String second = token(name);
        Http owner = Http.anonymous(port).withToken(first);
        JsonNode tokens = owner.get("/api/v1/me/tokens").json().get("items");
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(owner.get("/api/v1/me/tokens").body()).doesNotContain(first.substring(3)).doesNotContain(second.substring(3));
        assertThat(tokens.get(0).has("expiresAt")).isTrue();
        assertThat(tokens.valueStream().anyMatch(t -> !t.get("lastUsedAt").isNull())).isTrue();

        long secondId = tokens.valueStream().filter(t -> t.get("lastUsedAt").isNull()).findFirst().orElseThrow()
                .get("id").asLong();
        Http other = Http.anonymous(port).withToken(second);
        assertThat(other.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(owner.postJson("/api/v1/me/tokens/" + secondId + "/revoke", "").status()).isEqualTo(204);
        assertThat(other.get("/api/v1/me").status()).as("revoked at once").isEqualTo(401);
        assertThat(owner.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/me/tokens/" + secondId + "/revoke", "").status())
                .as("another's token").isEqualTo(404);
    }

    @Test
    void tokensLiveTwelveHoursNotThirtyDays() {
        var answer = JSON.readTree(tokenRequest("shequ", Http.DEMO_PASSWORD).body());
        var expires = java.time.Instant.parse(answer.get("expiresAt").asString());
        assertThat(expires).isBetween(java.time.Instant.now().plusSeconds(11 * 3600),
                java.time.Instant.now().plusSeconds(12 * 3600 + 60));
    }

    @Test
    void aCountyAdministratorRevokesAllTokensOfAnAccountAndATownAdministratorMayNot() {
        String name = newAccount();
        long id = jdbc.sql("select id from identity.app_user where username = :u").param("u", name).query(Long.class).single();
        Http user = Http.anonymous(port).withToken(token(name));
        assertThat(user.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Http.as(port, "guanli").postJson("/api/v1/accounts/" + id + "/tokens/revoke", "").status()).isEqualTo(403);
        var revoked = Http.as(port, "admin").postJson("/api/v1/accounts/" + id + "/tokens/revoke", "");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revoked").asInt()).isEqualTo(1);
        assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void disablingAnAccountEndsItsTokensAndSessions() {
        String name = newAccount();
        long id = jdbc.sql("select id from identity.app_user where username = :u").param("u", name).query(Long.class).single();
        Http api = Http.anonymous(port).withToken(token(name));
        Http browser = Http.anonymous(port);
        browser.formLogin(name, PASSWORD);
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(Http.as(port, "admin").patchJson("/api/v1/accounts/" + id, "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
        var page = browser.get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
    }

    @Test
    void anonymousAndBearerApiCallsOpenNoSession() {
        assertThat(RawHttp.get(port, "/open311/v2/services.json").headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(RawHttp.get(port, "/api/v1/me").headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID"));
        String token = JSON.readTree(tokenRequest("shequ", Http.DEMO_PASSWORD).body()).get("token").asString();
        var bearer = RawHttp.get(port, "/api/v1/me", "Authorization", "Bearer " + token);
        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(bearer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(tokenRequest("shequ", Http.DEMO_PASSWORD).headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void theSessionCookieIsSameSiteAndPagesSendASameOriginReferrerPolicy() {
        var login = RawHttp.get(port, "/login");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        String csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body()).results()
                .findFirst().orElseThrow().group(1);
        var signedIn = RawHttp.postForm(port, "/login", "username=shequ&password=" + Http.DEMO_PASSWORD + "&_csrf=" + csrf,
                "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allMatch(c -> c.contains("SameSite=Lax"));
    }
}

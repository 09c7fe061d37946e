package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.Http;
import org.jiceng.support.ProductionDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In production (a separately started PostgreSQL, as {@code platform/ProductionModeIT} does), an account whose
 * password an administrator chose does nothing before its owner has chosen their own, and the demo password
 * is refused.
 */
class FirstPasswordChangeIT {

    static ProductionDatabase database;

    @BeforeAll
    static void startTheServer() throws Exception {
        database = ProductionDatabase.start("first-password-it");
        assertThat(database.command("import-divisions", "src/main/resources/territory/530326")).isZero();
        assertThat(database.command("create-admin", "boss", "530326")).isZero();
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        database.close();
    }

    @Test
    void anAccountMadeByAnAdministratorMustChangeItsPasswordBeforeAnythingElse() {
        try (ConfigurableApplicationContext app = database.application()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Http boss = Http.anonymous(port).withToken(token(port, "boss", ProductionDatabase.ADMIN_PASSWORD));
            assertThat(boss.get("/api/v1/me").status()).as("create-admin's operator chose the password").isEqualTo(200);

            var demoPassword = boss.postJson("/api/v1/accounts", AccountsApiIT.body("demo1", Http.DEMO_PASSWORD,
                    "TOWN_STAFF", "530326001"));
            assertThat(demoPassword.status()).isEqualTo(400);
            assertThat(demoPassword.detail()).contains("演示密码");

            assertThat(boss.postJson("/api/v1/accounts", AccountsApiIT.body("clerk", "Chushi-mima-1",
                    "TOWN_STAFF", "530326001")).status()).isEqualTo(201);
            Http clerk = Http.anonymous(port).withToken(token(port, "clerk", "Chushi-mima-1"));
            var refused = clerk.get("/api/v1/divisions/530326001");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.detail()).contains("修改初始密码");

            Http browser = Http.anonymous(port);
            browser.formLogin("clerk", "Chushi-mima-1");
            var page = browser.get("/");
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.location()).endsWith("/me/password");
            String form = browser.get("/me/password").body();
            assertThat(form).contains("修改密码");
            String csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form)
                    .results().findFirst().orElseThrow().group(1);
            var changed = browser.postForm("/me/password", java.util.Map.of("_csrf", csrf,
                    "oldPassword", "Chushi-mima-1", "newPassword", "Ziji-xuan-2026", "repeat", "Ziji-xuan-2026"));
            assertThat(changed.status()).isEqualTo(302);
            assertThat(browser.get("/").status()).as("the same session goes on").isEqualTo(200);
            assertThat(clerk.get("/api/v1/divisions/530326001").status()).as("and the token too").isEqualTo(200);
        }
    }

    static String token(int port, String username, String password) {
        var answer = Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("token").asString();
    }
}

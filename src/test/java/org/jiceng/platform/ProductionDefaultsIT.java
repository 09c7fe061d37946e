package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.Http;
import org.jiceng.support.ProductionDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** In production (a database of one's own) metrics and the API description are for a county administrator only. */
class ProductionDefaultsIT {

    static ProductionDatabase database;

    @BeforeAll
    static void startTheServer() throws Exception {
        database = ProductionDatabase.start("production-defaults-it");
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        database.close();
    }

    @Test
    void metricsAndApiDocsNeedACountyAdministratorInProduction() {
        assertThat(database.command("import-divisions", "src/main/resources/territory/530326")).isZero();
        assertThat(database.command("create-admin", "boss", "530326")).isZero();
        try (ConfigurableApplicationContext app = database.application()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Http anonymous = Http.anonymous(port);
            for (String path : new String[] {"/actuator/prometheus", "/v3/api-docs", "/swagger-ui.html"}) {
                assertThat(anonymous.get(path).status()).as(path).isIn(302, 401);
            }
            assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);

            var token = anonymous.postJson("/api/v1/auth/token", "{\"username\":\"boss\",\"password\":\"a-long-secret\"}");
            assertThat(token.status()).as(token.body()).isEqualTo(200);
            Http boss = anonymous.withToken(token.json().get("token").asString());
            assertThat(boss.get("/actuator/prometheus").status()).isEqualTo(200);
            assertThat(boss.get("/v3/api-docs").status()).isEqualTo(200);
        }
    }
}

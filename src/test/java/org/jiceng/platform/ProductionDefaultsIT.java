package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jiceng.JicengApplication;
import org.jiceng.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** In production (a database of one's own) metrics and the API description are for a county administrator only. */
class ProductionDefaultsIT {

    static EmbeddedPostgres server;
    static Path serverDir;

    @BeforeAll
    static void startTheServer() throws Exception {
        Files.createDirectories(Path.of("target"));
        serverDir = Files.createTempDirectory(Path.of("target"), "production-defaults-it");
        server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        server.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(serverDir);
    }

    @Test
    void metricsAndApiDocsNeedACountyAdministratorInProduction() {
        assertThat(command("import-divisions", "src/main/resources/territory/530326")).isZero();
        assertThat(command("create-admin", "boss", "530326")).isZero();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JicengApplication.class).run(settings())) {
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

    private static int command(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of(settings())).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JicengApplication.class)
                .profiles("command").properties("spring.main.web-application-type=none").run(all)) {
            return SpringApplication.exit(context);
        }
    }

    private static String[] settings() {
        return new String[] {"--server.port=0", "--jiceng.db.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--jiceng.db.user=postgres", "--jiceng.db.password=", "--jiceng.admin.password=a-long-secret",
                "--jiceng.people.key=" + ProductionModeIT.PEOPLE_KEY};
    }
}

package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.JicengApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With JICENG_DB_URL the application uses that server, seeds nothing, and the first administrator is made
 * by the create-admin command after import-divisions. Here a separately started PostgreSQL plays the
 * production server.
 */
class ProductionModeIT {

    static final String PEOPLE_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    static EmbeddedPostgres server;
    static Path serverDir;

    @BeforeAll
    static void startTheServer() throws Exception {
        Files.createDirectories(Path.of("target"));
        serverDir = Files.createTempDirectory(Path.of("target"), "production-it");
        server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        server.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(serverDir);
    }

    @Test
    void productionSeedsNothingAndTheCommandsMakeTheFirstAdministrator() {
        try (ConfigurableApplicationContext app = application(false).run(settings())) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from identity.app_user").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from territory.division").query(Long.class).single()).isZero();
            assertThat(app.getBean(DatabaseMode.class).demo()).isFalse();
        }

        assertThat(runCommand("create-admin", "boss", "530326")).as("no divisions yet").isEqualTo(2);
        assertThat(runCommand("import-divisions", "src/main/resources/territory/530326")).isZero();
        assertThat(runCommand("create-admin", "boss", "530326")).isZero();
        assertThat(runCommand("create-admin", "boss", "530326")).as("the name is taken").isEqualTo(2);

        try (ConfigurableApplicationContext app = application(false).run(settings())) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select role from identity.role_grant g join identity.app_user u on u.id = g.user_id where u.username = 'boss'")
                    .query(String.class).single()).isEqualTo("COUNTY_ADMIN");
            assertThat(jdbc.sql("select count(*) from identity.app_user").query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void productionRefusesToStartWithoutThePersonalDataKey() {
        String[] withoutKey = java.util.Arrays.stream(settings()).filter(a -> !a.startsWith("--jiceng.people.key"))
                .toArray(String[]::new);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> application(false).run(withoutKey).close())
                .hasStackTraceContaining("JICENG_PEOPLE_KEY");
    }

    private static int runCommand(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(settings()))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = application(true).run(all)) {
            return SpringApplication.exit(context);
        }
    }

    /** As the environment variables JICENG_DB_URL … would give them: above application.yml. */
    private static String[] settings() {
        return new String[] {"--server.port=0", "--jiceng.db.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--jiceng.db.user=postgres", "--jiceng.db.password=", "--jiceng.admin.password=a-long-secret",
                "--jiceng.people.key=" + PEOPLE_KEY};
    }

    private static SpringApplicationBuilder application(boolean command) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(JicengApplication.class);
        if (command) {
            builder.profiles("command").properties("spring.main.web-application-type=none");
        }
        return builder;
    }
}

package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.JicengApplication;
import org.jiceng.support.ProductionDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With JICENG_DB_URL the application uses that server, seeds nothing, and the first administrator is made
 * by the create-admin command after import-divisions. Here a separately started PostgreSQL plays the
 * production server.
 */
class ProductionModeIT {

    static ProductionDatabase database;

    @BeforeAll
    static void startTheServer() throws Exception {
        database = ProductionDatabase.start("production-it");
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        database.close();
    }

    @Test
    void productionSeedsNothingAndTheCommandsMakeTheFirstAdministrator() {
        try (ConfigurableApplicationContext app = database.application()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from identity.app_user").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from territory.division").query(Long.class).single()).isZero();
            assertThat(app.getBean(DatabaseMode.class).demo()).isFalse();
        }

        assertThat(database.command("create-admin", "boss", "530326")).as("no divisions yet").isEqualTo(2);
        assertThat(database.command("import-divisions", "src/main/resources/territory/530326")).isZero();
        assertThat(database.command("create-admin", "boss", "530326")).isZero();
        assertThat(database.command("create-admin", "boss", "530326")).as("the name is taken").isEqualTo(2);

        try (ConfigurableApplicationContext app = database.application()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select role from identity.role_grant g join identity.app_user u on u.id = g.user_id where u.username = 'boss'")
                    .query(String.class).single()).isEqualTo("COUNTY_ADMIN");
            assertThat(jdbc.sql("select count(*) from identity.app_user").query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void productionRefusesToStartWithoutThePersonalDataKey() {
        String[] withoutKey = java.util.Arrays.stream(database.settings()).filter(a -> !a.startsWith("--jiceng.people.key"))
                .toArray(String[]::new);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SpringApplicationBuilder(JicengApplication.class).run(withoutKey).close())
                .hasStackTraceContaining("JICENG_PEOPLE_KEY");
    }
}

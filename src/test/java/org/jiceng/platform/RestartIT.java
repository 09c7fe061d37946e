package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.JicengApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database lives in JICENG_DATA_DIR: what one run wrote, the next run finds, seeded once. */
class RestartIT {

    Path dataDir;

    @BeforeEach
    void freshDataDirectory() throws Exception {
        Files.createDirectories(Path.of("target"));
        dataDir = Files.createTempDirectory(Path.of("target"), "restart-it");
    }

    @AfterEach
    void removeIt() throws Exception {
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    void dataSurvivesARestartAndTheDemoIsSeededOnlyOnce() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(count(jdbc, "identity.app_user")).isEqualTo(17);
            jdbc.sql("insert into identity.audit_log (event, detail) values ('MARK', 'written before the restart')").update();
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(count(jdbc, "identity.app_user")).isEqualTo(17);
            assertThat(count(jdbc, "territory.grid")).isEqualTo(4847);
            assertThat(count(jdbc, "territory.division")).isEqualTo(409);
            assertThat(jdbc.sql("select count(*) from identity.audit_log where event = 'MARK'").query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments outrank application.yml, as JICENG_DATA_DIR would
        return new SpringApplicationBuilder(JicengApplication.class)
                .run("--server.port=0", "--jiceng.data-dir=" + dataDir, "--jiceng.db.url=", "--jiceng.demo.year=false");
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

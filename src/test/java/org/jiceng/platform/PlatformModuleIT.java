package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform alone, which every module stands on: the embedded database starts in demo mode, each module's
 * migrations run into a schema of its own with a history of its own, and the clock is Beijing's.
 */
@ModuleTest
class PlatformModuleIT {

    static final List<String> MODULES = List.of("analytics", "cases", "deliberation", "identity", "mediation", "party",
            "people", "territory");

    final JdbcClient jdbc;
    final DatabaseMode mode;
    final Clock clock;

    PlatformModuleIT(JdbcClient jdbc, DatabaseMode mode, Clock clock) {
        this.jdbc = jdbc;
        this.mode = mode;
        this.clock = clock;
    }

    @Test
    void everyModulesMigrationsRunIntoASchemaAndAHistoryOfItsOwn() {
        assertThat(mode.demo()).isTrue();
        for (String module : MODULES) {
            Long applied = jdbc.sql("select count(*) from " + module + ".flyway_schema_history where success")
                    .query(Long.class).single();
            assertThat(applied).as(module).isPositive();
        }
        assertThat(jdbc.sql("select table_schema from information_schema.tables where table_name = 'case_file'")
                .query(String.class).list()).containsExactly("cases");
        assertThat(clock.getZone()).isEqualTo(Beijing.ZONE);
    }
}

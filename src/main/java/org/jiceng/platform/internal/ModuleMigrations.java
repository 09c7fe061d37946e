package org.jiceng.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each module owns a PostgreSQL schema named after it, migrated from {@code db/migration/<module>/} with
 * its own history table, so a module's migrations never collide with another's version numbers and
 * nobody's tables sit in someone else's namespace.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

    @Override
    public void migrate(Flyway flyway) {
        for (String module : modules()) {
            var result = Flyway.configure(getClass().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .schemas(module)
                    .defaultSchema(module)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("模块 {} 的数据库迁移：执行 {} 个，当前版本 {}", module, result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        }
    }

    static List<String> modules() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/*/V*.sql");
            TreeSet<String> modules = new TreeSet<>();
            Arrays.stream(scripts).map(ModuleMigrations::folderOf).forEach(modules::add);
            return List.copyOf(modules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String folderOf(Resource script) {
        try {
            String path = script.getURL().toString();
            String folder = path.substring(0, path.lastIndexOf('/'));
            return folder.substring(folder.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

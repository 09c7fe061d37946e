package org.jiceng.territory.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh embedded PostgreSQL in a temporary directory with the territory migrations applied, for tests
 * and benchmarks that need the real database but not the application.
 */
public final class TerritoryDatabase implements AutoCloseable {

    private final Path directory;
    private final EmbeddedPostgres postgres;
    private final DataSource dataSource;

    private TerritoryDatabase(Path directory, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.postgres = postgres;
        this.dataSource = postgres.getPostgresDatabase();
    }

    /** Started with the settings the application gives its own embedded server. */
    public static TerritoryDatabase start() throws IOException {
        Path directory = Files.createTempDirectory("jiceng-territory-pg");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        TerritoryDatabase database = new TerritoryDatabase(directory, postgres);
        Flyway.configure().dataSource(database.dataSource).schemas("territory").defaultSchema("territory")
                .createSchemas(true).locations("classpath:db/migration/territory").load().migrate();
        return database;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public long queryLong(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public String queryString(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Rows of {@code territory.division} per level (1 to 5). */
    public Map<Integer, Long> countsByLevel() throws SQLException {
        Map<Integer, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select level, count(*) from territory.division group by level")) {
            while (rs.next()) {
                counts.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /**
     * The table's content and the transactions that wrote its row versions: equal before and after an
     * operation only if that operation rewrote no row at all.
     */
    public String fingerprint() throws SQLException {
        return queryString("""
                select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) || ':'
                       || md5(coalesce(string_agg(code || '|' || name || '|' || level || '|' || coalesce(parent_code, ''),
                                                  ',' order by code), ''))
                from territory.division""");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}

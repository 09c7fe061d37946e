package org.jiceng.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jiceng.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One {@link DataSource}: the external PostgreSQL named by {@code JICENG_DB_URL}, or else an embedded
 * PostgreSQL whose cluster lives in {@code JICENG_DATA_DIR/postgres} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String DATABASE = "jiceng";

    @Bean
    DatabaseMode databaseMode(@Value("${jiceng.db.url:}") String url,
                              @Value("${jiceng.data-dir:./data}") String dataDir) {
        return new DatabaseMode(!StringUtils.hasText(url), Path.of(dataDir).toAbsolutePath().normalize());
    }

    @Bean(destroyMethod = "close")
    EmbeddedCluster embeddedCluster(DatabaseMode mode,
                                    @Value("${jiceng.db.embedded.clean:false}") boolean clean,
                                    @Value("${jiceng.db.embedded.port:0}") int port) throws IOException {
        if (!mode.embedded()) {
            return EmbeddedCluster.NONE;
        }
        Path directory = mode.dataDirectory().resolve("postgres");
        Files.createDirectories(directory);
        StalePostmaster.stopIfRunning(directory);
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                // Spring closes the server after the connection pool; a hook of its own would race it
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                // random reads a page at a time (a search's matches, a report's rows) wait on the disk, not the CPU:
                // more reads in flight and more I/O workers to issue them, as SSDs and cloud disks reward
                .setServerConfig("effective_io_concurrency", "64")
                .setServerConfig("io_workers", "6")
                // the library starts the server with -F (fsync off) and synchronous_commit off, as suits throw-away
                // test databases; here an acknowledged case must survive a power cut, not only a killed JVM, and a
                // crash of the machine must not corrupt the cluster. A later -c overrides the -F.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("内置 PostgreSQL 已启动：端口 {}，数据目录 {}（{} ms）", postgres.getPort(), directory,
                (System.nanoTime() - started) / 1_000_000);
        createDatabaseIfMissing(postgres);
        return new EmbeddedCluster(postgres);
    }

    /** With JICENG_DB_REPLICA_URL, the primary's pool routes replica reads to a second pool (ReplicaConfiguration). */
    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseMode mode, EmbeddedCluster cluster,
                          @Value("${jiceng.db.url:}") String url,
                          @Value("${jiceng.db.user:}") String user,
                          @Value("${jiceng.db.password:}") String password,
                          @Value("${jiceng.db.pool-size:16}") int poolSize,
                          @Value("${jiceng.db.replica.url:}") String replicaUrl,
                          @Value("${jiceng.db.replica.user:}") String replicaUser,
                          @Value("${jiceng.db.replica.password:}") String replicaPassword,
                          @Value("${jiceng.db.replica.pool-size:8}") int replicaPoolSize,
                          @Value("${jiceng.db.replica.retry-after:15s}") Duration retryAfter) {
        HikariConfig config = new HikariConfig();
        if (mode.embedded()) {
            config.setJdbcUrl(cluster.postgres().getJdbcUrl("postgres", DATABASE));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");   // batches become multi-row inserts
        config.setPoolName("jiceng");
        return ReplicaConfiguration.withReplica(new HikariDataSource(config), replicaUrl,
                StringUtils.hasText(replicaUser) ? replicaUser : user,
                StringUtils.hasText(replicaUser) ? replicaPassword : password, replicaPoolSize, retryAfter);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE + " template template0 encoding 'UTF8' locale 'C.UTF-8'");
                }
            }
        } catch (SQLException e) {
            throw new IOException("无法在内置 PostgreSQL 中创建数据库 " + DATABASE, e);
        }
    }

    /** The running embedded server, or none with an external database. */
    record EmbeddedCluster(EmbeddedPostgres postgres) implements AutoCloseable {
        static final EmbeddedCluster NONE = new EmbeddedCluster(null);

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}

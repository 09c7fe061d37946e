package org.jiceng.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's one {@link DataSource} when a streaming replica is configured: the primary's pool, and for
 * {@link ReplicaRouting#replicaWanted() replica reads} a second pool on the replica. When the replica cannot give a
 * connection the primary answers, the outage is logged once, and the replica is tried again after a pause, so
 * reports keep working and a dead replica costs one short connect timeout per pause, not one per query.
 */
final class ReplicaDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaDataSource.class);

    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private final Duration retryAfter;
    /** System.nanoTime() until which the replica is skipped: a pause of the machine, not a date of the product. */
    private volatile long downUntil;
    private volatile boolean down;

    ReplicaDataSource(HikariDataSource primary, HikariDataSource replica, Duration retryAfter) {
        super(primary);
        this.primary = primary;
        this.replica = replica;
        this.retryAfter = retryAfter;
    }

    /** A pool on the replica that lets the application start while the replica is down and gives up quickly. */
    static HikariDataSource replicaPool(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(true);
        config.addDataSourceProperty("ApplicationName", "jiceng-replica");
        config.setPoolName("jiceng-replica");
        return new HikariDataSource(config);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!ReplicaRouting.replicaWanted() || skippingReplica()) {
            return primary.getConnection();
        }
        Connection connection;
        try {
            connection = replica.getConnection();
        } catch (SQLException unavailable) {
            downUntil = System.nanoTime() + retryAfter.toNanos();
            if (!down) {
                down = true;
                log.warn("只读副本不可用，报表、排名、导出和搜索改读主库，{} 秒后重试：{}", retryAfter.toSeconds(),
                        unavailable.getMessage());
            }
            return primary.getConnection();
        }
        if (down) {
            down = false;
            log.info("只读副本已恢复，报表、排名、导出和搜索重新读副本");
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return primary.getConnection(username, password);
    }

    /** True while the replica is being skipped after a failed connection. */
    boolean skippingReplica() {
        return down && System.nanoTime() - downUntil < 0;
    }

    @Override
    public void close() {
        replica.close();
        primary.close();
    }
}

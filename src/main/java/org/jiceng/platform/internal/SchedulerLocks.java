package org.jiceng.platform.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across the application nodes sharing a database: a job annotated with
 * {@code @SchedulerLock} takes its row in {@code platform.shedlock} first, and a node that finds it taken skips the
 * run. The lock's expiry is compared with the database's clock, so nodes whose clocks drift apart still agree. Queue
 * drainers that claim rows with {@code FOR UPDATE SKIP LOCKED} need no lock and run on every node (docs/nodes.md);
 * ScheduledJobsTests keeps the two lists complete.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("platform.shedlock")
                .usingDbTime()
                .build());
    }
}

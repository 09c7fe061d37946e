package org.jiceng.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.jiceng.platform.ReadsReplica;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * The streaming replica (JICENG_DB_REPLICA_URL): reads marked {@link ReadsReplica} go to it, everything else to
 * the primary. Chosen explicitly rather than by read-only transactions, because the case loop's own read-only
 * transactions must see what was just written.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

    /** Wraps the primary's pool when a replica is configured; answers it unchanged otherwise. */
    static DataSource withReplica(HikariDataSource primary, String url, String user, String password, int poolSize,
                                  Duration retryAfter) {
        if (!StringUtils.hasText(url)) {
            return primary;
        }
        return new ReplicaDataSource(primary, ReplicaDataSource.replicaPool(url, user, password, poolSize), retryAfter);
    }

    /**
     * Marks the thread as a replica reader while a {@code @ReadsReplica} method runs. Ordered before the
     * transaction interceptor, so that a read-only transaction begun by the same method takes its connection from
     * the replica.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readsReplicaAdvisor() {
        ComposablePointcut marked = new ComposablePointcut(new AnnotationMatchingPointcut(ReadsReplica.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(ReadsReplica.class));
        MethodInterceptor reading = invocation -> {
            ReplicaRouting.startReading();
            try {
                return invocation.proceed();
            } finally {
                ReplicaRouting.stopReading();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(marked, reading);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return advisor;
    }

    @Bean
    OwnWritesOnPrimary ownWritesOnPrimary(@Value("${jiceng.db.replica.url:}") String url,
                                          @Value("${jiceng.db.replica.own-writes:10s}") Duration window) {
        return new OwnWritesOnPrimary(StringUtils.hasText(url), window);
    }
}

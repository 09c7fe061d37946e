package org.jiceng.people.internal.demo;

import org.jiceng.identity.IdentityApi;
import org.jiceng.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: links the resident account {@code jumin} to a resident of 堂琅社区's first grid, the 户主
 * of its first household, so that "my household" shows something. Runs after the accounts (order 20) and
 * the register (order 30) exist; a link that still points at a resident on record is left as it is.
 */
@Component
@Profile("!command")
@Order(31)
class DemoResidentLink implements ApplicationRunner {

    static final String ACCOUNT = "jumin";
    static final String GRID = "530326001001001";

    private static final Logger log = LoggerFactory.getLogger(DemoResidentLink.class);

    private final DatabaseMode mode;
    private final IdentityApi identity;
    private final JdbcClient jdbc;

    DemoResidentLink(DatabaseMode mode, IdentityApi identity, JdbcClient jdbc) {
        this.mode = mode;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        identity.findByUsername(ACCOUNT).ifPresent(account -> {
            if (account.residentId() != null && onRecord(account.residentId())) {
                return;
            }
            jdbc.sql("""
                            select r.id from people.resident r
                            where r.territory_code = :grid and r.household_id is not null
                            order by r.household_id, (r.relation = '户主') desc, r.id limit 1""")
                    .param("grid", GRID).query(Long.class).optional()
                    .ifPresent(resident -> {
                        identity.linkResident(account.id(), resident);
                        log.info("演示数据：账号 {} 已关联到网格 {} 的居民 {}", ACCOUNT, GRID, resident);
                    });
        });
    }

    private boolean onRecord(long residentId) {
        return jdbc.sql("select exists (select 1 from people.resident where id = :id)").param("id", residentId)
                .query(Boolean.class).single();
    }
}

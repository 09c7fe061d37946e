package org.jiceng.visits.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.identity.IdentityApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.visits.internal.sweep.SweepChecks;
import org.jiceng.visits.internal.sweep.SweepRequests;
import org.jiceng.visits.internal.sweep.SweepService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode with the demo year only, once: the winter check of the elderly of the demo community (seed 001's
 * 全覆盖排查), started ten days ago by the town and two thirds done by the community's staff, so its page shows
 * coverage by grid and by the cadre responsible, and the households still to see.
 */
@Component
@Profile("!command")
@Order(79)
class SweepDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SweepDemoSeeder.class);
    static final String TITLE = "冬季独居、空巢老人全覆盖排查";

    private final DatabaseMode mode;
    private final boolean enabled;
    private final String community;
    private final SweepService sweeps;
    private final SweepChecks checks;
    private final IdentityApi identity;
    private final JdbcClient jdbc;
    private final Clock clock;

    SweepDemoSeeder(DatabaseMode mode, @Value("${jiceng.demo.year:true}") boolean enabled,
                    @Value("${jiceng.demo.community:530326001001}") String community, SweepService sweeps,
                    SweepChecks checks, IdentityApi identity, JdbcClient jdbc, Clock clock) {
        this.mode = mode;
        this.enabled = enabled;
        this.community = community;
        this.sweeps = sweeps;
        this.checks = checks;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || !enabled || seeded()) {
            return;
        }
        CurrentUser town = identity.findByUsername("gucheng").orElse(null);
        CurrentUser staff = identity.findByUsername("shequ").orElse(null);
        if (town == null || staff == null) {
            return;
        }
        LocalDate today = Beijing.today(clock);
        var sweep = sweeps.start(town, new SweepRequests.NewSweep(community, TITLE,
                List.of("LIVING_ALONE_ELDERLY", "EMPTY_NEST_ELDERLY"), today.minusDays(10).toString(),
                today.plusDays(20).toString(), List.of(
                        new SweepRequests.ChecklistItem("取暖设施是否安全", "YES_NO"),
                        new SweepRequests.ChecklistItem("用电用气是否安全", "YES_NO"),
                        new SweepRequests.ChecklistItem("有无就医或生活困难", "TEXT"))));
        List<Long> targets = jdbc.sql("select household_id from visits.sweep_target where sweep_id = :id order by household_id")
                .param("id", sweep.id()).query(Long.class).list();
        int done = 0;
        for (int i = 0; i < targets.size(); i++) {
            if (i % 3 == 2) {
                continue;   // a third still to see
            }
            boolean trouble = i % 11 == 0;
            checks.record(staff, sweep.id(), new SweepRequests.NewCheck(
                    UUID.nameUUIDFromBytes(("demo-sweep-" + targets.get(i)).getBytes()).toString(), targets.get(i),
                    List.of(trouble ? "NO" : "YES", "YES", trouble ? "取暖炉老旧，已提醒子女更换" : "无"),
                    trouble ? "需回访" : "", null, null, trouble, null));
            done++;
        }
        log.info("演示数据：{} 已开始，{} 户中已排查 {} 户", TITLE, targets.size(), done);
    }

    private boolean seeded() {
        return jdbc.sql("select exists (select 1 from visits.sweep where title = :title)")
                .param("title", TITLE).query(Boolean.class).single();
    }
}

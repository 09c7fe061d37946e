package org.jiceng.party.internal.demo;

import java.time.Clock;
import org.jiceng.Beijing;
import org.jiceng.party.internal.branchlife.BranchLifeDemoData;
import org.jiceng.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only: 堂琅社区's branches get this year's meetings and 党费, once, after their members exist. */
@Component
@Profile("!command")
@Order(45)
class BranchLifeDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BranchLifeDemoSeeder.class);
    static final String VILLAGE = "530326001001";

    private final DatabaseMode mode;
    private final BranchLifeDemoData data;
    private final Clock clock;

    BranchLifeDemoSeeder(DatabaseMode mode, BranchLifeDemoData data, Clock clock) {
        this.mode = mode;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || !data.empty()) {
            return;
        }
        int meetings = data.seed(VILLAGE, Beijing.today(clock));
        if (meetings > 0) {
            log.info("演示数据：堂琅社区党支部的三会一课与主题党日 {} 次及本年党费", meetings);
        }
    }
}

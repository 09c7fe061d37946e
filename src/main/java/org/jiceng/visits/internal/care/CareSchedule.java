package org.jiceng.visits.internal.care;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.coverage.CoverageWarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (Beijing time) brings each county's households in from the register, its care plans in line with
 * them and its coverage figures up to date, so a household newly tagged 独居老人 has its plan by morning. {@link CarePlans#ensureFor} is idempotent and
 * the plan table's unique active index keeps two nodes running it at once from making two plans.
 */
@Component
class CareSchedule {

    private static final Logger log = LoggerFactory.getLogger(CareSchedule.class);

    private final HouseholdProjection households;
    private final CarePlans plans;
    private final CoverageWarmUp coverage;
    private final List<String> counties;

    CareSchedule(HouseholdProjection households, CarePlans plans, CoverageWarmUp coverage,
                 @Value("${jiceng.visits.counties:${jiceng.demo.county:530326}}") List<String> counties) {
        this.households = households;
        this.plans = plans;
        this.coverage = coverage;
        this.counties = List.copyOf(counties);
    }

    @Scheduled(cron = "${jiceng.visits.care-plan-sweep:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "visits.care-plans", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void nightly() {
        for (String county : counties) {
            try {
                households.refresh(county);
                CarePlans.Ensured done = plans.ensureFor(county);
                log.info("一人一策 {}：新建 {}，变更 {}，关闭 {}，落实责任人 {}", county, done.created(), done.changed(),
                        done.closed(), done.assigned());
                coverage.warm(county);   // after the plans, so the day's figures count them
            } catch (RuntimeException e) {
                // one county's failure must not keep the others' plans from being brought in line
                log.warn("一人一策 {} 未能更新：{}", county, e.getMessage());
            }
        }
    }
}

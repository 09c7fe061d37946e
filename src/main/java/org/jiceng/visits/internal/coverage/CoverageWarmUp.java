package org.jiceng.visits.internal.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A new Beijing day makes every grid's as-of-today figures stale, and the first reader would pay for recomputing a
 * whole county (seconds at 300,000 households). So the tallies are brought up to date each night, after the care
 * plans have been brought in line, and at start-up, before anyone asks.
 */
@Component
class CoverageWarmUp {

    private static final Logger log = LoggerFactory.getLogger(CoverageWarmUp.class);

    private final CoverageTallies tallies;
    private final Clock clock;
    private final List<String> counties;

    CoverageWarmUp(CoverageTallies tallies, Clock clock,
                   @Value("${jiceng.visits.counties:${jiceng.demo.county:530326}}") List<String> counties) {
        this.tallies = tallies;
        this.clock = clock;
        this.counties = List.copyOf(counties);
    }

    @Scheduled(cron = "${jiceng.visits.coverage-warm-up:0 0 3 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        LocalDate today = Beijing.today(clock);
        for (String county : counties) {
            long started = System.nanoTime();
            try {
                tallies.refresh(county, today, today.withDayOfMonth(1));
                log.info("走访覆盖统计 {} 已更新（{} ms）", county, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                // a county that fails now is recomputed by its first reader instead
                log.warn("走访覆盖统计 {} 未能预先更新：{}", county, e.getMessage());
            }
        }
    }
}

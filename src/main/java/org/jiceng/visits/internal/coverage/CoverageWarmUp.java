package org.jiceng.visits.internal.coverage;

import java.time.Clock;
import java.time.LocalDate;
import org.jiceng.Beijing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A new Beijing day makes every grid's as-of-today figures stale, and the first reader would pay for recomputing a
 * whole county (seconds at 300,000 households). The nightly run of the visits module calls {@link #warm} after it has
 * brought the care plans in line, so nobody's first read of the day pays for it.
 */
@Component
public class CoverageWarmUp {

    private static final Logger log = LoggerFactory.getLogger(CoverageWarmUp.class);

    private final CoverageTallies tallies;
    private final Clock clock;

    CoverageWarmUp(CoverageTallies tallies, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
    }

    /** Recomputes the county's stale grids for today and this month. */
    public void warm(String county) {
        LocalDate today = Beijing.today(clock);
        long started = System.nanoTime();
        tallies.refresh(county, today, today.withDayOfMonth(1));
        log.info("走访覆盖统计 {} 已更新（{} ms）", county, (System.nanoTime() - started) / 1_000_000);
    }
}

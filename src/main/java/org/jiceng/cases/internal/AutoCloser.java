package org.jiceng.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** A reply nobody rated within 7 days closes (DESIGN §4), counted as unrated; one transaction per case. */
@Component
public class AutoCloser {

    private final CaseRepository cases;
    private final CaseMover mover;
    private final Duration wait;

    private final boolean scheduled;
    private final Clock clock;

    AutoCloser(CaseRepository cases, CaseMover mover, @Value("${jiceng.cases.rating-wait:P7D}") Duration wait,
               @Value("${jiceng.cases.background-sweeps:true}") boolean scheduled, Clock clock) {
        this.clock = clock;
        this.scheduled = scheduled;
        this.cases = cases;
        this.mover = mover;
        this.wait = wait;
    }

    @Scheduled(fixedDelayString = "${jiceng.cases.auto-close-sweep:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "cases.auto-close", lockAtMostFor = "PT10M")
    void scheduledSweep() {
        if (scheduled) {
            sweep();
        }
    }

    public int sweep() {
        int closed = 0;
        List<Long> due;
        do {
            due = cases.unratedRepliesBefore(clock.instant().minus(wait), 200);
            for (long id : due) {
                try {
                    mover.autoClose(id);
                    closed++;
                } catch (org.springframework.dao.OptimisticLockingFailureException rated) {
                    // the reporter rated at this very moment: their rating stands
                }
            }
        } while (due.size() == 200);
        return closed;
    }
}

package org.jiceng.analytics.internal;

import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Receives the case loop's events for the three rates. Each one is queued in the transaction that files or
 * moves the case, so it is kept exactly when the move is, and {@link ThreeRatesFolder} folds the queue into the
 * counters in batches. Why not an {@code @ApplicationModuleListener}: the publication registry spends an insert,
 * two updates and a transaction of the listener's own on every event and listener (ten commits a filed case with
 * this and the notifier, measured; docs/benchmarks.md, issue 4), and every case would lock the counters' few hot rows.
 */
@Component
class ThreeRatesProjection {

    private final CaseEventQueue queue;

    ThreeRatesProjection(CaseEventQueue queue) {
        this.queue = queue;
    }

    @EventListener
    void on(CaseFiled filed) {
        queue.add(filed);
    }

    @EventListener
    void on(CaseMoved moved) {
        queue.add(moved);
    }
}

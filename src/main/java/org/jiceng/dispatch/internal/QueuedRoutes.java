package org.jiceng.dispatch.internal;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties {@link RouteQueue}: each case routed and its queue row deleted in one transaction, so a crash leaves the
 * row to be taken again and a routed case is never routed twice. A case whose routing fails (a person acted on it at
 * the same moment, say) is tried again on the next round and left to a person after {@link RouteQueue#MAX_ATTEMPTS}.
 */
@Component
class QueuedRoutes {

    private static final Logger log = LoggerFactory.getLogger(QueuedRoutes.class);

    private final RouteQueue queue;
    private final AutoRouter router;
    private final TransactionTemplate transaction;

    QueuedRoutes(RouteQueue queue, AutoRouter router, TransactionTemplate transaction) {
        this.queue = queue;
        this.router = router;
        this.transaction = transaction;
    }

    /** At most 200 cases a round, so that the scheduler's other work goes on. */
    // runs on every node at once, unlocked: RouteQueue.take claims a case with FOR UPDATE SKIP LOCKED
    @Scheduled(fixedDelayString = "${jiceng.dispatch.route-interval:PT0.5S}", initialDelayString = "PT3S")
    void routeQueued() {
        for (int i = 0; i < 200; i++) {
            AtomicReference<RouteQueue.Queued> taken = new AtomicReference<>();
            try {
                transaction.executeWithoutResult(s -> queue.take().ifPresent(q -> {
                    taken.set(q);
                    router.route(q.caseId(), q.townCode());
                    queue.delete(q.id());
                }));
            } catch (RuntimeException failed) {
                failed(taken.get(), failed);
                return;   // the next round tries again, after the scheduler's delay
            }
            if (taken.get() == null) {
                return;
            }
        }
    }

    private void failed(RouteQueue.Queued queued, RuntimeException failed) {
        // the class and the case only: a database message may quote the case's text
        if (queued == null) {
            log.warn("智能分派：读取待分派队列失败（{}），稍后重试", failed.getClass().getName());
            return;
        }
        boolean givenUp = Boolean.TRUE.equals(transaction.execute(s -> queue.failed(queued.id())));
        log.warn("智能分派：案件 {} 未能自动分派（{}），{}", queued.caseId(), failed.getClass().getName(),
                givenUp ? "已留给人工分派" : "下一轮重试");
    }
}

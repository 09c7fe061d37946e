package org.jiceng.search.internal;

import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseRecategorised;
import org.jiceng.cases.CaseVisibilityChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a case for the index in the transaction that filed, moved or re-published it, so the queue row is kept
 * exactly when the change is. Why not an {@code @ApplicationModuleListener}: the publication registry spends an
 * insert, two updates and a transaction of its own on every event (the three rates' projection measured it,
 * docs/benchmarks.md, issue 4); a queue row written at the commit costs one statement per filing transaction, and
 * {@link Indexer} reads the cases of a whole batch at once.
 */
@Component
class CaseChanges {

    private final PendingQueue queue;

    CaseChanges(PendingQueue queue) {
        this.queue = queue;
    }

    @EventListener
    void on(CaseFiled filed) {
        queue.add(SearchKind.CASE, filed.facts().caseId());
    }

    @EventListener
    void on(CaseMoved moved) {
        queue.add(SearchKind.CASE, moved.facts().caseId());
    }

    @EventListener
    void on(CaseVisibilityChanged changed) {
        queue.add(SearchKind.CASE, changed.caseId());
    }

    @EventListener
    void on(CaseRecategorised changed) {
        queue.add(SearchKind.CASE, changed.caseId());   // the title names the category
    }
}

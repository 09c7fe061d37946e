package org.jiceng.cases.internal;

import java.time.Duration;
import java.util.Optional;
import org.jiceng.cases.CaseView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filings from requests arriving together are committed together ({@link GroupCommit}): at hundreds of filings a
 * second a transaction of its own for each cost PostgreSQL six times the CPU of a shared one (docs/benchmarks.md).
 * A filing made inside a transaction (a patrol report closed on the spot, a meeting's resolution) is written in
 * that transaction instead, so that it commits or rolls back with the rest of it.
 */
@Component
class FilingQueue implements SmartLifecycle {

    private final FilingWriter writer;
    private final GroupCommit<FilingWriter.Filing, Optional<CaseView>> commits;
    private final int threads;
    private volatile boolean running;

    FilingQueue(FilingWriter writer, PlatformTransactionManager transactions,
                @Value("${jiceng.cases.intake-writers:1}") int threads, @Value("${jiceng.cases.intake-batch:64}") int batch,
                @Value("${jiceng.cases.intake-patience:PT30S}") Duration patience) {
        this.writer = writer;
        this.threads = threads;
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        this.commits = new GroupCommit<>("intake-writer", batch, patience, filings -> transaction.execute(status -> writer.write(filings)));
    }

    /** The case as stored; empty for another system's order stored already. */
    Optional<CaseView> file(FilingWriter.Filing filing) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return writer.write(java.util.List.of(filing)).getFirst();
        }
        return commits.submit(filing);
    }

    @Override
    public void start() {
        commits.start(threads);
        running = true;
    }

    @Override
    public void stop() {
        try {
            commits.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before the web server takes requests, stopped after it has finished them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}

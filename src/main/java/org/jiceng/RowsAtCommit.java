package org.jiceng;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction collects and writes in one statement just before it commits, instead of one statement a
 * row: the inbox messages and queued events of a batch of filings cost one round trip each (measured: a statement
 * costs PostgreSQL about as much CPU as the rows it writes, see docs/benchmarks.md). A failing write rolls the
 * transaction back like any other statement of it. Outside a transaction the row is written at once. The rows are
 * not readable in their own transaction before it commits; nothing reads them there.
 *
 * @param <R> the row
 */
public final class RowsAtCommit<R> {

    private final Consumer<List<R>> writer;

    /** @param writer writes the rows, in the order they were added, with one statement */
    public RowsAtCommit(Consumer<List<R>> writer) {
        this.writer = writer;
    }

    @SuppressWarnings("unchecked")
    public void add(R row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            writer.accept(List.of(row));
            return;
        }
        // kept in the synchronization (not a bound resource) so that a suspended transaction keeps its own rows
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending<?> pending && pending.owner == this) {
                ((Pending<R>) pending).rows.add(row);
                return;
            }
        }
        Pending<R> pending = new Pending<>(this);
        pending.rows.add(row);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    private static final class Pending<R> implements TransactionSynchronization {

        private final RowsAtCommit<R> owner;
        private final List<R> rows = new ArrayList<>();

        Pending(RowsAtCommit<R> owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!rows.isEmpty()) {
                List<R> written = List.copyOf(rows);
                rows.clear();
                owner.writer.accept(written);
            }
        }
    }
}

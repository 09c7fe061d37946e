package org.jiceng.search.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index level with the records: empties the queue of changed records in batches (each batch one
 * transaction: read the records from their modules, write the documents, delete the queue rows, so a crash
 * rolls the batch back and it is indexed again), and rebuilds everything from the modules' public APIs. Both take
 * the writers' lock before they read, so whoever writes second has read second.
 */
@Service
public class Indexer {

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final Map<SearchKind, SearchSource> sources = new EnumMap<>(SearchKind.class);
    private final PendingQueue queue;
    private final DocumentRepository documents;
    private final TransactionTemplate transaction;
    private final int batchSize;
    /** The kinds and ids of the batch being indexed, for the log line of a failure (never their text). */
    private volatile String lastBatch = "";

    Indexer(List<SearchSource> sources, PendingQueue queue, DocumentRepository documents, TransactionTemplate transaction,
            @Value("${jiceng.search.index-batch:500}") int batchSize) {
        sources.forEach(s -> this.sources.put(s.kind(), s));
        this.queue = queue;
        this.documents = documents;
        this.transaction = transaction;
        this.batchSize = batchSize;
    }

    /** Indexes what is queued, at most 100 batches at a time so that the scheduler's other work goes on. */
    // runs on every node at once, unlocked: PendingQueue.take claims records with FOR UPDATE SKIP LOCKED
    @Scheduled(fixedDelayString = "${jiceng.search.index-interval:PT0.5S}", initialDelayString = "PT3S")
    public void indexQueued() {
        try {
            for (int i = 0; i < 100 && Boolean.TRUE.equals(transaction.execute(s -> indexBatch())); i++) {
                // next batch
            }
        } catch (ConcurrencyFailureException raced) {
            log.info("全文检索：一批记录与另一写入者相撞（{}），下次重试", raced.getClass().getSimpleName());
        } catch (RuntimeException failed) {
            // the class and the records only: a database message may quote a row's text (a name, an address)
            log.warn("全文检索：一批记录未能编入索引（{}），下次重试：{}", failed.getClass().getName(), lastBatch);
        }
    }

    /** One batch of the queue in the caller's transaction; false when the queue was empty. */
    boolean indexBatch() {
        documents.lockWriters();
        List<PendingQueue.Pending> batch = queue.take(batchSize);
        if (batch.isEmpty()) {
            return false;
        }
        lastBatch = describe(batch);
        Map<SearchKind, Set<Long>> byKind = new EnumMap<>(SearchKind.class);
        batch.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new HashSet<>()).add(p.recordId()));
        byKind.forEach((kind, ids) -> {
            List<SearchDocument> found = sources.get(kind).documents(ids);
            Set<Long> gone = new HashSet<>(ids);
            found.forEach(d -> gone.remove(d.recordId()));
            documents.upsert(found);
            documents.delete(kind, gone);
        });
        queue.delete(batch);
        return true;
    }

    /** A batch as its records' kinds and ids, the first ten of them: enough to find them, nothing they say. */
    static String describe(List<PendingQueue.Pending> batch) {
        String shown = String.join(", ", batch.stream().limit(10).map(p -> p.kind() + " " + p.recordId()).toList());
        return batch.size() > 10 ? shown + " … (" + batch.size() + ")" : shown;
    }

    /** Rebuilds every kind's documents from its module, reporting the count after each batch; answers the total. */
    public long rebuild(LongConsumer progress) {
        return rebuild(sources.keySet(), progress);
    }

    /** Rebuilds these kinds' documents only. */
    long rebuild(java.util.Collection<SearchKind> kinds, LongConsumer progress) {
        long total = 0;
        for (SearchSource source : kinds.stream().map(sources::get).toList()) {
            long after = 0;
            while (true) {
                final long from = after;
                List<SearchDocument> batch = transaction.execute(s -> {
                    documents.lockWriters();
                    List<SearchDocument> read = source.after(from, batchSize);
                    documents.upsert(read);
                    return read;
                });
                if (batch == null || batch.isEmpty()) {
                    break;
                }
                after = batch.getLast().recordId();
                total += batch.size();
                progress.accept(total);
            }
        }
        return total;
    }

    /** The kinds and how many documents of each the index holds. */
    public Map<SearchKind, Long> counts() {
        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        sources.keySet().forEach(k -> counts.put(k, documents.count(k)));
        return counts;
    }

    long queued() {
        return queue.size();
    }

    List<SearchKind> kinds() {
        return new ArrayList<>(sources.keySet());
    }
}

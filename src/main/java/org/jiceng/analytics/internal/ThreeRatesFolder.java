package org.jiceng.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the queued events into the tracks and counters: per batch one transaction locks the tracks of the
 * batch's cases, applies each case's events in order ({@link ThreeRatesTally}), writes the changed tracks,
 * deletes the events and adds the summed differences to the counters in one statement (keys in order, so two
 * folders cannot deadlock). A crash rolls the batch back and it is folded again; two folders take different
 * events (skip locked) and the track locks put one case's events one after the other, in any order the tally
 * accepts.
 */
@Component
class ThreeRatesFolder {

    private static final Logger log = LoggerFactory.getLogger(ThreeRatesFolder.class);

    private final CaseEventQueue queue;
    private final TrackRepository tracks;
    private final CounterRepository counters;
    private final TransactionTemplate transaction;
    private final int batchSize;

    ThreeRatesFolder(CaseEventQueue queue, TrackRepository tracks, CounterRepository counters, TransactionTemplate transaction,
                     @Value("${jiceng.analytics.fold-batch:500}") int batchSize) {
        this.queue = queue;
        this.tracks = tracks;
        this.counters = counters;
        this.transaction = transaction;
        this.batchSize = batchSize;
    }

    /** Folds until the queue is empty, at most 100 batches at a time so that the scheduler's other work goes on. */
    // runs on every node at once, unlocked: CaseEventQueue.take claims events with FOR UPDATE SKIP LOCKED
    @Scheduled(fixedDelayString = "${jiceng.analytics.fold-interval:PT0.2S}", initialDelayString = "PT5S")
    void foldQueued() {
        try {
            for (int i = 0; i < 100 && Boolean.TRUE.equals(transaction.execute(s -> foldBatch())); i++) {
                // next batch
            }
        } catch (ConcurrencyFailureException raced) {
            log.info("{}", raced.getMessage());   // the batch is folded again at the next run
        } catch (RuntimeException failed) {
            log.warn("三率：一批事件汇总失败，逐条重试以隔离出错的事件", failed);
            foldOneByOne();
        }
    }

    /** One batch in the caller's transaction; false when there was nothing to fold. */
    boolean foldBatch() {
        List<CaseEventQueue.Queued> batch = queue.take(batchSize);
        if (batch.isEmpty()) {
            return false;
        }
        fold(batch);
        return true;
    }

    /** After a failed batch: each waiting event in its own transaction; one that fails alone is parked. */
    private void foldOneByOne() {
        List<CaseEventQueue.Queued> waiting = transaction.execute(s -> queue.take(batchSize));
        for (CaseEventQueue.Queued q : waiting == null ? List.<CaseEventQueue.Queued>of() : waiting) {
            try {
                transaction.executeWithoutResult(s -> {
                    List<CaseEventQueue.Queued> one = queue.takeOne(q.id());
                    if (!one.isEmpty()) {
                        fold(one);
                    }
                });
            } catch (ConcurrencyFailureException raced) {
                return;   // another folder is at work: the next run goes on
            } catch (RuntimeException failed) {
                log.error("三率：事件 {}（诉求 {}）无法汇总，已搁置：{}", q.id(), q.caseId(), failed.toString());
                transaction.executeWithoutResult(s -> queue.park(q.id(), failed.toString()));
            }
        }
    }

    /** Folds these events into the tracks and counters and deletes them, in the caller's transaction. */
    private void fold(List<CaseEventQueue.Queued> batch) {
        Map<Long, List<Object>> byCase = new LinkedHashMap<>();
        batch.forEach(q -> byCase.computeIfAbsent(q.caseId(), id -> new ArrayList<>()).add(queue.event(q)));
        Map<Long, CaseTrack> stored = tracks.lockAll(byCase.keySet());
        List<CaseTrack> created = new ArrayList<>();
        List<CaseTrack> changed = new ArrayList<>();
        SortedMap<CounterKey, Counts> delta = new TreeMap<>();
        byCase.forEach((caseId, events) -> {
            CaseTrack before = stored.get(caseId);
            CaseTrack after = before;
            for (Object event : events) {
                after = event instanceof CaseFiled filed ? ThreeRatesTally.fold(after, filed)
                        : ThreeRatesTally.fold(after, (CaseMoved) event);
            }
            if (before == null) {
                created.add(after);
            } else if (!after.equals(before)) {
                changed.add(after);
            }
            ThreeRatesTally.delta(before, after).forEach((key, change) -> delta.merge(key, change, Counts::plus));
        });
        tracks.insertAll(created);
        tracks.updateAll(changed);
        queue.delete(batch);
        counters.addAll(delta);   // last: the counters' few rows stay locked only until the commit
    }
}

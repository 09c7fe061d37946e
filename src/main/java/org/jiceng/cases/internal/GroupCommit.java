package org.jiceng.cases.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jiceng.BusyException;

/**
 * Group commit: requests that arrive together are written together, in one transaction, by writer threads, and
 * each caller gets its answer when that transaction has committed — nothing is acknowledged before it is durable.
 * When a batch fails, its items are written again one by one, so that a bad item fails alone and the others
 * still go through. While the writers are stopped (start-up, shutdown), items are written in the caller's thread.
 * A caller that has waited {@code patience} while its item is still queued withdraws it and is told that nothing
 * was written ({@link BusyException}); an item a writer has already taken is waited for to the end, so that no
 * caller is ever told "failed" of an item that then commits.
 *
 * @param <I> what is written
 * @param <O> the answer for one item
 */
final class GroupCommit<I, O> {

    private record Pending<I, O>(I item, CompletableFuture<O> answer) {
    }

    private final String name;
    private final int maxBatch;
    private final Duration patience;
    private final Function<List<I>, List<O>> write;
    private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean open;

    /**
     * @param patience how long an item may wait in the queue before its caller gives up
     * @param write writes the items in one transaction of its own and answers them in the same order
     */
    GroupCommit(String name, int maxBatch, Duration patience, Function<List<I>, List<O>> write) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.patience = patience;
        this.write = write;
    }

    synchronized void start(int threads) {
        open = true;
        for (int i = 1; i <= threads; i++) {
            Thread writer = Thread.ofPlatform().name(name + "-" + i).daemon().start(this::drain);
            writers.add(writer);
        }
    }

    /** Stops taking new items; the writers finish what is queued. */
    synchronized void stop() throws InterruptedException {
        open = false;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(60));
        }
        writers.clear();
        drainHere();   // anything queued in the moment between the check and the stop
    }

    /** Writes the item with whatever else is waiting and answers it once committed; the write's own failure is thrown. */
    O submit(I item) {
        if (!open) {
            return write.apply(List.of(item)).getFirst();
        }
        Pending<I, O> pending = new Pending<>(item, new CompletableFuture<>());
        queue.add(pending);
        if (!open) {
            drainHere();
        }
        try {
            try {
                return pending.answer().get(patience.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (queue.remove(pending)) {
                    throw new BusyException("系统繁忙，本次提交未能在 " + patience.toSeconds() + " 秒内写入，未作登记，请稍后重试");
                }
                return pending.answer().get();   // a writer has it: its commit or failure is the answer
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("等待写入时被中断：" + name, e);
        }
    }

    private void drain() {
        while (open || !queue.isEmpty()) {
            try {
                Pending<I, O> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Pending<I, O>> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, maxBatch - 1);
                    writeAll(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drainHere() {
        List<Pending<I, O>> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.forEach(p -> writeAll(List.of(p)));
    }

    private void writeAll(List<Pending<I, O>> batch) {
        try {
            List<O> answers = write.apply(batch.stream().map(Pending::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException | Error failure) {
            if (batch.size() == 1) {
                batch.getFirst().answer().completeExceptionally(failure);
                return;
            }
            for (Pending<I, O> one : batch) {
                writeAll(List.of(one));
            }
        }
    }
}

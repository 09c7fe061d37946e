package org.jiceng.platform.internal;

import java.util.function.Supplier;

/**
 * Which database the current thread's next connection comes from: the replica while a {@code @ReadsReplica}
 * method runs, unless the thread is pinned to the primary (a request from someone who just wrote).
 */
public final class ReplicaRouting {

    private static final ThreadLocal<Integer> READING = ThreadLocal.withInitial(() -> 0);
    private static final ThreadLocal<Boolean> PINNED = ThreadLocal.withInitial(() -> false);

    private ReplicaRouting() {
    }

    /** True when a connection opened now may come from the replica. */
    public static boolean replicaWanted() {
        return READING.get() > 0 && !PINNED.get();
    }

    /** Runs {@code work} as a replica read (nested calls stay replica reads). */
    public static <T> T reading(Supplier<T> work) {
        startReading();
        try {
            return work.get();
        } finally {
            stopReading();
        }
    }

    /** Runs {@code work} on the primary even where it would read the replica: read-your-own-writes. */
    public static <T> T onPrimary(Supplier<T> work) {
        boolean before = pin(true);
        try {
            return work.get();
        } finally {
            pin(before);
        }
    }

    static void startReading() {
        READING.set(READING.get() + 1);
    }

    static void stopReading() {
        int depth = READING.get() - 1;
        if (depth <= 0) {
            READING.remove();
        } else {
            READING.set(depth);
        }
    }

    /** Pins the thread to the primary (or not); answers whether it was pinned before. */
    static boolean pin(boolean pinned) {
        boolean before = PINNED.get();
        if (pinned) {
            PINNED.set(true);
        } else {
            PINNED.remove();
        }
        return before;
    }
}

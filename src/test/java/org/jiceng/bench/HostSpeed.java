package org.jiceng.bench;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How fast this machine is right now, by two fixed pieces of single-threaded work, each timed three times and the
 * best kept: SHA-256 over 64 MiB (the core's arithmetic) and a chain of dependent loads at random places in 64 MiB
 * (the memory's latency, which neighbours on a shared host drive up while the core's arithmetic keeps its speed).
 * No counter inside a virtual machine shows those neighbours (the steal time stays near zero here); the figures
 * printed beside a benchmark's rates let runs of different hours be compared.
 */
final class HostSpeed {

    private HostSpeed() {
    }

    /** MiB hashed a second on one thread, the best of three. */
    static double mibPerSecond() throws Exception {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 7);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        double best = 0;
        for (int round = 0; round < 4; round++) {   // the first round compiles the loop
            long started = System.nanoTime();
            for (int i = 0; i < 64; i++) {
                sha.update(block);
            }
            sha.digest();
            double rate = 64 / ((System.nanoTime() - started) / 1e9);
            best = round == 0 ? 0 : Math.max(best, rate);
        }
        return best;
    }

    /** Nanoseconds a load takes when each load's address is the value of the one before, over 64 MiB; best of three. */
    static double memoryLatencyNanos() {
        int[] next = randomCycle(16 << 20);
        double best = Double.MAX_VALUE;
        int at = 0;
        for (int round = 0; round < 4; round++) {   // the first round compiles the loop and faults the pages in
            int steps = 4_000_000;
            long started = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                at = next[at];
            }
            double nanos = (System.nanoTime() - started) / (double) steps;
            best = round == 0 ? best : Math.min(best, nanos);
        }
        if (at < 0) {
            throw new IllegalStateException();   // keeps the chain from being optimised away
        }
        return best;
    }

    /** One cycle through all n slots in random order (Sattolo's algorithm), so that no load can be predicted. */
    private static int[] randomCycle(int n) {
        int[] next = new int[n];
        Arrays.setAll(next, i -> i);
        SplittableRandom random = new SplittableRandom(20261202);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int swap = next[i];
            next[i] = next[j];
            next[j] = swap;
        }
        return next;
    }
}

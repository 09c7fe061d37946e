package org.jiceng.party.internal.demo;

/**
 * Deterministic choices for the demo data: the SplitMix64 finaliser spreads ids evenly, so "the 3% of
 * residents with the smallest hash" is a fixed, unbiased sample and every run picks the same people.
 */
final class DemoHash {

    private DemoHash() {
    }

    /**
     * A well-mixed hash of {@code value} under {@code salt}, offset so that signed order is the unsigned
     * order of the mix; a bijection of {@code value} for a given salt, so distinct ids never tie.
     */
    static long of(long value, long salt) {
        long z = value + salt * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) ^ Long.MIN_VALUE;
    }

    /** A number in {@code [0, bound)} for {@code value} under {@code salt}. */
    static int below(long value, long salt, int bound) {
        return (int) Long.remainderUnsigned(of(value, salt), bound);
    }
}

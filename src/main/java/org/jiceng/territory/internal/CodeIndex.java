package org.jiceng.territory.internal;

/**
 * Where each code was first seen, to report a duplicate with both places. Codes are at most 12 digits,
 * so a code and its length pack into one long: an open-addressing table of longs holds the whole
 * country in about 16 MB instead of hundreds of thousands of String and boxed entries.
 */
final class CodeIndex {

    private static final long EMPTY = 0; // never a key: every key carries a length of at least 1

    private long[] keys = new long[1 << 12];
    private long[] places = new long[keys.length];
    private int size;

    /**
     * Records {@code code} (digits only, ≤ 15) as seen in source {@code source} at {@code line}.
     *
     * @return -1 if it is new, else where it was seen first, as {@link #source(long)} / {@link #line(long)}
     */
    long putIfAbsent(String code, int source, long line) {
        long key = Long.parseLong(code) * 16 + code.length();
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return places[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        places[slot] = ((long) source << 40) | line;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    /** Where {@code code} was seen, or -1. */
    long find(String code) {
        long key = Long.parseLong(code) * 16 + code.length();
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; keys[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return places[slot];
            }
        }
        return -1;
    }

    static int source(long place) {
        return (int) (place >>> 40);
    }

    static long line(long place) {
        return place & ((1L << 40) - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        places = new long[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                places[slot] = oldPlaces[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

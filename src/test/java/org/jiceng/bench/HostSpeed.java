package org.jiceng.bench;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * How fast this machine's cores are right now: a fixed piece of single-threaded work (SHA-256 over 64 MiB), timed
 * three times, the best kept. A shared virtual machine's cores run slower while its neighbours are busy, which
 * no counter inside the machine shows (the steal time stays near zero here); the figure printed beside a
 * benchmark's rates lets runs of different hours be compared.
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
}

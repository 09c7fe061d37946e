package org.jiceng.ledger.internal.dividend;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jiceng.BadInputException;

/**
 * Splits a total in fen by share counts with the largest-remainder method (Hamilton): each holder first gets the
 * floor of their exact quota {@code total × shares / all shares}; the fen left over (fewer than the holders) go
 * one each to the largest remainders. Ties are broken by more shares first, then by the holder's place in the
 * list (earlier first), so the same list always splits the same way. The parts always add up to the total, and
 * each is the floor of its quota or one fen more. Arithmetic is exact (BigInteger), never floating point.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static long[] split(long total, long[] shares) {
        if (total < 0) {
            throw new BadInputException("total", "分配总额不能为负数");
        }
        if (shares.length == 0) {
            throw new BadInputException("holders", "请至少列出一位持股人");
        }
        BigInteger all = BigInteger.ZERO;
        for (long s : shares) {
            if (s <= 0) {
                throw new BadInputException("holders", "每位持股人的股数须大于 0");
            }
            all = all.add(BigInteger.valueOf(s));
        }
        BigInteger whole = BigInteger.valueOf(total);
        long[] parts = new long[shares.length];
        BigInteger[] remainders = new BigInteger[shares.length];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            BigInteger[] qr = whole.multiply(BigInteger.valueOf(shares[i])).divideAndRemainder(all);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingLong(i -> shares[i]).reversed())
                .thenComparingInt(i -> i));
        long left = total - given;
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}

package org.jiceng.deliberation;

/**
 * A share a part must reach of a whole, exactly: {@code numerator/denominator}, with the boundary included
 * ("以上") or not ("过半数"), as Civil Code art. 1259 reads them. Compared by cross-multiplication on
 * {@code long} with overflow checked, never in floating point.
 */
public record VoteThreshold(long numerator, long denominator, boolean inclusive, String text) {

    public VoteThreshold {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a threshold is a fraction between 0 and 1");
        }
    }

    /** "…以上": the boundary itself is enough. */
    public static VoteThreshold atLeast(long numerator, long denominator, String text) {
        return new VoteThreshold(numerator, denominator, true, text);
    }

    /** "过半数" and the like: strictly more than the share. */
    public static VoteThreshold moreThan(long numerator, long denominator, String text) {
        return new VoteThreshold(numerator, denominator, false, text);
    }

    /** Whether {@code part} of {@code whole} reaches the threshold; nothing of nothing reaches none. */
    public boolean isMet(long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("part " + part + " of whole " + whole);
        }
        if (whole == 0) {
            return false;
        }
        long left = Math.multiplyExact(part, denominator);
        long right = Math.multiplyExact(numerator, whole);
        return inclusive ? left >= right : left > right;
    }

    /** The smallest part of {@code whole} that reaches the threshold (may exceed {@code whole} when none can). */
    public long minimum(long whole) {
        long product = Math.multiplyExact(numerator, whole);
        long floor = product / denominator;
        if (!inclusive) {
            return floor + 1;
        }
        return product % denominator == 0 ? floor : floor + 1;
    }

    /** "2/3", as the API shows the fraction. */
    public String fraction() {
        return numerator + "/" + denominator;
    }
}

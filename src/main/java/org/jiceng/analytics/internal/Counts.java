package org.jiceng.analytics.internal;

/**
 * The counters of the three rates for one key, or one case's part in them (each 0 or 1), or a difference.
 * {@code responded}: responded on time; {@code rated}: cases with a rating; {@code basic}: 基本满意;
 * {@code closed}: closed at the key's level (not counting merged duplicates).
 */
public record Counts(long cases, long responded, long rated, long solved, long satisfied, long basic, long closed) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(cases + o.cases, responded + o.responded, rated + o.rated, solved + o.solved,
                satisfied + o.satisfied, basic + o.basic, closed + o.closed);
    }

    public Counts minus(Counts o) {
        return plus(o.negated());
    }

    public Counts negated() {
        return new Counts(-cases, -responded, -rated, -solved, -satisfied, -basic, -closed);
    }

    public boolean isZero() {
        return equals(ZERO);
    }
}

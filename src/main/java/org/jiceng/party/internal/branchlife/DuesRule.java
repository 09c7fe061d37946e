package org.jiceng.party.internal.branchlife;

/**
 * The monthly 党费 due from a base, by the rates of the rules: in work, 0.5% of an after-tax monthly pay up to and
 * including 3,000 yuan, 1% up to 5,000, 1.5% up to 10,000 and 2% above; retired, 0.5% of a pension up to and
 * including 5,000 yuan and 1% above. The rate applies to the whole base, not in bands; the amount is rounded to
 * the fen, half up, in whole numbers.
 */
public final class DuesRule {

    private DuesRule() {
    }

    /** The rate in thousandths of the base. */
    public static int permille(DuesCategory category, long baseFen) {
        if (baseFen < 0) {
            throw new IllegalArgumentException("negative base");
        }
        return switch (category) {
            case EMPLOYED -> baseFen <= 300_000 ? 5 : baseFen <= 500_000 ? 10 : baseFen <= 1_000_000 ? 15 : 20;
            case RETIRED -> baseFen <= 500_000 ? 5 : 10;
            case FIXED -> throw new IllegalArgumentException("a fixed amount has no rate");
        };
    }

    /** The fen due a month on {@code baseFen}. */
    public static long due(DuesCategory category, long baseFen) {
        long rate = permille(category, baseFen);
        return Math.addExact(Math.multiplyExact(baseFen, rate), 500) / 1000;
    }

    /** "0.5%" for 5. */
    public static String percent(int permille) {
        return permille % 10 == 0 ? permille / 10 + "%" : permille / 10 + "." + permille % 10 + "%";
    }
}

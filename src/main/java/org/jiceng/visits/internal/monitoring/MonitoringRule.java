package org.jiceng.visits.internal.monitoring;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a household is flagged for 防返贫 monitoring, as exact integer arithmetic on fen (no floating point):
 * <ul>
 *   <li>{@link Flag#BELOW_LINE}: per-capita net income is below the county's line ("exactly at the line" is not
 *       below);</li>
 *   <li>{@link Flag#INCOME_DROP}: per-capita net income fell against last year by at least {@code dropPercent}
 *       percent of last year's (a drop of exactly that share flags);</li>
 *   <li>{@link Flag#SHOCK}: the year's expenditure shocks exceed {@code shockPercent} percent of its net income
 *       (exactly that share does not; any shock flags a household with no positive income).</li>
 * </ul>
 * Per-capita net income is the household's net income divided by its size, rounded down to the fen
 * ({@link Math#floorDiv}): it never overstates what a person has, so a household is never spared a flag by rounding.
 */
public final class MonitoringRule {

    /** Why a household is flagged; {@code label} is what the pages show. */
    public enum Flag {
        BELOW_LINE("人均纯收入低于监测线"), INCOME_DROP("收入大幅缩减"), SHOCK("刚性支出骤增");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The county's thresholds for a year: the line in fen per person, the shares in whole percent. */
    public record Thresholds(long lineFen, int dropPercent, int shockPercent) {

        public Thresholds {
            if (lineFen <= 0 || dropPercent < 1 || dropPercent > 100 || shockPercent < 1 || shockPercent > 1000) {
                throw new IllegalArgumentException("监测线须为正数，收入降幅 1–100%，支出占比 1–1000%");
            }
        }
    }

    private MonitoringRule() {
    }

    /** The household's net income per person in fen, rounded down. */
    public static long perCapita(long netIncomeFen, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("家庭人口须至少 1 人");
        }
        return Math.floorDiv(netIncomeFen, size);
    }

    /**
     * The flags of a household's year: {@code netIncomeFen} and {@code shocksFen} are the year's totals,
     * {@code lastYearPerCapita} the per-capita net income of the year before, or null when none was recorded.
     */
    public static Set<Flag> evaluate(long netIncomeFen, int size, long shocksFen, Long lastYearPerCapita,
                                     Thresholds thresholds) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        long perCapita = perCapita(netIncomeFen, size);
        if (perCapita < thresholds.lineFen()) {
            flags.add(Flag.BELOW_LINE);
        }
        if (lastYearPerCapita != null && droppedBy(lastYearPerCapita, perCapita, thresholds.dropPercent())) {
            flags.add(Flag.INCOME_DROP);
        }
        if (shockExceeds(shocksFen, netIncomeFen, thresholds.shockPercent())) {
            flags.add(Flag.SHOCK);
        }
        return flags;
    }

    /** (before − now) ≥ percent% of before, for a positive {@code before}: (before − now) · 100 ≥ percent · before. */
    static boolean droppedBy(long before, long now, int percent) {
        if (before <= 0) {
            return false; // nothing to fall from: the line catches a household with no income
        }
        BigInteger fall = BigInteger.valueOf(before).subtract(BigInteger.valueOf(now)).multiply(HUNDRED);
        return fall.compareTo(BigInteger.valueOf(before).multiply(BigInteger.valueOf(percent))) >= 0;
    }

    /** shocks · 100 > percent · income; with no positive income any shock exceeds. */
    static boolean shockExceeds(long shocksFen, long netIncomeFen, int percent) {
        if (shocksFen <= 0) {
            return false;
        }
        if (netIncomeFen <= 0) {
            return true;
        }
        return BigInteger.valueOf(shocksFen).multiply(HUNDRED)
                .compareTo(BigInteger.valueOf(netIncomeFen).multiply(BigInteger.valueOf(percent))) > 0;
    }

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
}

package org.jiceng.assessment.internal.rating;

import java.util.Collection;
import java.util.Optional;

/**
 * How many stars (0 to 七星) a measure earns under a criterion, and the proposal of an organisation: a criterion
 * gives one star for each threshold the measure reaches (thresholds[0] earns 一星 … thresholds[6] earns 七星), and
 * an organisation is proposed the fewest stars any criterion gives it, so a star means every criterion is met.
 */
public final class StarRule {

    public static final int MAX_STARS = 7;

    private StarRule() {
    }

    /** Stars one measure earns: the thresholds at or below it (they never decrease, so they are a prefix). */
    public static int stars(long measure, int[] thresholds) {
        int stars = 0;
        for (int threshold : thresholds) {
            if (measure >= threshold) {
                stars++;
            }
        }
        return stars;
    }

    /** The proposal: the fewest stars of the criteria, or none when the county has set no criteria. */
    public static int proposed(Collection<Integer> starsPerCriterion) {
        return starsPerCriterion.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Why these thresholds cannot be a criterion's: seven, none negative, never decreasing. */
    public static Optional<String> refuse(int[] thresholds) {
        if (thresholds == null || thresholds.length != MAX_STARS) {
            return Optional.of("须为一星至七星各填一个门槛值（共 7 个）");
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (thresholds[i] < 0) {
                return Optional.of("门槛值不能为负数");
            }
            if (i > 0 && thresholds[i] < thresholds[i - 1]) {
                return Optional.of((i + 1) + "星的门槛不能低于" + i + "星的门槛");
            }
        }
        return Optional.empty();
    }
}

package org.jiceng.assessment.internal.scorecard;

import java.util.List;

/**
 * How an indicator's value becomes points, published beside every score (docs/assessment.md):
 * <ul>
 * <li>higher is better: 得分 = 权重 × min(1, 实际值 ÷ 目标值); a target of 0 is met by any value;</li>
 * <li>lower is better: 得分 = 权重 when 实际值 ≤ 目标值, else 权重 × 目标值 ÷ 实际值 (0 when the target is 0);</li>
 * <li>综合得分 = 100 × Σ得分 ÷ Σ权重 of the indicators that have a value, so a place without any case in the
 *     quarter is not marked down for a response rate it could not have;</li>
 * <li>进步分 = 本季度综合得分 − 上季度综合得分 (both over the same track's indicators).</li>
 * </ul>
 * All exact fractions; shown rounded half up to two decimals.
 */
public final class ScoreRule {

    public static final String HIGHER_TEXT = "得分 = 权重 × min(1, 实际值 ÷ 目标值)";
    public static final String LOWER_TEXT = "得分 = 实际值 ≤ 目标值 时为权重，否则为 权重 × 目标值 ÷ 实际值";
    public static final String TOTAL_TEXT = "综合得分 = 100 × Σ得分 ÷ Σ有数据指标的权重（无数据的指标不计入）";
    public static final String PROGRESS_TEXT = "进步分 = 本季度综合得分 − 上季度综合得分";
    public static final String ROUNDING_TEXT = "全程按分数精确计算，仅显示时四舍五入保留两位小数";

    private ScoreRule() {
    }

    /** The points an indicator of this weight earns; {@code value} and {@code target} are ≥ 0. */
    public static Ratio score(Ratio value, Ratio target, boolean higherIsBetter, long weight) {
        if (value.signum() < 0 || target.signum() < 0 || weight < 0) {
            throw new IllegalArgumentException("negative value, target or weight");
        }
        Ratio w = Ratio.of(weight);
        if (higherIsBetter) {
            return target.isZero() ? w : w.times(value.dividedBy(target).min(Ratio.ONE));
        }
        if (value.compareTo(target) <= 0) {
            return w;
        }
        return target.isZero() ? Ratio.ZERO : w.times(target.dividedBy(value));
    }

    /** One indicator's part in a total: its points and weight, or no value (then it is left out). */
    public record Part(Ratio score, long weight) {
    }

    /** 100 × Σscore ÷ Σweight over the parts with a value; null when none has one. */
    public static Ratio total(List<Part> parts) {
        Ratio scores = Ratio.ZERO;
        long weights = 0;
        for (Part part : parts) {
            if (part.score() != null) {
                scores = scores.plus(part.score());
                weights += part.weight();
            }
        }
        return weights == 0 ? null : Ratio.of(100).times(scores).dividedBy(Ratio.of(weights));
    }

    /** This quarter's total less the last; null when either is missing. */
    public static Ratio progress(Ratio now, Ratio before) {
        return now == null || before == null ? null : now.minus(before);
    }
}

package org.jiceng.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The three rates (三率) and the composite score of some counters, each rounded once from its exact
 * fraction: rates to four decimals (0.9231), the composite to a score out of 100 with two (92.31).
 * A rate is {@code null} when its denominator is 0; the composite weighs the rates that exist (a unit with
 * no rating yet is scored on its response rate alone), and is {@code null} when none does.
 */
public record ThreeRates(Counts counts, BigDecimal responseRate, BigDecimal resolutionRate,
                         BigDecimal satisfactionRate, BigDecimal composite) {

    public static ThreeRates of(Counts c, Weights w) {
        BigDecimal cases = BigDecimal.valueOf(c.cases());
        BigDecimal rated = BigDecimal.valueOf(c.rated());
        BigDecimal responded = BigDecimal.valueOf(c.responded());
        BigDecimal solved = BigDecimal.valueOf(c.solved());
        BigDecimal pleased = BigDecimal.valueOf(c.satisfied()).add(w.basic().multiply(BigDecimal.valueOf(c.basic())));
        // composite = 100 · Σ wᵢ·nᵢ/dᵢ / Σ wᵢ over the rates that exist, as one exact fraction num/den
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ONE;
        if (c.cases() > 0) {
            num = w.response().multiply(responded);
            den = cases;
            weights = w.response();
        }
        if (c.rated() > 0) {
            // n/d + a/r + b/r = (n·r + (a + b)·d) / (d·r)
            num = num.multiply(rated).add(w.resolution().multiply(solved).add(w.satisfaction().multiply(pleased)).multiply(den));
            den = den.multiply(rated);
            weights = weights.add(w.resolution()).add(w.satisfaction());
        }
        BigDecimal composite = weights.signum() == 0 ? null
                : num.multiply(BigDecimal.valueOf(100)).divide(den.multiply(weights), 2, RoundingMode.HALF_UP);
        return new ThreeRates(c, rate(responded, cases), rate(solved, rated), rate(pleased, rated), composite);
    }

    private static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }
}

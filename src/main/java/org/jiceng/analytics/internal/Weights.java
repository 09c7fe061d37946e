package org.jiceng.analytics.internal;

import java.math.BigDecimal;
import org.jiceng.BadInputException;

/**
 * The weights of the composite score (default 30/35/35, as one banner publishes them) and how much a
 * 基本满意 counts towards the satisfaction rate (default fully: 1). Configured as
 * {@code jiceng.three-rates.weights.response}, {@code .resolution}, {@code .satisfaction} and
 * {@code jiceng.three-rates.basic-weight}.
 */
public record Weights(BigDecimal response, BigDecimal resolution, BigDecimal satisfaction, BigDecimal basic) {

    public static final Weights DEFAULT = new Weights(BigDecimal.valueOf(30), BigDecimal.valueOf(35),
            BigDecimal.valueOf(35), BigDecimal.ONE);

    public Weights {
        for (BigDecimal w : new BigDecimal[] {response, resolution, satisfaction}) {
            if (w == null || w.signum() < 0) {
                throw new BadInputException("三率权重须为非负数");
            }
        }
        if (response.add(resolution).add(satisfaction).signum() == 0) {
            throw new BadInputException("三率权重不能全为 0");
        }
        if (basic == null || basic.signum() < 0 || basic.compareTo(BigDecimal.ONE) > 0) {
            throw new BadInputException("“基本满意”的计分权重须在 0 到 1 之间");
        }
    }
}

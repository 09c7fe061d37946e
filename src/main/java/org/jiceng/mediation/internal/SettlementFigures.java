package org.jiceng.mediation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.MediationLevel;

/**
 * The figures of 矛盾不上交, exact until displayed: the success rate (disputes settled by agreement / disputes
 * whose mediation ended), the share of settled disputes at each level, and 不上交率 (settled below the county /
 * ended). Percentages are rounded half up to one decimal for display only.
 */
public final class SettlementFigures {

    /** An exact fraction; {@code percent} is null when nothing was counted. */
    public record Ratio(long numerator, long denominator) {

        public Ratio {
            if (numerator < 0 || denominator < 0 || numerator > denominator) {
                throw new IllegalArgumentException(numerator + "/" + denominator);
            }
        }

        public String percent() {
            if (denominator == 0) {
                return null;
            }
            return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).toPlainString();
        }
    }

    public record LevelShare(MediationLevel level, String label, long settled, long referred, Ratio share) {
    }

    public record Figures(long open, long concluded, long settled, long referred, Ratio successRate,
                          Ratio notEscalatedRate, List<LevelShare> levels) {
    }

    /** A count of disputes in one state at one level. */
    public record Count(MediationLevel level, DisputeState state, long count) {
    }

    private SettlementFigures() {
    }

    public static Figures of(List<Count> counts) {
        Map<MediationLevel, long[]> byLevel = new EnumMap<>(MediationLevel.class);
        for (MediationLevel level : MediationLevel.values()) {
            byLevel.put(level, new long[2]);
        }
        long open = 0;
        for (Count c : counts) {
            if (c.state().isOpen()) {
                open += c.count();
            } else if (c.state().isSettled()) {
                byLevel.get(c.level())[0] += c.count();
            } else {
                byLevel.get(c.level())[1] += c.count();
            }
        }
        long settled = byLevel.values().stream().mapToLong(v -> v[0]).sum();
        long referred = byLevel.values().stream().mapToLong(v -> v[1]).sum();
        long concluded = settled + referred;
        List<LevelShare> levels = new ArrayList<>();
        byLevel.forEach((level, v) -> levels.add(new LevelShare(level, level.label(), v[0], v[1], new Ratio(v[0], settled))));
        long belowCounty = settled - byLevel.get(MediationLevel.COUNTY)[0];
        return new Figures(open, concluded, settled, referred, new Ratio(settled, concluded),
                new Ratio(belowCounty, concluded), List.copyOf(levels));
    }
}

package org.jiceng.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The counts behind a territory's three rates and level shares in one month, for reports (the monthly 民情分析 of
 * {@code org.jiceng.reports}). Exact: each rate is a numerator over a denominator, rounded only where it is shown.
 * Takes no user: the caller decides who may read the territory's figures.
 */
public interface MonthRates {

    /** {@code territory}: a 6, 9 or 12-digit code; 404 when no such division exists. */
    Figures of(String territory, YearMonth month);

    /**
     * 响应率 = {@code responded / cases}, 解决率 = {@code solved / rated}, 满意率 = {@code pleased / rated}, where
     * {@code pleased} is the satisfied plus the 基本满意 at their configured weight. {@code levels}: of the cases
     * located in the territory, how many closed at each level (小事不出网格 …), out of {@code closed}.
     */
    record Figures(String territory, String month, long cases, long responded, long rated, long solved,
                   BigDecimal pleased, long closed, List<LevelClosed> levels) {
    }

    record LevelClosed(String level, String label, String motto, long closed) {
    }
}

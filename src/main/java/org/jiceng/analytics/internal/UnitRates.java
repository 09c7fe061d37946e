package org.jiceng.analytics.internal;

import java.math.BigDecimal;

/**
 * The three rates of one handling unit or territory in one month, with the counts they come from:
 * {@code responseRate = responded / cases}, {@code resolutionRate = solved / rated},
 * {@code satisfactionRate = (satisfied + basic × weight) / rated}. {@code kind} is DEPARTMENT or the
 * territory's level (COUNTY, TOWN, VILLAGE, GRID).
 */
public record UnitRates(String unit, String unitName, String kind, String month, long cases, long responded,
                        long rated, long solved, long satisfied, long basic, long closed, BigDecimal responseRate,
                        BigDecimal resolutionRate, BigDecimal satisfactionRate, BigDecimal composite) {

    static UnitRates of(String unit, String unitName, String kind, String month, Counts c, Weights weights) {
        ThreeRates r = ThreeRates.of(c, weights);
        return new UnitRates(unit, unitName, kind, month, c.cases(), c.responded(), c.rated(), c.solved(),
                c.satisfied(), c.basic(), c.closed(), r.responseRate(), r.resolutionRate(), r.satisfactionRate(),
                r.composite());
    }
}

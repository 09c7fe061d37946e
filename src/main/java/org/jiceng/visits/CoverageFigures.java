package org.jiceng.visits;

import java.time.YearMonth;

/**
 * 走访覆盖 of one territory and month as plain counts, for the assessment of places. Takes no user: the caller
 * decides who may read the territory's figures. Households and care plans are as of today in Beijing.
 */
public interface CoverageFigures {

    /** {@code territory}: a 6, 9 or 12-digit code (county, town or village). */
    CoverageReport.Figures of(String territory, YearMonth month);
}

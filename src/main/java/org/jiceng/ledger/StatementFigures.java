package org.jiceng.ledger;

import java.time.YearMonth;

/**
 * How a place published its accounts' monthly statements, for the assessment of places. Takes no user: the caller
 * decides who may read the territory's figures. A statement is on time when it was published by the end of the
 * {@value #DAYS_ALLOWED}th day of the following month, Beijing time.
 */
public interface StatementFigures {

    int DAYS_ALLOWED = 10;

    /** {@code accounts}: opened before the month ended; {@code published}: with the month's statement; {@code onTime}: by the deadline. */
    record Figures(long accounts, long published, long onTime) {
    }

    /** {@code territory}: a 6, 9 or 12-digit code. */
    Figures of(String territory, YearMonth month);
}

package org.jiceng.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.jiceng.CurrentUser;

/**
 * The three rates of the person's own unit month by month (their home territory, or their department): what a
 * workbench draws as the trend of the year. Rates are exact fractions rounded once to four decimals, null when
 * their denominator is 0, as on the statistics pages.
 */
public interface RateTrend {

    /** The last {@code months} Beijing months up to the present one, oldest first; empty for one who reads no figures. */
    List<MonthRates> lastMonths(CurrentUser user, int months);

    /** {@code unit}: the territory code or department id the figures are of; {@code month}: "2026-11". */
    record MonthRates(String unit, String unitName, String month, long cases, BigDecimal responseRate,
                      BigDecimal resolutionRate, BigDecimal satisfactionRate) {
    }
}

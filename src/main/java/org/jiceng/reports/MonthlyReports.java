package org.jiceng.reports;

import org.jiceng.CurrentUser;

/** The monthly 民情分析 of a territory, for those who may read its statistics. */
public interface MonthlyReports {

    /**
     * {@code territory}: a 6, 9 or 12-digit code (default: the user's own); {@code month}: yyyy-MM (default: the
     * month before this one). 400 for bad input or a month to come, 403 outside the user's territory.
     */
    MonthlyReport monthly(CurrentUser user, String territory, String month);
}

/**
 * The monthly 民情分析 report (issue 16, DESIGN §4): for a county, town or village and a month, the cases by
 * category and channel with their month-on-month and year-on-year changes, the top problems and where they
 * cluster, repeat reporters (a count only) and problems that come back month after month (未诉先办 candidates for
 * 每月一题), overdue and returned cases, the three rates and level shares, and what was explained rather than
 * solved. Read as a page, PDF, Excel and JSON; a finished month's report is generated once and kept. Its figures
 * come through {@link org.jiceng.cases.CaseFigures}, {@link org.jiceng.analytics.MonthRates} and, for 为民服务, {@link
 * org.jiceng.services.ServiceFigures}; this module has no table of theirs to read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "民情分析")
package org.jiceng.reports;

/**
 * Analytics (民情分析会, 赛道比拼, 考核; DESIGN §3, §4): the three rates (三率) of every handling unit and
 * month, the rankings of towns and departments, and the share of cases closed at each level
 * (小事不出网格、大事不出村、难事不出乡). Kept incrementally from the case loop's events
 * ({@link org.jiceng.cases.CaseFiled}, {@link org.jiceng.cases.CaseMoved}); nothing here reads the case tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "分析研判")
package org.jiceng.analytics;

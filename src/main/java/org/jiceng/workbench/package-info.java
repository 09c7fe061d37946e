/**
 * The workbench (工作台): each person's home page, their work first. Staff, grid workers and departments see
 * today's new, pending, due and overdue cases of their territory or unit, linked to the case desk; the month's
 * three rates and the year's trend; the map of open cases and hotspots by grid; their latest messages; the
 * households whose 一人一策 visits they owe (走访任务) and, for village, town and county staff, how many plans of the
 * place are overdue (逾期走访督办). A resident sees their own cases and what their community has published. It reads
 * the case loop, analytics, deliberation, visits and territory through their APIs only and owns no tables; nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作台")
package org.jiceng.workbench;

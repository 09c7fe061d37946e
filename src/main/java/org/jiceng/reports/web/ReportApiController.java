package org.jiceng.reports.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.reports.MonthlyReport;
import org.jiceng.reports.MonthlyReports;
import org.jiceng.reports.internal.ReportFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly 民情分析 under {@code /api/v1/reports}: {@code territory} a 6, 9 or 12-digit code (default: the
 * caller's own), {@code month} yyyy-MM (default: last month). As JSON, PDF or Excel.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final MonthlyReports reports;
    private final ReportFiles files;

    ReportApiController(MonthlyReports reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @Guard(resource = Resource.REPORT, action = Action.READ)
    @GetMapping("/monthly")
    MonthlyReport monthly(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                          CurrentUser user) {
        return reports.monthly(user, territory, month);
    }

    @Guard(resource = Resource.REPORT, action = Action.READ)
    @GetMapping("/monthly.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                               CurrentUser user) {
        return files.pdf(reports.monthly(user, territory, month));
    }

    @Guard(resource = Resource.REPORT, action = Action.READ)
    @GetMapping("/monthly.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                                CurrentUser user) {
        return files.xlsx(reports.monthly(user, territory, month));
    }
}

package org.jiceng.reports.web;

import java.time.Clock;
import java.time.YearMonth;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.reports.MonthlyReport;
import org.jiceng.reports.MonthlyReports;
import org.jiceng.reports.internal.ReportFiles;
import org.jiceng.reports.internal.ReportText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The report's page (a plain GET form picks the place and month; ECharts draws where JavaScript runs), PDF and Excel. */
@Controller
class ReportPages {

    private final MonthlyReports reports;
    private final ReportFiles files;
    private final Clock clock;

    ReportPages(MonthlyReports reports, ReportFiles files, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.clock = clock;
    }

    @Guard(resource = Resource.REPORT, action = Action.READ)
    @GetMapping("/reports/monthly")
    String monthly(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                   CurrentUser user, Model model) {
        MonthlyReport report = reports.monthly(user, territory, month);
        model.addAttribute("report", report);
        model.addAttribute("title", ReportText.title(report));
        model.addAttribute("status", ReportText.status(report));
        model.addAttribute("summary", ReportText.summary(report));
        model.addAttribute("repeat", ReportText.repeat(report));
        model.addAttribute("outcomes", ReportText.outcomes(report));
        model.addAttribute("rates", ReportText.rates(report));
        model.addAttribute("services", ReportText.services(report));
        model.addAttribute("serviceRates", ReportText.serviceRates(report));
        model.addAttribute("thisMonth", YearMonth.from(Beijing.today(clock)).toString());
        return "reports/monthly";
    }

    @Guard(resource = Resource.REPORT, action = Action.READ)
    @GetMapping("/reports/monthly.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                               CurrentUser user) {
        return files.pdf(reports.monthly(user, territory, month));
    }

    @Guard(resource = Resource.REPORT, action = Action.READ)
    @GetMapping("/reports/monthly.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                                CurrentUser user) {
        return files.xlsx(reports.monthly(user, territory, month));
    }
}

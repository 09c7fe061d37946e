package org.jiceng.visits.web;

import java.time.Clock;
import java.time.YearMonth;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.visits.CoverageReport;
import org.jiceng.visits.internal.coverage.CoverageService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 走访覆盖 page: the table of a territory's places (or cadres) with bars where JavaScript runs; a place's name
 * drills down to its own page, the heading's link goes back up while the place above is still in the reader's scope.
 */
@Controller
class CoveragePageController {

    private final CoverageService coverage;
    private final Clock clock;

    CoveragePageController(CoverageService coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    @Guard(resource = Resource.VISIT_COVERAGE, action = Action.READ)
    @GetMapping("/visits/coverage")
    String page(@RequestParam(required = false) String territory, @RequestParam(required = false) String by,
                @RequestParam(required = false) String month, CurrentUser user, Model model) {
        CoverageReport report = coverage.report(user, territory, by, month);
        model.addAttribute("report", report);
        model.addAttribute("up", up(report.territory(), user));
        model.addAttribute("month", report.month());
        model.addAttribute("thisMonth", YearMonth.from(Beijing.today(clock)).toString());
        model.addAttribute("byLabel", CoverageService.By.valueOf(report.by().toUpperCase()).label());
        return "visits/coverage/index";
    }

    /** The place one level up, when the reader may see it. */
    private String up(String code, CurrentUser user) {
        int length = switch (code.length()) {
            case 15 -> 12;
            case 12 -> 9;
            case 9 -> 6;
            default -> 0;
        };
        if (length == 0) {
            return null;
        }
        String parent = code.substring(0, length);
        return coverage.scope(user).covers(parent) ? parent : null;
    }
}

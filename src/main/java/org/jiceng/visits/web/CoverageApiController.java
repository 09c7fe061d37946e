package org.jiceng.visits.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.visits.CoverageReport;
import org.jiceng.visits.internal.coverage.CoverageService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 走访覆盖 figures (issue 17 item 7) under {@code /api/v1/visits/coverage}. */
@RestController
class CoverageApiController {

    private final CoverageService coverage;

    CoverageApiController(CoverageService coverage) {
        this.coverage = coverage;
    }

    /**
     * The rows one level under {@code territory} (default: the caller's own), or by {@code by=town|village|grid|cadre},
     * and their total; {@code month=YYYY-MM} (default: this Beijing month) for "visited". 404 outside the caller's
     * territory.
     */
    @Guard(resource = Resource.VISIT_COVERAGE, action = Action.READ)
    @GetMapping("/api/v1/visits/coverage")
    CoverageReport coverage(@RequestParam(required = false) String territory, @RequestParam(required = false) String by,
                            @RequestParam(required = false) String month, CurrentUser user) {
        return coverage.report(user, territory, by, month);
    }
}

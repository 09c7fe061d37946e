package org.jiceng.assessment.web;

import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.scorecard.QuarterClose;
import org.jiceng.assessment.internal.scorecard.ScorecardView;
import org.jiceng.assessment.internal.scorecard.Scorecards;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scorecards under {@code /api/v1/assessment/scorecards/{subject}} (a town or village code, or "P" and a party
 * organisation's id), each figure's records, and the quarters the county has closed.
 */
@RestController
@RequestMapping("/api/v1/assessment")
class ScorecardApiController {

    record QuarterRequest(String quarter) {
    }

    private final Scorecards scorecards;
    private final QuarterClose quarters;

    ScorecardApiController(Scorecards scorecards, QuarterClose quarters) {
        this.scorecards = scorecards;
        this.quarters = quarters;
    }

    /** {@code period}: 2026-09, 2026-Q3 or 2026 (default: this quarter). 404 outside the caller's territory. */
    @Guard(resource = Resource.SCORECARD, action = Action.READ)
    @GetMapping("/scorecards/{subject}")
    ScorecardView card(@PathVariable String subject, @RequestParam(required = false) String period, CurrentUser user) {
        return scorecards.card(user, subject, period);
    }

    /** The records one figure of the card is made of, each with where to open it. */
    @Guard(resource = Resource.SCORECARD, action = Action.READ)
    @GetMapping("/scorecards/{subject}/indicators/{indicator}")
    Scorecards.Drill drill(@PathVariable String subject, @PathVariable long indicator,
                           @RequestParam(required = false) String period, CurrentUser user) {
        return scorecards.drill(user, subject, indicator, period);
    }

    @Guard(resource = Resource.SCORECARD, action = Action.READ)
    @GetMapping("/quarters")
    Map<String, List<String>> closed(CurrentUser user) {
        return Map.of("items", quarters.closedQuarters(user));
    }

    /** Closes a quarter of the caller's county: its scorecards are kept as now computed and no longer change. */
    @Guard(resource = Resource.SCORECARD, action = Action.ACT)
    @PostMapping("/quarters")
    @ResponseStatus(HttpStatus.CREATED)
    QuarterClose.Closing close(@RequestBody QuarterRequest request, CurrentUser user) {
        return quarters.close(user, request.quarter());
    }
}

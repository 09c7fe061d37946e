package org.jiceng.visits.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.visits.internal.monitoring.MonitoringFigures;
import org.jiceng.visits.internal.monitoring.MonitoringLines;
import org.jiceng.visits.internal.monitoring.MonitoringRequests;
import org.jiceng.visits.internal.monitoring.MonitoringService;
import org.jiceng.visits.internal.monitoring.MonitoringSteps;
import org.jiceng.visits.internal.monitoring.MonitoringSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 防返贫 monitoring under {@code /api/v1/monitoring}. Lists and answers to writes carry status and flags only; the
 * figures (amounts in fen, shocks, measures) come from one read that needs a {@code reason} and is logged.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class MonitoringApiController {

    private final MonitoringService reading;
    private final MonitoringSteps steps;
    private final MonitoringLines lines;

    MonitoringApiController(MonitoringService reading, MonitoringSteps steps, MonitoringLines lines) {
        this.reading = reading;
        this.steps = steps;
        this.lines = lines;
    }

    /** A year's households (this year when absent) by status, without amounts; {@code status} by name. */
    @Guard(resource = Resource.MONITORING, action = Action.READ)
    @GetMapping("/households")
    Page<MonitoringSummary> list(@RequestParam(required = false) String territory,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) String after,
                                 @RequestParam(required = false) Integer limit, CurrentUser user) {
        return reading.list(user, territory, status, year, after, limit);
    }

    @Guard(resource = Resource.MONITORING, action = Action.READ)
    @GetMapping("/households/{householdId}/{year}")
    MonitoringFigures figures(@PathVariable long householdId, @PathVariable int year,
                              @RequestParam(required = false) String reason, CurrentUser user) {
        return reading.figures(user, householdId, year, reason);
    }

    @Guard(resource = Resource.MONITORING, action = Action.UPDATE)
    @PutMapping("/households/{householdId}/{year}")
    MonitoringSummary save(@PathVariable long householdId, @PathVariable int year,
                           @RequestBody MonitoringRequests.FiguresInput input, CurrentUser user) {
        return steps.saveFigures(user, householdId, year, input);
    }

    @Guard(resource = Resource.MONITORING, action = Action.ACT)
    @PostMapping("/households/{householdId}/{year}/contact")
    MonitoringSummary contact(@PathVariable long householdId, @PathVariable int year,
                              @RequestBody MonitoringRequests.ContactInput input, CurrentUser user) {
        return steps.assignContact(user, householdId, year, input);
    }

    @Guard(resource = Resource.MONITORING, action = Action.UPDATE)
    @PostMapping("/households/{householdId}/{year}/measures")
    MonitoringSummary measure(@PathVariable long householdId, @PathVariable int year,
                              @RequestBody MonitoringRequests.MeasureInput input, CurrentUser user) {
        return steps.addMeasure(user, householdId, year, input);
    }

    @Guard(resource = Resource.MONITORING, action = Action.ACT)
    @PostMapping("/households/{householdId}/{year}/removal")
    MonitoringSummary removal(@PathVariable long householdId, @PathVariable int year,
                              @RequestBody MonitoringRequests.RemovalInput input, CurrentUser user) {
        return steps.remove(user, householdId, year, input);
    }

    /** The county's monitoring line for a year (the caller's county and this year when absent). */
    @Guard(resource = Resource.MONITORING, action = Action.MANAGE)
    @GetMapping("/line")
    MonitoringLines.Line line(@RequestParam(required = false) String county,
                              @RequestParam(required = false) Integer year, CurrentUser user) {
        return lines.read(user, county, year);
    }

    @Guard(resource = Resource.MONITORING, action = Action.MANAGE)
    @PutMapping("/line")
    MonitoringLines.Line setLine(@RequestBody MonitoringRequests.LineInput input, CurrentUser user) {
        return lines.set(user, input);
    }
}

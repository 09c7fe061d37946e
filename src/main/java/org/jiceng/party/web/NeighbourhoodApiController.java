package org.jiceng.party.web;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodDuties;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodReports;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Duty;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Election;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Evaluation;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Household;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Report;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 三长 and 双楼长 at work: how each was chosen, their households, duties, reports (each a case filed as the
 * holder) and monthly evaluations. The holder reads their own post; the branch and staff of the place keep it.
 */
@RestController
@RequestMapping("/api/v1/party/posts/{id}")
class NeighbourhoodApiController {

    private final NeighbourhoodDuties duties;
    private final NeighbourhoodReports reports;

    NeighbourhoodApiController(NeighbourhoodDuties duties, NeighbourhoodReports reports) {
        this.duties = duties;
        this.reports = reports;
    }

    record Items<T>(List<T> items) {
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.READ)
    @GetMapping
    NeighbourhoodViews.PostAtWork post(@PathVariable long id, CurrentUser user) {
        return duties.atWork(id, user);
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.READ)
    @GetMapping("/election")
    Election election(@PathVariable long id, CurrentUser user) {
        Election election = duties.atWork(id, user).election();
        if (election == null) {
            throw new org.jiceng.NotFoundException("尚未登记推选记录");
        }
        return election;
    }

    @Guard(resource = Resource.PARTY_POST, action = Action.UPDATE)
    @PutMapping("/election")
    Election elect(@PathVariable long id, @RequestBody NeighbourhoodDuties.ElectionRequest request, CurrentUser user) {
        return duties.elect(id, request, user);
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.READ)
    @GetMapping("/households")
    Items<Household> households(@PathVariable long id, CurrentUser user) {
        return new Items<>(duties.atWork(id, user).households());
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.UPDATE)
    @PostMapping("/households")
    Items<Household> addHouseholds(@PathVariable long id, @RequestBody NeighbourhoodDuties.HouseholdsRequest request,
                                   CurrentUser user) {
        return new Items<>(duties.addHouseholds(id, request, user));
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.UPDATE)
    @DeleteMapping("/households/{householdId}")
    Items<Household> removeHousehold(@PathVariable long id, @PathVariable long householdId, CurrentUser user) {
        return new Items<>(duties.removeHousehold(id, householdId, user));
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.READ)
    @GetMapping("/duties")
    Items<Duty> dutyList(@PathVariable long id, CurrentUser user) {
        return new Items<>(duties.atWork(id, user).duties());
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.UPDATE)
    @PostMapping("/duties")
    Items<Duty> addDuty(@PathVariable long id, @RequestBody NeighbourhoodDuties.DutyRequest request, CurrentUser user) {
        return new Items<>(duties.addDuty(id, request, user));
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.READ)
    @GetMapping("/reports")
    Items<Report> reportList(@PathVariable long id, CurrentUser user) {
        return new Items<>(duties.atWork(id, user).reports());
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.CREATE)
    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Report report(@PathVariable long id, @RequestBody NeighbourhoodReports.Request request, CurrentUser user) {
        return reports.report(id, request, user);
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.READ)
    @GetMapping("/evaluations")
    Items<Evaluation> evaluations(@PathVariable long id, CurrentUser user) {
        return new Items<>(duties.atWork(id, user).evaluations());
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.ACT)
    @PostMapping("/evaluations")
    Items<Evaluation> evaluate(@PathVariable long id, @RequestBody NeighbourhoodDuties.EvaluationRequest request,
                               CurrentUser user) {
        return new Items<>(duties.evaluate(id, request, user));
    }
}

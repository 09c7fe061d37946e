package org.jiceng.visits.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.visits.internal.visit.RoundService;
import org.jiceng.visits.internal.visit.VisitFindings;
import org.jiceng.visits.internal.visit.VisitRequests;
import org.jiceng.visits.internal.visit.VisitService;
import org.jiceng.visits.internal.visit.VisitViews.RoundView;
import org.jiceng.visits.internal.visit.VisitViews.VisitItem;
import org.jiceng.visits.internal.visit.VisitViews.VisitView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Visit logs and 走院子 rounds under {@code /api/v1/visits}. A visit sent again under its client id (or
 * {@code Idempotency-Key}) answers 200 with the visit it made; a visit outside the caller's reach answers 404.
 */
@RestController
@RequestMapping("/api/v1/visits")
class VisitApiController {

    private final VisitService visits;
    private final VisitFindings findings;
    private final RoundService rounds;

    VisitApiController(VisitService visits, VisitFindings findings, RoundService rounds) {
        this.visits = visits;
        this.findings = findings;
        this.rounds = rounds;
    }

    @Guard(resource = Resource.VISIT, action = Action.CREATE)
    @PostMapping
    ResponseEntity<VisitView> log(@RequestBody VisitRequests.NewVisit request,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key, CurrentUser user) {
        VisitRequests.NewVisit given = (request.clientId() == null || request.clientId().isBlank()) && key != null
                ? request.withClientId(key) : request;
        VisitService.Logged logged = visits.log(user, given);
        return logged.created()
                ? ResponseEntity.created(URI.create("/api/v1/visits/" + logged.visit().id())).body(logged.visit())
                : ResponseEntity.ok(logged.visit());
    }

    /** Newest first; {@code territory} a code prefix, {@code household} an id, {@code from}/{@code to} dates. */
    @Guard(resource = Resource.VISIT, action = Action.READ)
    @GetMapping
    Page<VisitItem> list(@RequestParam(required = false) String territory, @RequestParam(required = false) Long household,
                         @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) String kind, @RequestParam(required = false) String after,
                         @RequestParam(required = false) Integer limit, CurrentUser user) {
        return visits.list(user, territory, household, kind, from, to, after, limit);
    }

    @Guard(resource = Resource.VISIT, action = Action.READ)
    @GetMapping("/{id}")
    VisitView one(@PathVariable long id, CurrentUser user) {
        return visits.find(user, id);
    }

    @Guard(resource = Resource.VISIT, action = Action.ACT)
    @PostMapping("/{id}/follow-ups")
    VisitView followUp(@PathVariable long id, @RequestBody VisitRequests.NewFollowUp request, CurrentUser user) {
        return visits.addFollowUp(user, id, request);
    }

    @Guard(resource = Resource.VISIT, action = Action.ACT)
    @PostMapping("/{id}/follow-ups/{followUpId}/done")
    VisitView followUpDone(@PathVariable long id, @PathVariable long followUpId, CurrentUser user) {
        return visits.followUpDone(user, id, followUpId);
    }

    /** Opens a case from the finding; the case keeps the visit as its source. */
    @Guard(resource = Resource.VISIT, action = Action.ACT)
    @PostMapping("/{id}/case")
    VisitView openCase(@PathVariable long id, @RequestBody VisitRequests.CaseFromVisit request, CurrentUser user) {
        return findings.openCase(user, id, request);
    }

    @Guard(resource = Resource.VISIT, action = Action.ACT)
    @PostMapping("/{id}/dispute")
    VisitView openDispute(@PathVariable long id, @RequestBody VisitRequests.DisputeFromVisit request, CurrentUser user) {
        return findings.openDispute(user, id, request);
    }

    @Guard(resource = Resource.VISIT, action = Action.ACT)
    @PostMapping("/{id}/care-plan-note")
    VisitView carePlanNote(@PathVariable long id, @RequestBody VisitRequests.CarePlanNote request, CurrentUser user) {
        return findings.carePlanNote(user, id, request);
    }

    @Guard(resource = Resource.VISIT, action = Action.CREATE)
    @PostMapping("/rounds")
    ResponseEntity<RoundView> planRound(@RequestBody VisitRequests.NewRound request, CurrentUser user) {
        RoundView round = rounds.plan(user, request);
        return ResponseEntity.created(URI.create("/api/v1/visits/rounds/" + round.id())).body(round);
    }

    /** Newest first; {@code territory} a code prefix, {@code week} a Monday. */
    @Guard(resource = Resource.VISIT, action = Action.READ)
    @GetMapping("/rounds")
    Page<RoundView> rounds(@RequestParam(required = false) String territory, @RequestParam(required = false) String week,
                           @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                           CurrentUser user) {
        return rounds.list(user, territory, week, after, limit);
    }

    @Guard(resource = Resource.VISIT, action = Action.READ)
    @GetMapping("/rounds/{id}")
    RoundView round(@PathVariable long id, CurrentUser user) {
        return rounds.find(user, id);
    }
}

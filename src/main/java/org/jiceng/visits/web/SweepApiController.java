package org.jiceng.visits.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.visits.internal.sweep.HouseholdCard;
import org.jiceng.visits.internal.sweep.SweepCards;
import org.jiceng.visits.internal.sweep.SweepChecks;
import org.jiceng.visits.internal.sweep.SweepCoverage;
import org.jiceng.visits.internal.sweep.SweepRequests;
import org.jiceng.visits.internal.sweep.SweepService;
import org.jiceng.visits.internal.sweep.SweepViews;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sweeps (全覆盖排查) under {@code /api/v1/sweeps}, and a household's 明白卡 as JSON (phones masked). A sweep nobody
 * of the caller's territory or holding may see answers 404; a check by someone who may only read it, 403; a check
 * resent with the same client id answers the first (200), with other content 409.
 */
@RestController
@RequestMapping("/api/v1/sweeps")
class SweepApiController {

    private final SweepService sweeps;
    private final SweepChecks checks;
    private final SweepCoverage coverage;
    private final SweepCards cards;

    SweepApiController(SweepService sweeps, SweepChecks checks, SweepCoverage coverage, SweepCards cards) {
        this.sweeps = sweeps;
        this.checks = checks;
        this.coverage = coverage;
        this.cards = cards;
    }

    @Guard(resource = Resource.SWEEP, action = Action.CREATE)
    @PostMapping
    ResponseEntity<SweepViews.Sweep> start(@RequestBody SweepRequests.NewSweep request, CurrentUser user) {
        SweepViews.Sweep sweep = sweeps.start(user, request);
        return ResponseEntity.created(URI.create("/api/v1/sweeps/" + sweep.id())).body(sweep);
    }

    /** Newest first; {@code territory} narrows to sweeps of that place or over it. */
    @Guard(resource = Resource.SWEEP, action = Action.READ)
    @GetMapping
    Page<SweepViews.Sweep> list(@RequestParam(required = false) String territory,
                                @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                                CurrentUser user) {
        return sweeps.list(user, territory, after, limit);
    }

    @Guard(resource = Resource.SWEEP, action = Action.READ)
    @GetMapping("/{id}")
    SweepViews.Sweep one(@PathVariable long id, CurrentUser user) {
        return sweeps.find(user, id);
    }

    @Guard(resource = Resource.SWEEP, action = Action.ACT)
    @PostMapping("/{id}/checks")
    ResponseEntity<SweepViews.Check> check(@PathVariable long id, @RequestBody SweepRequests.NewCheck request,
                                           CurrentUser user) {
        SweepViews.Recorded recorded = checks.record(user, id, request);
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/v1/sweeps/" + id + "/checks/" + recorded.check().id()))
                .body(recorded.check())
                : ResponseEntity.ok(recorded.check());
    }

    @Guard(resource = Resource.SWEEP, action = Action.READ)
    @GetMapping("/{id}/coverage")
    SweepViews.Coverage coverage(@PathVariable long id, CurrentUser user) {
        return coverage.coverage(user, id);
    }

    /** The households not yet checked, in id order; {@code grid} narrows them to one grid. */
    @Guard(resource = Resource.SWEEP, action = Action.READ)
    @GetMapping("/{id}/remaining")
    Page<SweepViews.Remaining> remaining(@PathVariable long id, @RequestParam(required = false) String grid,
                                         @RequestParam(required = false) String after,
                                         @RequestParam(required = false) Integer limit, CurrentUser user) {
        return coverage.remaining(user, id, grid, after, limit);
    }

    /** A household's 明白卡 with its 包保 chain, phones masked (the printed card carries them in full). */
    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping("/cards/{householdId}")
    HouseholdCard card(@PathVariable long householdId, CurrentUser user) {
        return cards.card(user, householdId, base(), false);
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}

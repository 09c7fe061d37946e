package org.jiceng.volunteer.web;

import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.points.EntryView;
import org.jiceng.volunteer.internal.points.PointsAccounts;
import org.jiceng.volunteer.internal.points.PointsAwards;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Volunteers' points (志愿积分): balances, every entry with its source and rule version, deeds staff award and
 * reversals with a reason. A resident reads their own; staff their territory's.
 */
@RestController
@RequestMapping("/api/v1/volunteer/points")
class PointsApiController {

    private final PointsAccounts accounts;
    private final PointsAwards awards;

    PointsApiController(PointsAccounts accounts, PointsAwards awards) {
        this.accounts = accounts;
        this.awards = awards;
    }

    record Mine(PointsAccounts.Balance balance, Page<EntryView> entries) {
    }

    record Reversal(String reason) {
    }

    record Items<T>(List<T> items, String next) {
    }

    /** The balances of a territory's volunteers (staff, oversight); a resident's own only. */
    @Guard(resource = Resource.POINTS, action = Action.READ)
    @GetMapping
    Page<PointsAccounts.Balance> balances(@RequestParam(required = false) String territory,
                                          @RequestParam(required = false) String after,
                                          @RequestParam(required = false) Integer limit, CurrentUser user) {
        return accounts.balances(user, territory, after, limit);
    }

    @Guard(resource = Resource.POINTS, action = Action.READ)
    @GetMapping("/mine")
    Mine mine(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
              CurrentUser user) {
        var v = accounts.mine(user).orElseThrow(() -> new NotFoundException("您还没有登记为志愿者"));
        return new Mine(accounts.balance(user, v.id()), accounts.entries(user, v.id(), after, limit));
    }

    /** What each recent 双报到 service of the territory earned, or why it earned none. */
    @Guard(resource = Resource.POINTS, action = Action.READ)
    @GetMapping("/party-services")
    Items<PointsAccounts.PartyServiceOutcome> partyServices(CurrentUser user) {
        return new Items<>(accounts.partyServices(user, 200), null);
    }

    @Guard(resource = Resource.POINTS, action = Action.READ)
    @GetMapping("/{volunteerId}")
    PointsAccounts.Balance balance(@PathVariable long volunteerId, CurrentUser user) {
        return accounts.balance(user, volunteerId);
    }

    @Guard(resource = Resource.POINTS, action = Action.READ)
    @GetMapping("/{volunteerId}/entries")
    Page<EntryView> entries(@PathVariable long volunteerId, @RequestParam(required = false) String after,
                            @RequestParam(required = false) Integer limit, CurrentUser user) {
        return accounts.entries(user, volunteerId, after, limit);
    }

    @Guard(resource = Resource.POINTS, action = Action.CREATE)
    @PostMapping(path = "/{volunteerId}/deeds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PointsAwards.Awarded> award(@PathVariable long volunteerId, @RequestBody PointsAwards.NewDeed deed,
                                               CurrentUser user) {
        PointsAwards.Awarded awarded = awards.awardDeed(user, volunteerId, deed);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/points/entries/" + awarded.entryId())).body(awarded);
    }

    @Guard(resource = Resource.POINTS, action = Action.READ)
    @GetMapping("/entries/{entryId}")
    EntryView entry(@PathVariable long entryId, CurrentUser user) {
        return accounts.entry(user, entryId);
    }

    @Guard(resource = Resource.POINTS, action = Action.ACT)
    @PostMapping(path = "/entries/{entryId}/reverse", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EntryView> reverse(@PathVariable long entryId, @RequestBody Reversal reversal, CurrentUser user) {
        EntryView entry = awards.reverse(user, entryId, reversal.reason());
        return ResponseEntity.created(URI.create("/api/v1/volunteer/points/entries/" + entry.id())).body(entry);
    }
}

package org.jiceng.party.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.AccessPolicy;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.party.internal.duty.PledgeView;
import org.jiceng.party.internal.duty.Pledges;
import org.jiceng.party.web.PartyJson.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pledges (承诺事项): a member makes and updates their own; the branch keeps those of its place. */
@RestController
@RequestMapping("/api/v1/party/pledges")
class PledgeApiController {

    private final Pledges pledges;

    PledgeApiController(Pledges pledges) {
        this.pledges = pledges;
    }

    record Pledge(long id, long memberId, String holderName, String territoryCode, String content, LocalDate pledgedOn,
                  LocalDate dueOn, String state, String stateName, boolean overdue, LocalDate closedOn,
                  String closingNote, int version) {
        static Pledge of(PledgeView p, LocalDate today) {
            return new Pledge(p.id(), p.memberId(), p.holderName(), p.territoryCode(), p.content(), p.pledgedOn(),
                    p.dueOn(), p.state().name(), p.state().label(), p.overdueOn(today), p.closedOn(), p.closingNote(),
                    p.version());
        }
    }

    record PledgeDetail(Pledge pledge, List<PledgeView.Note> notes) {
        static PledgeDetail of(Pledges.Detail d, LocalDate today) {
            return new PledgeDetail(Pledge.of(d.pledge(), today), d.notes());
        }
    }

    @Guard(resource = Resource.PLEDGE, action = Action.READ)
    @GetMapping
    Page<Pledge> list(@RequestParam(required = false) String territory, @RequestParam(required = false) String after,
                      @RequestParam(required = false) Integer limit, CurrentUser user) {
        var scope = AccessPolicy.scope(user, Resource.PLEDGE, Action.READ);
        if (territory != null && !territory.isEmpty()) {
            scope = PartyJson.narrowed(scope, territory);
        }
        LocalDate today = pledges.today();
        var page = pledges.list(scope, user, after, Page.limit(limit));
        return new Page<>(page.items().stream().map(p -> Pledge.of(p, today)).toList(), page.next());
    }

    @Guard(resource = Resource.PLEDGE, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> make(@RequestBody Pledges.Request request, CurrentUser user) {
        long id = pledges.make(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/pledges/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.PLEDGE, action = Action.READ)
    @GetMapping("/{id}")
    PledgeDetail find(@PathVariable long id, CurrentUser user) {
        return PledgeDetail.of(pledges.detail(id, user), pledges.today());
    }

    @Guard(resource = Resource.PLEDGE, action = Action.UPDATE)
    @PostMapping("/{id}/progress")
    PledgeDetail progress(@PathVariable long id, @RequestBody Pledges.Progress progress, CurrentUser user) {
        return PledgeDetail.of(pledges.progress(id, progress, user), pledges.today());
    }

    @Guard(resource = Resource.PLEDGE, action = Action.UPDATE)
    @PostMapping("/{id}/closing")
    PledgeDetail close(@PathVariable long id, @RequestBody Pledges.Closing closing, CurrentUser user) {
        return PledgeDetail.of(pledges.close(id, closing, user), pledges.today());
    }
}

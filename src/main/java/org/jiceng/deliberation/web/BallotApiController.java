package org.jiceng.deliberation.web;

import org.jiceng.Cursor;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.deliberation.BallotResult;
import org.jiceng.deliberation.BallotView;
import org.jiceng.deliberation.internal.BallotService;
import org.jiceng.deliberation.internal.VoteCasting;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ballots under {@code /api/v1/ballots}: opening, votes on paper and online, receipts, closing, the result. */
@RestController
@RequestMapping("/api/v1/ballots")
class BallotApiController {

    private final BallotService ballots;
    private final VoteCasting votes;

    BallotApiController(BallotService ballots, VoteCasting votes) {
        this.ballots = ballots;
        this.votes = votes;
    }

    record Created(long id) {
    }

    /** An owner's own vote; {@code receipt} is the earlier receipt when changing a secret vote. */
    record OnlineVote(String choice, String receipt) {
    }

    @Guard(resource = Resource.BALLOT, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> create(@RequestBody BallotService.NewBallot ballot, CurrentUser user) {
        long id = ballots.create(user, ballot);
        return ResponseEntity.created(URI.create("/api/v1/ballots/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.BALLOT, action = Action.READ)
    @GetMapping
    Page<BallotView> list(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                          CurrentUser user) {
        long before = Cursor.idBelow(after);
        int n = Page.limit(limit);
        return Page.byId(ballots.list(user, before, n + 1), n, BallotView::id);
    }

    @Guard(resource = Resource.BALLOT, action = Action.READ)
    @GetMapping("/{id}")
    BallotView one(@PathVariable long id, CurrentUser user) {
        return ballots.view(user, id);
    }

    @Guard(resource = Resource.BALLOT, action = Action.ACT)
    @PostMapping("/{id}/paper-votes")
    ResponseEntity<VoteCasting.Cast> paper(@PathVariable long id, @RequestBody VoteCasting.PaperVote vote, CurrentUser user) {
        return ResponseEntity.status(201).body(votes.paper(user, id, vote));
    }

    @Guard(resource = Resource.VOTE, action = Action.CREATE)
    @PostMapping("/{id}/votes")
    ResponseEntity<VoteCasting.Cast> vote(@PathVariable long id, @RequestBody OnlineVote vote, CurrentUser user) {
        return ResponseEntity.status(201).body(votes.online(user, id, vote.choice(), vote.receipt()));
    }

    @Guard(resource = Resource.VOTE, action = Action.READ)
    @GetMapping("/{id}/receipts/{code}")
    VoteCasting.Receipt receipt(@PathVariable long id, @PathVariable String code, CurrentUser user) {
        return votes.check(user, id, code);
    }

    @Guard(resource = Resource.BALLOT, action = Action.ACT)
    @PostMapping("/{id}/close")
    BallotResult close(@PathVariable long id, CurrentUser user) {
        return ballots.close(user, id);
    }

    @Guard(resource = Resource.BALLOT, action = Action.READ)
    @GetMapping("/{id}/result")
    BallotResult result(@PathVariable long id, CurrentUser user) {
        return ballots.result(user, id);
    }
}

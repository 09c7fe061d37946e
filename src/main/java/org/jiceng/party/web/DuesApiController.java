package org.jiceng.party.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.internal.branchlife.Dues;
import org.jiceng.party.web.BranchLifeJson.BranchMonth;
import org.jiceng.party.web.BranchLifeJson.Created;
import org.jiceng.party.web.BranchLifeJson.DuesMonth;
import org.jiceng.party.web.BranchLifeJson.MemberYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 党费 in fen: a member's month recorded and paid, a member's year with arrears (the member themselves, the branch,
 * the party administrator), a branch's month with every member's arrears (the branch and the administrator).
 */
@RestController
@RequestMapping("/api/v1/party/dues")
class DuesApiController {

    private final Dues dues;

    DuesApiController(Dues dues) {
        this.dues = dues;
    }

    @Guard(resource = Resource.PARTY_DUES, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> record(@RequestBody Dues.Request request, CurrentUser user) {
        long id = dues.record(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/dues/" + id)).body(new Created(id));
    }

    /** A member's months of a year ({@code memberId}), or a branch's month ({@code organisationId}, {@code month}). */
    @Guard(resource = Resource.PARTY_DUES, action = Action.READ)
    @GetMapping
    Object list(@RequestParam(required = false) Long memberId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long organisationId, @RequestParam(required = false) String month,
                CurrentUser user) {
        if (organisationId != null) {
            return BranchMonth.of(dues.branchMonth(organisationId, month, user));
        }
        if (memberId == null) {
            throw new org.jiceng.BadInputException("memberId", "请指明党员 memberId（某人全年党费）或党组织 organisationId（支部当月党费）");
        }
        return MemberYear.of(dues.memberYear(memberId, year, user));
    }

    @Guard(resource = Resource.PARTY_DUES, action = Action.READ)
    @GetMapping("/{id}")
    DuesMonth one(@PathVariable long id, CurrentUser user) {
        return DuesMonth.of(dues.dues(id, user));
    }

    @Guard(resource = Resource.PARTY_DUES, action = Action.ACT)
    @PostMapping("/{id}/payments")
    DuesMonth pay(@PathVariable long id, @RequestBody Dues.Payment payment, CurrentUser user) {
        return DuesMonth.of(dues.pay(id, payment, user));
    }
}

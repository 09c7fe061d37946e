package org.jiceng.party.web;

import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.party.internal.membership.Affiliations;
import org.jiceng.party.internal.membership.FlowingMembers;
import org.jiceng.party.internal.membership.Transfers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's affiliations beside their own organisation, 组织关系转接 in and out, and 流动党员 and 候鸟 members under
 * {@code /api/v1/party}. A record outside the caller's scope answers 404; a caller who may nowhere, 403.
 */
@RestController
@RequestMapping("/api/v1/party")
class MembershipApiController {

    private final Affiliations affiliations;
    private final Transfers transfers;
    private final FlowingMembers flowing;

    MembershipApiController(Affiliations affiliations, Transfers transfers, FlowingMembers flowing) {
        this.affiliations = affiliations;
        this.transfers = transfers;
        this.flowing = flowing;
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/members/{id}/affiliations")
    List<?> affiliations(@PathVariable long id, CurrentUser user) {
        return affiliations.of(id, user);
    }

    /** The member joins a functional, temporary or joint organisation beside their own. */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.UPDATE)
    @PostMapping("/members/{id}/affiliations")
    ResponseEntity<?> join(@PathVariable long id, @RequestBody Affiliations.Request request, CurrentUser user) {
        var joined = affiliations.join(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/members/" + id + "/affiliations")).body(joined);
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.UPDATE)
    @PostMapping("/members/{id}/affiliations/{affiliationId}/end")
    Object leave(@PathVariable long id, @PathVariable long affiliationId,
                 @RequestBody(required = false) Affiliations.Ending ending, CurrentUser user) {
        return affiliations.leave(id, affiliationId, ending, user);
    }

    /** The member's transfers, newest first. */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/members/{id}/transfers")
    List<?> memberTransfers(@PathVariable long id, CurrentUser user) {
        return transfers.ofMember(id, user);
    }

    /** Applies to transfer the member out: to an organisation in the system, or out of the county. */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.ACT)
    @PostMapping("/members/{id}/transfers")
    ResponseEntity<Transfers.Transfer> transferOut(@PathVariable long id, @RequestBody Transfers.OutRequest request,
                                                   CurrentUser user) {
        var transfer = transfers.out(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/transfers/" + transfer.transfer().id())).body(transfer);
    }

    /** Records a transfer in from outside the county, with its letter's number. */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.ACT)
    @PostMapping("/transfers")
    ResponseEntity<Transfers.Transfer> transferIn(@RequestBody Transfers.InRequest request, CurrentUser user) {
        var transfer = transfers.in(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/transfers/" + transfer.transfer().id())).body(transfer);
    }

    /** Transfers of members in the territory, or coming to its organisations; {@code state} filters. */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/transfers")
    Page<?> transfers(@RequestParam(required = false) String territory, @RequestParam(required = false) String state,
                      @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                      CurrentUser user) {
        return transfers.list(user, territory, state, after, Page.limit(limit));
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/transfers/{id}")
    Transfers.Transfer transfer(@PathVariable long id, CurrentUser user) {
        return transfers.find(id, user);
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.ACT)
    @PostMapping("/transfers/{id}/send")
    Transfers.Transfer send(@PathVariable long id, @RequestBody(required = false) Transfers.Move move, CurrentUser user) {
        return transfers.send(id, move, user);
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.ACT)
    @PostMapping("/transfers/{id}/receive")
    Transfers.Transfer receive(@PathVariable long id, @RequestBody(required = false) Transfers.Move move,
                               CurrentUser user) {
        return transfers.receive(id, move, user);
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.ACT)
    @PostMapping("/transfers/{id}/return")
    Transfers.Transfer sendBack(@PathVariable long id, @RequestBody(required = false) Transfers.Move move,
                                CurrentUser user) {
        return transfers.sendBack(id, move, user);
    }

    /** 流动党员 and 候鸟 members registered in the territory; {@code current} (default true) leaves out those back. */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/flowing-members")
    Page<?> flowingMembers(@RequestParam(required = false) String territory, @RequestParam(required = false) String kind,
                           @RequestParam(required = false) Boolean current, @RequestParam(required = false) String after,
                           @RequestParam(required = false) Integer limit, CurrentUser user) {
        return flowing.list(user, territory, kind, current, after, Page.limit(limit));
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.UPDATE)
    @PostMapping("/flowing-members")
    ResponseEntity<?> registerFlowing(@RequestBody FlowingMembers.Request request, CurrentUser user) {
        var row = flowing.register(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/flowing-members/" + row.id())).body(row);
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/flowing-members/{id}")
    Object flowingMember(@PathVariable long id, CurrentUser user) {
        return flowing.find(id, user);
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.UPDATE)
    @PostMapping("/flowing-members/{id}/end")
    Object endFlowing(@PathVariable long id, @RequestBody(required = false) FlowingMembers.Ending ending,
                      CurrentUser user) {
        return flowing.end(id, ending, user);
    }
}

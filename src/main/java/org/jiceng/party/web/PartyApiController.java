package org.jiceng.party.web;

import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.MemberAdmission;
import org.jiceng.party.internal.MemberChanges;
import org.jiceng.party.internal.PartyAccess;
import org.jiceng.party.internal.PartyService;
import org.jiceng.party.web.PartyJson.Anniversary;
import org.jiceng.party.web.PartyJson.Created;
import org.jiceng.party.web.PartyJson.Member;
import org.jiceng.party.web.PartyJson.Organisation;
import org.jiceng.party.web.PartyJson.OrganisationDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Party organisations, members and this week's 入党生日 under {@code /api/v1/party}. A single record outside
 * the caller's scope answers as one that does not exist (404); a list for a territory outside it, 403.
 */
@RestController
@RequestMapping("/api/v1/party")
class PartyApiController {

    private final PartyService party;
    private final MemberAdmission admission;
    private final MemberChanges changes;
    private final Clock clock;

    PartyApiController(PartyService party, MemberAdmission admission, MemberChanges changes, Clock clock) {
        this.clock = clock;
        this.party = party;
        this.admission = admission;
        this.changes = changes;
    }

    /** Tree nodes under a territory, or the children of one organisation ({@code parent}), by id. */
    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/organisations")
    Page<Organisation> organisations(@RequestParam(required = false) String territory,
                                     @RequestParam(required = false) Long parent,
                                     @RequestParam(required = false) String after,
                                     @RequestParam(required = false) Integer limit, CurrentUser user) {
        Scope scope = PartyJson.narrowed(PartyAccess.organisations(user), territory);
        int n = Page.limit(limit);
        if (parent != null) {
            existing(parent, PartyAccess.organisations(user));
            long cursor = Cursor.idAbove(after);
            List<Organisation> children = party.children(parent, scope).stream().filter(o -> o.id() > cursor)
                    .limit(n + 1L).map(Organisation::of).toList();
            return Page.byId(children, n, Organisation::id);
        }
        Page<OrganisationView> page = party.organisations(scope, after, n);
        return new Page<>(page.items().stream().map(Organisation::of).toList(), page.next());
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/organisations/{id}")
    OrganisationDetail organisation(@PathVariable long id, CurrentUser user) {
        OrganisationView o = existing(id, PartyAccess.organisations(user));
        long children = party.childCounts(List.of(o), PartyAccess.organisations(user)).getOrDefault(id, 0L);
        Long members = PartyAccess.mayReadMembers(user) ? party.memberCount(id, PartyAccess.members(user)) : null;
        return new OrganisationDetail(o.id(), o.parentId(), o.name(), o.level().name(), o.level().label(),
                o.kind().name(), o.kind().label(), o.focus(), o.territoryCode(), o.establishedOn(), o.dissolvedOn(),
                o.version(), children, members);
    }

    /** The members of an organisation and of those below it (a 党总支's branches and their groups). */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/organisations/{id}/members")
    Page<Member> organisationMembers(@PathVariable long id, @RequestParam(required = false) String after,
                                     @RequestParam(required = false) Integer limit, CurrentUser user) {
        Scope scope = PartyAccess.members(user);
        existing(id, PartyAccess.organisations(user));
        var page = party.membersOf(id, scope, after, Page.limit(limit));
        return new Page<>(page.items().stream().map(Member::of).toList(), page.next());
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/members")
    Page<Member> members(@RequestParam(required = false) String territory,
                         @RequestParam(required = false) String after,
                         @RequestParam(required = false) Integer limit, CurrentUser user) {
        Scope scope = PartyJson.narrowed(PartyAccess.members(user), territory);
        var page = party.members(scope, after, Page.limit(limit));
        return new Page<>(page.items().stream().map(Member::of).toList(), page.next());
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.CREATE)
    @PostMapping("/members")
    ResponseEntity<Created> admit(@RequestBody MemberAdmission.Request request, CurrentUser user) {
        long id = admission.admit(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/members/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/members/{id}")
    Member member(@PathVariable long id, CurrentUser user) {
        return party.member(id, PartyAccess.members(user)).map(Member::of)
                .orElseThrow(() -> new NotFoundException("党员 " + id + " 不存在或不在您的辖区内"));
    }

    /** Changes a member's organisation or flags; {@code version} must be the one read, else 409. */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.UPDATE)
    @PutMapping("/members/{id}")
    Member change(@PathVariable long id, @RequestBody MemberChanges.Request request, CurrentUser user) {
        return Member.of(changes.change(id, request, user));
    }

    /** This week's 入党生日 (Monday to Sunday, Beijing time), by date. */
    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/anniversaries")
    Page<Anniversary> anniversaries(@RequestParam(required = false) String territory,
                                    @RequestParam(required = false) String after,
                                    @RequestParam(required = false) Integer limit, CurrentUser user) {
        Scope scope = PartyJson.narrowed(PartyAccess.members(user), territory);
        var page = party.anniversaries(scope, Beijing.today(clock), after, Page.limit(limit));
        return new Page<>(page.items().stream().map(Anniversary::of).toList(), page.next());
    }

    private OrganisationView existing(long id, Scope scope) {
        return party.organisation(id, scope)
                .orElseThrow(() -> new NotFoundException("党组织 " + id + " 不存在或不在您的辖区内"));
    }
}

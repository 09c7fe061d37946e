package org.jiceng.party.internal.membership;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.PartyApi;

/**
 * Access to members' affiliations, transfers, flowing members and 党员中心户, after {@link AccessPolicy}: the scope of
 * the resource and action first (a person who may nowhere is refused with 403, naming who may), then the record
 * inside it (outside, 404), and only then the request's fields.
 */
final class MembershipAccess {

    private MembershipAccess() {
    }

    static Scope where(CurrentUser user, Resource resource, Action action) {
        Scope scope = AccessPolicy.scope(user, resource, action);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(resource, action);
        }
        return scope;
    }

    /** The scope narrowed to a territory: a territory wholly outside it is refused (403), as the party lists do. */
    static Scope narrowed(Scope scope, String territory) {
        return scope.askedFor(territory);
    }

    static MemberView member(PartyApi party, long id, Scope scope) {
        return party.member(id, scope).orElseThrow(() -> new NotFoundException("党员 " + id + " 不存在或不在您的辖区内"));
    }

    static OrganisationView organisation(PartyApi party, long id, Scope scope) {
        return party.organisation(id, scope)
                .orElseThrow(() -> new NotFoundException("党组织 " + id + " 不存在或不在您的辖区内"));
    }
}

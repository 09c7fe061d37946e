package org.jiceng.party.internal.duty;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.PartyApi;

/**
 * Who may do what with 设岗定责, pledges and campaigns, as {@link AccessPolicy} says: the branch and party or
 * government staff where they work; a member their own pledges (OWN: the account is linked to that member).
 */
public final class DutyAccess {

    private DutyAccess() {
    }

    /** Where the user may do {@code action}; refuses, naming who may, a user who may nowhere. */
    public static Scope where(CurrentUser user, Resource resource, Action action) {
        Scope scope = AccessPolicy.scope(user, resource, action);
        if (scope.isEmpty() && AccessPolicy.relations(user, resource, action).isEmpty()) {
            throw AccessPolicy.refusal(resource, action);
        }
        return scope;
    }

    /** The member as the policy sees them for this user: where they live, and whether they are the user. */
    static AccessPolicy.Target target(MemberView member, CurrentUser user) {
        return AccessPolicy.Target.at(member.territoryCode()).withIf(own(member.id(), user), Relation.OWN);
    }

    static boolean own(long memberId, CurrentUser user) {
        return user.partyMemberId() != null && user.partyMemberId() == memberId;
    }

    /** The member named, or the user's own member record when none is named; 404 when the user may not reach it. */
    static MemberView member(Long memberId, CurrentUser user, Resource resource, Action action, PartyApi party) {
        Long id = memberId != null ? memberId : user.partyMemberId();
        if (id == null) {
            throw new org.jiceng.BadInputException("memberId", "请填写党员编号 memberId（本账号未关联党员）");
        }
        MemberView member = party.member(id, Scope.everything())
                .filter(m -> AccessPolicy.allows(user, resource, action, target(m, user)))
                .orElse(null);
        if (member == null) {
            if (!AccessPolicy.mayAtAll(user, resource, action)) {
                throw AccessPolicy.refusal(resource, action);
            }
            throw new NotFoundException("党员 " + id + " 不存在或不在您的辖区内");
        }
        return member;
    }
}

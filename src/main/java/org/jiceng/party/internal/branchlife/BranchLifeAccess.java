package org.jiceng.party.internal.branchlife;

import static org.jiceng.Resource.BRANCH_MEETING;
import static org.jiceng.Resource.PARTY_DUES;

import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.springframework.stereotype.Component;

/**
 * Who may do what in branch life, as {@link AccessPolicy} says. BranchMeetings are read by party readers in their
 * territory and by a member of the branch (own branch: their organisation or the one above it); 党费 by the member
 * themselves (an account linked to the member or their resident record), the branch secretary and the party
 * administrator. A record the person may not read is a 404, one they read but may not change a 403.
 */
@Component
public class BranchLifeAccess {

    private final BranchMeetingRepository repository;

    BranchLifeAccess(BranchMeetingRepository repository) {
        this.repository = repository;
    }

    /** The organisations whose meetings the person reads as a member of them. */
    Set<Long> ownOrganisations(CurrentUser user) {
        if (!AccessPolicy.relations(user, BRANCH_MEETING, Action.READ).contains(Relation.OWN_BRANCH)) {
            return Set.of();
        }
        return repository.organisationsOf(user.partyMemberId(), user.residentId());
    }

    Target meeting(CurrentUser user, String territoryCode, long organisationId) {
        return Target.at(territoryCode).withIf(ownOrganisations(user).contains(organisationId), Relation.OWN_BRANCH);
    }

    /** Refuses with a 404 an organisation or meeting the person may not read, else with a 403 what they may not do. */
    void meetingCheck(CurrentUser user, Action action, String territoryCode, long organisationId, String what) {
        Target target = meeting(user, territoryCode, organisationId);
        if (!AccessPolicy.allows(user, BRANCH_MEETING, Action.READ, target)) {
            throw new NotFoundException(what + "不存在或不在您的辖区内");
        }
        AccessPolicy.check(user, BRANCH_MEETING, action, target);
    }

    /** Whether the member's 党费 are the person's own. */
    static boolean ownDues(CurrentUser user, MemberFacts member) {
        return (user.partyMemberId() != null && user.partyMemberId() == member.id())
                || (user.residentId() != null && user.residentId() == member.residentId());
    }

    void duesCheck(CurrentUser user, Action action, MemberFacts member) {
        Target target = Target.at(member.territoryCode()).withIf(ownDues(user, member), Relation.OWN);
        if (!AccessPolicy.allows(user, PARTY_DUES, Action.READ, target)) {
            throw new NotFoundException("党员 " + member.id() + " 的党费记录不存在或您无权查看");
        }
        AccessPolicy.check(user, PARTY_DUES, action, target);
    }

    /** Where the person reads 党费 as branch or administrator (not as a member of their own). */
    static Scope duesScope(CurrentUser user) {
        return AccessPolicy.scope(user, PARTY_DUES, Action.READ);
    }

    static Scope meetingScope(CurrentUser user) {
        return AccessPolicy.scope(user, BRANCH_MEETING, Action.READ);
    }
}

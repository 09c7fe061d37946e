package org.jiceng.volunteer.internal.points;

import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.Volunteers.Volunteer;
import org.springframework.stereotype.Component;

/**
 * How a volunteer's points stand to a person: where the volunteer serves, and whether they are the person's own
 * (the account they signed up with). One who may not read them is answered 404, so ids reveal nothing.
 */
@Component
public class PointsAccess {

    private final Volunteers volunteers;

    PointsAccess(Volunteers volunteers) {
        this.volunteers = volunteers;
    }

    public Target target(CurrentUser user, Volunteer v) {
        return Target.at(v.communityCode()).withIf(v.userId() != null && v.userId() == user.id(), Relation.OWN);
    }

    /** The volunteer whose points {@code user} may do {@code action} to; 404 when they may not even read them. */
    public Volunteer require(CurrentUser user, Action action, long volunteerId) {
        Volunteer v = volunteers.get(volunteerId).orElseThrow(() -> new NotFoundException("志愿者 " + volunteerId + " 不存在"));
        Target target = target(user, v);
        if (!AccessPolicy.allows(user, Resource.POINTS, Action.READ, target)) {
            throw new NotFoundException("志愿者 " + volunteerId + " 不存在");
        }
        AccessPolicy.check(user, Resource.POINTS, action, target);
        return v;
    }

    /** Where the person reads every volunteer's points (staff and oversight); empty for residents. */
    public Scope staffScope(CurrentUser user) {
        return AccessPolicy.scope(user, Resource.POINTS, Action.READ);
    }
}

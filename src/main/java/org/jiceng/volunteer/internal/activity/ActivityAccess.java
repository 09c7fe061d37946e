package org.jiceng.volunteer.internal.activity;

import java.util.Objects;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.Volunteers.Volunteer;
import org.springframework.stereotype.Component;

/**
 * Who may do what with teams, volunteers, activities and attendance, as {@link AccessPolicy} says: the territory
 * is the record's community; ORGANISER holds for the leader of the team (and so of its activities), OWN for the
 * volunteer's own record and attendance. What the person may not read is a 404, not a 403.
 */
@Component
class ActivityAccess {

    private final TeamRepository teams;

    ActivityAccess(TeamRepository teams) {
        this.teams = teams;
    }

    Target team(CurrentUser user, TeamRepository.TeamRow team) {
        return Target.at(team.communityCode()).withIf(teams.leads(user.id(), team.id()), Relation.ORGANISER);
    }

    Target activity(CurrentUser user, ActivityRepository.ActivityRow activity) {
        return Target.at(activity.communityCode()).withIf(teams.leads(user.id(), activity.teamId()), Relation.ORGANISER);
    }

    Target volunteer(CurrentUser user, Volunteer volunteer) {
        return Target.at(volunteer.communityCode())
                .withIf(Objects.equals(volunteer.userId(), user.id()), Relation.OWN)
                .withIf(teams.leadsTeamOf(user.id(), volunteer.id()), Relation.ORGANISER);
    }

    Target attendance(CurrentUser user, ActivityRepository.ActivityRow activity, AttendanceRepository.AttendanceRow row) {
        return activity(user, activity).withIf(Objects.equals(row.userId(), user.id()), Relation.OWN);
    }

    static boolean allows(CurrentUser user, Resource resource, Action action, Target target) {
        return AccessPolicy.allows(user, resource, action, target);
    }

    static void check(CurrentUser user, Resource resource, Action action, Target target) {
        AccessPolicy.check(user, resource, action, target);
    }
}

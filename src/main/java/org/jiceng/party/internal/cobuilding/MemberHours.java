package org.jiceng.party.internal.cobuilding;

import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.springframework.stereotype.Service;

/** An in-service member's own view: the active projects of the communities they registered with, and their hours. */
@Service
public class MemberHours {

    private final ProjectRepository projects;
    private final HoursRepository hours;
    private final Projects views;

    MemberHours(ProjectRepository projects, HoursRepository hours, Projects views) {
        this.projects = projects;
        this.hours = hours;
        this.views = views;
    }

    public record MyProject(Projects.ProjectView project, List<ServiceHours.HoursView> hours) {
    }

    /** Nothing for an account that is no party member, or may not report its own hours. */
    public List<MyProject> of(CurrentUser user) {
        if (user.partyMemberId() == null
                || !AccessPolicy.relations(user, Resource.SERVICE_HOURS, Action.CREATE).contains(Relation.OWN)) {
            return List.of();
        }
        return projects.activeProjectsOfMember(user.partyMemberId()).stream()
                .map(p -> new MyProject(views.view(p), hours.ofProject(p.id(), user.partyMemberId()).stream()
                        .map(ServiceHours.HoursView::of).toList()))
                .toList();
    }
}

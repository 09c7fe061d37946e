package org.jiceng.assessment.internal.project;

import static org.jiceng.Resource.LIVELIHOOD_PROJECT;

import java.util.Objects;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;

/**
 * Who may do what with livelihood projects, as {@link AccessPolicy} says: the committees of the place and above
 * plan and report; a department the projects it carries (ASSIGNED_TO_UNIT); residents read published ones.
 */
public final class ProjectAccess {

    private ProjectAccess() {
    }

    /** What the user's SQL may read or touch for {@code action}; refuses a user who may do it nowhere. */
    static LivelihoodProjectRepository.Reach reach(CurrentUser user, Action action, boolean published) {
        var scope = AccessPolicy.scope(user, LIVELIHOOD_PROJECT, action);
        Set<Relation> relations = AccessPolicy.relations(user, LIVELIHOOD_PROJECT, action);
        long unit = relations.contains(Relation.ASSIGNED_TO_UNIT) ? user.unitId().orElse(-1L) : -1L;
        boolean open = published && relations.contains(Relation.PUBLIC);
        if (scope.isEmpty() && unit < 0 && !open) {
            throw AccessPolicy.refusal(LIVELIHOOD_PROJECT, action);
        }
        return new LivelihoodProjectRepository.Reach(scope, unit, open);
    }

    static AccessPolicy.Target target(ProjectView p, CurrentUser user) {
        boolean carries = p.unitId() != null && Objects.equals(user.unitId().orElse(null), p.unitId());
        return AccessPolicy.Target.at(p.territoryCode()).withIf(carries, Relation.ASSIGNED_TO_UNIT)
                .withIf(p.published(), Relation.PUBLIC);
    }
}

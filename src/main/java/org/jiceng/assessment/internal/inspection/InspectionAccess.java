package org.jiceng.assessment.internal.inspection;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Scope;

/**
 * Who may do what with inspections, as {@link AccessPolicy} says: a finding lies at its responsible place (a
 * department's at the county's code) and is also the department's own when given to its unit
 * ({@link Relation#ASSIGNED_TO_UNIT}). A finding outside what the person may read is a 404.
 */
public final class InspectionAccess {

    private InspectionAccess() {
    }

    /** Where the person may do the action by territory (possibly nowhere). */
    public static Scope scope(CurrentUser user, Action action) {
        return AccessPolicy.scope(user, Resource.INSPECTION, action);
    }

    /** The person's department when a row lets them do the action to what is given to their unit; else null. */
    public static Long unit(CurrentUser user, Action action) {
        return AccessPolicy.relations(user, Resource.INSPECTION, action).contains(Relation.ASSIGNED_TO_UNIT)
                ? user.unitId().orElse(null) : null;
    }

    public static boolean allows(CurrentUser user, Action action, String territory, Long unit) {
        return AccessPolicy.allows(user, Resource.INSPECTION, action, target(user, territory, unit));
    }

    public static void check(CurrentUser user, Action action, String territory, Long unit) {
        AccessPolicy.check(user, Resource.INSPECTION, action, target(user, territory, unit));
    }

    private static AccessPolicy.Target target(CurrentUser user, String territory, Long unit) {
        return AccessPolicy.Target.at(territory)
                .withIf(unit != null && unit.equals(user.unitId().orElse(null)), Relation.ASSIGNED_TO_UNIT);
    }
}

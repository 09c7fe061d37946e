package org.jiceng.party.internal.cobuilding;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Resource;
import org.jiceng.Scope;

/**
 * Who may do what with 双报到 co-building, as {@link AccessPolicy} says: a community's needs, offers and projects
 * are read by its people and by party and government staff where they work; written by party writers; matched
 * into projects by the town and the party administrator; hours reported by the member themselves (OWN) or by staff,
 * and confirmed by the community. A record outside what the person may read is a 404.
 */
public final class CoBuildingAccess {

    private CoBuildingAccess() {
    }

    /** Where the user may do {@code action}; refuses, naming who may, a user who may nowhere. */
    static Scope where(CurrentUser user, Resource resource, Action action) {
        Scope scope = AccessPolicy.scope(user, resource, action);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(resource, action);
        }
        return scope;
    }

    /** Where the user reads needs, offers and projects; refuses a user who may nowhere (a department). */
    public static Scope readable(CurrentUser user) {
        return where(user, Resource.CO_BUILDING, Action.READ);
    }

    /** Where the user reads needs, offers and projects (possibly nowhere). */
    static Scope reads(CurrentUser user) {
        return AccessPolicy.scope(user, Resource.CO_BUILDING, Action.READ);
    }

    static void check(CurrentUser user, Resource resource, Action action, String community) {
        AccessPolicy.check(user, resource, action, AccessPolicy.Target.at(community));
    }

    static boolean allows(CurrentUser user, Resource resource, Action action, String community) {
        return AccessPolicy.allows(user, resource, action, AccessPolicy.Target.at(community));
    }

    /** A community the user may write in: else a 403 naming it (the code came from the request, not a record). */
    static void requireWithin(Scope scope, String community) {
        if (!scope.covers(community)) {
            throw new ForbiddenException("村(社区) " + community + " 不在您的辖区内");
        }
    }
}

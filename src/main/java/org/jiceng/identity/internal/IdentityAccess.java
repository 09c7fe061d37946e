package org.jiceng.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.ForbiddenException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.Scope;

/**
 * Who may see and manage which account, token and log, asked of {@link AccessPolicy}. An account lies where
 * its grants lie: a manager reaches it only when every one of its grants lies in the manager's territory, so
 * a town's administrator never touches an account that also holds a role beside or above the town.
 */
public final class IdentityAccess {

    /** Roles with county-wide reach: only a county administrator grants them, never a town's administrator. */
    static final Set<Role> COUNTY_GRANTED = EnumSet.of(Role.COUNTY_ADMIN, Role.AUDITOR, Role.INSPECTOR);

    private IdentityAccess() {
    }

    /** The territory whose accounts the person may list (empty: they may only see their own). */
    public static Scope readScope(CurrentUser user) {
        return AccessPolicy.scope(user, Resource.ACCOUNT, Action.READ);
    }

    public static Scope manageScope(CurrentUser user) {
        return AccessPolicy.scope(user, Resource.ACCOUNT, Action.MANAGE);
    }

    public static boolean mayRead(CurrentUser user, long accountId, Collection<Grant> grants) {
        return everyGrant(user, Resource.ACCOUNT, Action.READ, accountId, grants);
    }

    public static boolean mayManage(CurrentUser user, long accountId, Collection<Grant> grants) {
        return user.id() != accountId && everyGrant(user, Resource.ACCOUNT, Action.MANAGE, accountId, grants);
    }

    /** Revoking all of an account's tokens: one's own, or a county administrator's over their county. */
    public static boolean mayRevokeTokens(CurrentUser user, long accountId, Collection<Grant> grants) {
        return everyGrant(user, Resource.API_TOKEN, Action.MANAGE, accountId, grants);
    }

    /** Refuses a grant the person may not give: outside their territory, or a county-wide role from a town. */
    public static void checkGrantable(CurrentUser user, Grant grant) {
        if (!AccessPolicy.allows(user, Resource.ACCOUNT, Action.MANAGE, Target.at(grant.territoryCode()))) {
            throw new ForbiddenException("您只能在本辖区内授予角色，不能在“" + grant.territoryCode() + "”授予");
        }
        if (COUNTY_GRANTED.contains(grant.role()) && !user.scopeAs(Role.COUNTY_ADMIN).covers(grant.territoryCode())) {
            throw new ForbiddenException("只有县级管理员可以授予“" + grant.role().label() + "”角色");
        }
    }

    public static void checkAuditReader(CurrentUser user) {
        if (readAuditScope(user).isEmpty()) {
            throw AccessPolicy.refusal(Resource.AUDIT_LOG, Action.READ);
        }
    }

    public static Scope readAuditScope(CurrentUser user) {
        return AccessPolicy.scope(user, Resource.AUDIT_LOG, Action.READ);
    }

    private static boolean everyGrant(CurrentUser user, Resource resource, Action action, long accountId,
                                      Collection<Grant> grants) {
        Target own = Target.at(null).withIf(user.id() == accountId, Relation.OWN);
        if (AccessPolicy.allows(user, resource, action, own)) {
            return true;
        }
        return !grants.isEmpty() && grants.stream()
                .allMatch(g -> AccessPolicy.allows(user, resource, action, Target.at(g.territoryCode())));
    }
}

package org.jiceng.party.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.jiceng.Scope;

/**
 * Who may do what with party data. Organisations and posts are read by anyone within their scope; member
 * records only by party and government staff; registrations by 党组织管理员 and town or village staff. Each
 * scope is built from the grants of the roles that allow the act, so a resident of one village who is staff
 * in another writes only in the other.
 */
public final class PartyAccess {

    static final Set<Role> MEMBER_READERS = EnumSet.of(Role.PARTY_ORG_ADMIN, Role.COUNTY_ADMIN, Role.TOWN_STAFF,
            Role.VILLAGE_STAFF, Role.GRID_WORKER, Role.AUDITOR);
    static final Set<Role> WRITERS = EnumSet.of(Role.PARTY_ORG_ADMIN, Role.TOWN_STAFF, Role.VILLAGE_STAFF);

    private PartyAccess() {
    }

    /** Where the user may read member records; refuses a user with no role that may. */
    public static Scope memberScope(CurrentUser user) {
        Scope scope = user.scopeAs(MEMBER_READERS);
        if (scope.isEmpty()) {
            throw new ForbiddenException("党员信息仅向党组织管理员和党政工作人员开放");
        }
        return scope;
    }

    /** Where the user may register members, posts and 双报到; refuses a user with no role that may. */
    public static Scope writeScope(CurrentUser user) {
        Scope scope = user.scopeAs(WRITERS);
        if (scope.isEmpty()) {
            throw new ForbiddenException("只有党组织管理员和乡镇(街道)、村(社区)工作人员可以登记党员、三长楼长和双报到信息");
        }
        return scope;
    }

    public static boolean mayReadMembers(CurrentUser user) {
        return !user.scopeAs(MEMBER_READERS).isEmpty();
    }

    public static boolean mayWrite(CurrentUser user) {
        return !user.scopeAs(WRITERS).isEmpty();
    }
}

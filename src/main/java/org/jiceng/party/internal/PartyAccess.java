package org.jiceng.party.internal;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.DUAL_REGISTRATION;
import static org.jiceng.Resource.PARTY_MEMBER;
import static org.jiceng.Resource.PARTY_ORG;
import static org.jiceng.Resource.PARTY_POST;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;

/**
 * Who may do what with party data, as {@link AccessPolicy} says: organisations and posts (names and roles) are
 * read in one's territory, or by a resident in their own community; member records and 双报到 only by party and
 * government staff; writes by 党组织管理员, 支部书记 and town or village staff where they work. Departments read
 * nothing here. Each scope comes from the rows of that resource and action, so a resident of one village who is
 * staff in another writes only in the other; repositories take these scopes, so a record outside is a 404.
 */
public final class PartyAccess {

    private PartyAccess() {
    }

    /** Where the user reads organisations. */
    public static Scope organisations(CurrentUser user) {
        return AccessPolicy.scope(user, PARTY_ORG, READ);
    }

    /** Where the user reads who holds the 三长, 楼长 and grid worker posts. */
    public static Scope posts(CurrentUser user) {
        return AccessPolicy.scope(user, PARTY_POST, READ);
    }

    /** Where the user may read member records; refuses, naming who may, a user who may nowhere. */
    public static Scope members(CurrentUser user) {
        return where(user, PARTY_MEMBER, READ);
    }

    /** Where the user may read 双报到 registrations and the service recorded. */
    public static Scope registrations(CurrentUser user) {
        return where(user, DUAL_REGISTRATION, READ);
    }

    /** Where the user may do {@code action} to {@code resource}; refuses, naming who may, a user who may nowhere. */
    static Scope where(CurrentUser user, Resource resource, Action action) {
        Scope scope = AccessPolicy.scope(user, resource, action);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(resource, action);
        }
        return scope;
    }

    public static boolean mayReadMembers(CurrentUser user) {
        return !AccessPolicy.scope(user, PARTY_MEMBER, READ).isEmpty();
    }
}

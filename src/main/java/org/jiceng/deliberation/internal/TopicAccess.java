package org.jiceng.deliberation.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.deliberation.TopicTransitions;

/**
 * Who may do what in deliberation. Topics, meetings and notices belong to a village or community (or a town
 * for its own meetings), so a grant at a grid reads its whole community. Residents and grid workers raise,
 * comment and support topics; the committee of the place, its town and the county move topics, hold meetings
 * and publish notices. Each scope is built from the grants of the roles that allow the act, so a resident of
 * one village who is staff in another manages only the other.
 */
public final class TopicAccess {

    static final Set<Role> PARTICIPANTS = EnumSet.of(Role.RESIDENT, Role.GRID_WORKER, Role.VILLAGE_STAFF,
            Role.TOWN_STAFF, Role.COUNTY_ADMIN);

    private TopicAccess() {
    }

    /** Where the user reads topics, meetings and notices: every grant, widened from a grid to its community. */
    public static Scope readScope(CurrentUser user) {
        return new Scope(user.grants().stream().map(g -> community(g.territoryCode())).toList());
    }

    /** Where the user acts for the committee: moves topics, holds meetings, publishes notices. */
    public static Scope staffScope(CurrentUser user) {
        return scopeOf(user, TopicTransitions.MOVERS);
    }

    public static Scope participantScope(CurrentUser user) {
        return scopeOf(user, PARTICIPANTS);
    }

    /** The roles the user holds at or above {@code territoryCode}: what the transition table is asked with. */
    public static Set<Role> rolesAt(CurrentUser user, String territoryCode) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.grants().stream().filter(g -> territoryCode.startsWith(community(g.territoryCode())))
                .forEach(g -> roles.add(g.role()));
        return roles;
    }

    public static boolean isStaffAt(CurrentUser user, String territoryCode) {
        return staffScope(user).covers(territoryCode);
    }

    /** Refuses, in Chinese, someone who is not on the committee of {@code territoryCode} or above it. */
    public static void requireStaffAt(CurrentUser user, String territoryCode, String what) {
        if (!isStaffAt(user, territoryCode)) {
            throw new ForbiddenException("只有所在村(社区)两委、乡镇(街道)工作人员或县级管理员可以" + what);
        }
    }

    static String community(String code) {
        return code.length() > 12 ? code.substring(0, 12) : code;
    }

    private static Scope scopeOf(CurrentUser user, Set<Role> roles) {
        return new Scope(user.grants().stream().filter(g -> roles.contains(g.role()))
                .map(g -> community(g.territoryCode())).toList());
    }
}

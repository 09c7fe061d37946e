package org.jiceng.deliberation.internal;

import static org.jiceng.Action.CREATE;
import static org.jiceng.Action.READ;
import static org.jiceng.Relation.OWN;
import static org.jiceng.Resource.BALLOT;
import static org.jiceng.Resource.NOTICE;
import static org.jiceng.Resource.TOPIC;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.Scope;

/**
 * Who may do what in deliberation, as {@link AccessPolicy} says. Topics, meetings and notices belong to a
 * village or community (or a town for its own meetings): everyone reads those of their community, residents
 * and grid workers raise and support topics there, its committee, the town and the county run them. Estates
 * and ballots are read and run by territory; a resident's standing in a ballot is their own vote ({@code OWN}):
 * a household ballot of the village they live in, or an owners' ballot of an estate whose roll names them.
 * Scopes come from the rows of each resource and action, so a resident of one village who is staff in another
 * manages only the other; repositories take them, so a record outside is a 404.
 */
public final class DeliberationAccess {

    private DeliberationAccess() {
    }

    /** Where the user may do {@code action} to {@code resource} by territory. */
    public static Scope scope(CurrentUser user, Resource resource, Action action) {
        return AccessPolicy.scope(user, resource, action);
    }

    /** Whether the user may do {@code action} to a record of {@code resource} at {@code territoryCode}. */
    public static boolean may(CurrentUser user, Resource resource, Action action, String territoryCode) {
        return AccessPolicy.allows(user, resource, action, Target.at(territoryCode));
    }

    /** Refuses, naming who may, a user who may not do {@code action} to a record at {@code territoryCode}. */
    public static void check(CurrentUser user, Resource resource, Action action, String territoryCode) {
        AccessPolicy.check(user, resource, action, Target.at(territoryCode));
    }

    /** Refuses, naming who may, a user who may do {@code action} nowhere. */
    static Scope required(CurrentUser user, Resource resource, Action action) {
        Scope scope = scope(user, resource, action);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(resource, action);
        }
        return scope;
    }

    /** Whether the user may see a ballot or cast a vote in it, {@code own} when it is their own vote. */
    static boolean may(CurrentUser user, Resource resource, Action action, String territoryCode, boolean own) {
        return AccessPolicy.allows(user, resource, action, Target.at(territoryCode).withIf(own, OWN));
    }

    static void check(CurrentUser user, Resource resource, Action action, String territoryCode, boolean own) {
        AccessPolicy.check(user, resource, action, Target.at(territoryCode).withIf(own, OWN));
    }

    /**
     * The villages where the user's household has a vote in a household ballot: where they hold a resident's
     * role. (A fact of their account, not a permission: the policy decides what that standing allows.)
     */
    static Scope householdVillages(CurrentUser user) {
        return new Scope(user.grants().stream().filter(g -> g.role() == Role.RESIDENT || g.role() == Role.HOUSEHOLD_CHIEF)
                .map(g -> community(g.territoryCode())).toList());
    }

    /**
     * Where notices are seen outside their display period too: by those who publish them and those who read
     * the place's decisions by territory (its committee, town, county and oversight, the ballot readers).
     */
    static Scope noticeHistory(CurrentUser user) {
        List<String> prefixes = new ArrayList<>(scope(user, NOTICE, CREATE).prefixes());
        prefixes.addAll(scope(user, BALLOT, READ).prefixes());
        return new Scope(prefixes);
    }

    /** Whether the user sees proposers' names unmasked: those who run topics there, and oversight. */
    static boolean seesNames(CurrentUser user, String territoryCode) {
        return may(user, TOPIC, Action.ACT, territoryCode) || may(user, BALLOT, READ, territoryCode);
    }

    /** The roles the user holds at or above {@code territoryCode}: what the 六步议事 table is asked with. */
    public static Set<Role> rolesAt(CurrentUser user, String territoryCode) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.grants().stream().filter(g -> territoryCode.startsWith(community(g.territoryCode())))
                .forEach(g -> roles.add(g.role()));
        return roles;
    }

    static String community(String code) {
        return code.length() > 12 ? code.substring(0, 12) : code;
    }
}

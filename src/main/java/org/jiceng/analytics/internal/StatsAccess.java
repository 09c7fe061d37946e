package org.jiceng.analytics.internal;

import static org.jiceng.Action.MANAGE;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.PARKED_EVENT;
import static org.jiceng.Resource.STATS;

import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.territory.UnitView;

/**
 * Who sees which figures, as {@link AccessPolicy} says: committees (village, town, county) and oversight read
 * the territories and units of their territory; a department reads its own unit's rates and its own row of the
 * department ranking ({@code DISPATCHED_TO_UNIT}), never another department's. Rankings are published to those
 * ranked in them: the town ranking to county roles and town officials, the department ranking to county roles
 * (every row) and departments (their row). County administrators manage the events parked by the projection.
 */
public final class StatsAccess {

    private StatsAccess() {
    }

    /** The territories whose figures the user may read. */
    public static Scope territorial(CurrentUser user) {
        return AccessPolicy.scope(user, STATS, READ);
    }

    /** Whether the user may read the figures of this handling unit: their own, or one in their territory. */
    static boolean mayRead(CurrentUser user, UnitView unit) {
        return AccessPolicy.allows(user, STATS, READ, Target.at(unit.territoryCode())
                .withIf(ownUnit(user).filter(id -> id == unit.id()).isPresent(), Relation.DISPATCHED_TO_UNIT));
    }

    /** The department whose own figures the user reads as its staff, if the policy lets them. */
    static Optional<Long> ownUnit(CurrentUser user) {
        if (!AccessPolicy.relations(user, STATS, READ).contains(Relation.DISPATCHED_TO_UNIT)) {
            return Optional.empty();
        }
        return user.unitId();
    }

    /** What of a ranking the user may see: the county it ranks, and only one unit's row when that is all. */
    public record Ranking(String county, Long onlyUnit) {
    }

    /** The ranking of {@code of} ("towns" or "departments") the user may see, if any. */
    public static Optional<Ranking> ranking(CurrentUser user, String of) {
        Optional<String> county = nodeOfLength(user, 6);
        if (county.isPresent()) {
            return county.map(c -> new Ranking(c, null));
        }
        if (of.equals("towns")) {
            return nodeOfLength(user, 9).map(town -> new Ranking(town.substring(0, 6), null));
        }
        return ownUnit(user).flatMap(unit -> user.grants().stream().filter(g -> unit.equals(g.unitId()))
                .map(g -> new Ranking(g.territoryCode().substring(0, 6), unit)).findFirst());
    }

    /** The first node of this length (a county, a town) whose figures the policy lets the user read. */
    private static Optional<String> nodeOfLength(CurrentUser user, int length) {
        return user.grants().stream().map(CurrentUser.Grant::territoryCode).filter(code -> code.length() == length)
                .filter(code -> AccessPolicy.allows(user, STATS, READ, Target.at(code))).findFirst();
    }

    /** The territories whose parked events the user may see and retry; empty for all but county administrators. */
    static Scope parkedEvents(CurrentUser user) {
        return AccessPolicy.scope(user, PARKED_EVENT, MANAGE);
    }
}

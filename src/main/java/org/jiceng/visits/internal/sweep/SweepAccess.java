package org.jiceng.visits.internal.sweep;

import static org.jiceng.Action.ACT;
import static org.jiceng.Action.CREATE;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.SWEEP;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.visits.internal.Holders;

/**
 * Who may do what with sweeps, as {@link AccessPolicy}'s SWEEP rows say: committees start them in their territory;
 * register keepers read and check the households of their territory; a 户长 reads and checks the households they
 * hold (an active HOUSEHOLD assignment: {@link Relation#RESPONSIBLE}). A sweep is seen by whoever may see one of its
 * households, and each sees its coverage only over the households they may see: a grid worker their grid's part.
 */
final class SweepAccess {

    private SweepAccess() {
    }

    /** The readers of sweep households: a territory, and the holder whose held households count too (or null). */
    record Readers(Scope scope, Holders holders, LocalDate today) {

        /** Whether a target row {@code t} is seen: an SQL predicate; bind {@link #params()}. */
        String targets(String alias) {
            String territorial = scope.where(alias + ".territory_code");
            if (holders == null) {
                return territorial;
            }
            return "(" + territorial + " or exists (select 1 from visits.assignment ra where ra.county = " + alias
                    + ".county and ra.level = 'HOUSEHOLD' and ra.household_id = " + alias + ".household_id"
                    + " and ra.starts_on <= :readers_today and (ra.ends_on is null or ra.ends_on >= :readers_today) and "
                    + holders.where("ra.holder_kind", "ra.holder_id") + "))";
        }

        /** Whether a sweep row {@code s} is seen: it lies in the territory or one of its households is seen. */
        String sweeps(String alias) {
            return "(" + scope.where(alias + ".territory_code") + " or exists (select 1 from visits.sweep_target rt"
                    + " where rt.sweep_id = " + alias + ".id and rt.county = " + alias + ".county and " + targets("rt") + "))";
        }

        Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>(scope.params());
            if (holders != null) {
                params.putAll(holders.params());
                params.put("readers_today", today);
            }
            return params;
        }
    }

    static Readers readers(CurrentUser user, LocalDate today) {
        boolean holder = AccessPolicy.relations(user, SWEEP, READ).contains(Relation.RESPONSIBLE);
        return new Readers(AccessPolicy.scope(user, SWEEP, READ), holder ? Holders.of(user) : null, today);
    }

    static boolean mayStart(CurrentUser user) {
        return !AccessPolicy.scope(user, SWEEP, CREATE).isEmpty();
    }

    static void checkStart(CurrentUser user, String territoryCode) {
        AccessPolicy.check(user, SWEEP, CREATE, Target.at(territoryCode));
    }

    /** Whether the person may check a household lying in {@code gridCode}, holding it or not. */
    static boolean mayCheck(CurrentUser user, String gridCode, boolean holds) {
        return AccessPolicy.allows(user, SWEEP, ACT, Target.at(gridCode).withIf(holds, Relation.RESPONSIBLE));
    }

    static boolean mayCheckAnywhere(CurrentUser user) {
        return AccessPolicy.mayAtAll(user, SWEEP, ACT);
    }
}

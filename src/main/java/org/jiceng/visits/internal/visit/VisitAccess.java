package org.jiceng.visits.internal.visit;

import static org.jiceng.Resource.VISIT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.visits.internal.Holders;

/**
 * Who may log and read which visits, as {@link AccessPolicy} says: grid workers, village and town staff where
 * they work (a grid worker's grid), oversight reading; a 户长 the households they hold ({@code RESPONSIBLE}: an
 * active HOUSEHOLD assignment naming them, or the care plan naming them). Residents and departments none.
 */
final class VisitAccess {

    private VisitAccess() {
    }

    /**
     * Who reads which visits (or households) as one SQL predicate: the territory the policy gives for the action, or
     * the households the person holds when the policy lets them act as the one responsible.
     */
    record Readers(Scope scope, Holders holders, LocalDate today) {

        boolean anyone() {
            return !scope.isEmpty() || holders != null;
        }

        Readers narrowedTo(String prefix) {
            return new Readers(scope.narrowedTo(prefix), holders, today);
        }

        /** Over a row with a household id and county column and a territory code column. */
        String where(String territoryColumn, String householdColumn, String countyColumn) {
            if (holders == null) {
                return scope.where(territoryColumn, countyColumn);
            }
            return "(" + scope.where(territoryColumn, countyColumn) + " or " + responsible(householdColumn, countyColumn) + ")";
        }

        Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>(scope.params());
            if (holders != null) {
                params.putAll(holders.params());
                params.put("today", today);
            }
            return params;
        }

        /** The person holds the household now: an active 包保 of the household, or its active care plan names them. */
        private String responsible(String householdColumn, String countyColumn) {
            return "(exists (select 1 from visits.assignment a where a.level = 'HOUSEHOLD' and a.household_id = "
                    + householdColumn + " and a.county = " + countyColumn + " and " + holders.where("a.holder_kind", "a.holder_id")
                    + " and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today))"
                    + " or exists (select 1 from visits.care_plan p where p.status = 'ACTIVE' and p.household_id = "
                    + householdColumn + " and p.county = " + countyColumn + " and "
                    + holders.where("p.responsible_kind", "p.responsible_id") + "))";
        }
    }

    static Readers readers(CurrentUser user, Action action, LocalDate today) {
        boolean responsible = AccessPolicy.relations(user, VISIT, action).contains(Relation.RESPONSIBLE);
        return new Readers(AccessPolicy.scope(user, VISIT, action), responsible ? Holders.of(user) : null, today);
    }

    /** A household or visit as the policy sees it. */
    static Target target(String territoryCode, boolean responsible) {
        return Target.at(territoryCode).withIf(responsible, Relation.RESPONSIBLE);
    }

    /**
     * Refuses what the person may not do to a visit of this household: 404 when they may not even read there (so
     * another town learns nothing of it), 403 when they read but may not act.
     */
    static void check(CurrentUser user, Action action, Target target, String notFound) {
        if (!AccessPolicy.allows(user, VISIT, Action.READ, target)) {
            throw new NotFoundException(notFound);
        }
        AccessPolicy.check(user, VISIT, action, target);
    }
}

package org.jiceng.visits.internal.care;

import static org.jiceng.Action.MANAGE;
import static org.jiceng.Action.READ;
import static org.jiceng.Action.UPDATE;
import static org.jiceng.Resource.CARE_PLAN;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.visits.CarePlanView;
import org.jiceng.visits.internal.Holders;
import org.springframework.stereotype.Component;

/**
 * Who may do what with care plans, as {@link AccessPolicy} says: grid, village, town and county staff read the plans
 * of their territory, auditors read them; committees change and close them; the county administrator sets the
 * county's frequencies; a 户长 reads the plans they are responsible for ({@code RESPONSIBLE}: named on the plan, or
 * holding the household's active HOUSEHOLD assignment). A plan one may not read answers as one that does not exist.
 */
@Component
public class CareAccess {

    static final String NOT_FOUND = "未找到该一人一策";

    private final CarePlanRepository plans;

    CareAccess(CarePlanRepository plans) {
        this.plans = plans;
    }

    /** Who reads which plans, as one SQL predicate over the plan alias {@code p}. */
    public record Readers(Scope scope, Holders responsible) {

        public boolean anyone() {
            return !scope.isEmpty() || responsible != null;
        }

        String where() {
            if (responsible == null) {
                return scope.where("p.territory_code", "p.county");
            }
            return "(" + scope.where("p.territory_code", "p.county") + " or " + responsible.where("p.responsible_kind", "p.responsible_id")
                    + " or exists (select 1 from visits.assignment ra where ra.household_id = p.household_id"
                    + " and ra.county = p.county and ra.level = 'HOUSEHOLD' and ra.starts_on <= :today"
                    + " and (ra.ends_on is null or ra.ends_on >= :today) and "
                    + responsible.where("ra.holder_kind", "ra.holder_id") + "))";
        }

        Map<String, Object> params(LocalDate today) {
            Map<String, Object> params = new LinkedHashMap<>(scope.params());
            if (responsible != null) {
                params.putAll(responsible.params());
            }
            params.put("today", today);
            return params;
        }
    }

    public static Readers readers(CurrentUser user) {
        boolean asResponsible = AccessPolicy.relations(user, CARE_PLAN, READ).contains(Relation.RESPONSIBLE);
        return new Readers(AccessPolicy.scope(user, CARE_PLAN, READ), asResponsible ? Holders.of(user) : null);
    }

    /** The plan as the policy sees it for this person: its territory, and RESPONSIBLE when that holds. */
    Target target(CurrentUser user, CarePlanView plan, LocalDate today) {
        Holders holders = Holders.of(user);
        boolean responsible = (plan.responsibleKind() != null && holders.are(plan.responsibleKind(), plan.responsibleId()))
                || plans.holdsHousehold(plan.householdId(), org.jiceng.County.of(plan.territoryCode()), holders, today);
        return Target.at(plan.territoryCode()).withIf(responsible, Relation.RESPONSIBLE);
    }

    /** Refuses as "not found" a plan the person may not read. */
    void checkRead(CurrentUser user, CarePlanView plan, LocalDate today) {
        if (!AccessPolicy.allows(user, CARE_PLAN, READ, target(user, plan, today))) {
            throw new NotFoundException(NOT_FOUND);
        }
    }

    boolean mayUpdate(CurrentUser user, CarePlanView plan, LocalDate today) {
        return AccessPolicy.allows(user, CARE_PLAN, UPDATE, target(user, plan, today));
    }

    void checkUpdate(CurrentUser user, CarePlanView plan, LocalDate today) {
        AccessPolicy.check(user, CARE_PLAN, UPDATE, target(user, plan, today));
    }

    /** Whether the person reads the county's frequency table: they read plans somewhere in it. */
    static boolean mayReadFrequencies(CurrentUser user, String county) {
        return !AccessPolicy.scope(user, CARE_PLAN, READ).narrowedTo(county).isEmpty();
    }

    public static boolean mayManageFrequencies(CurrentUser user, String county) {
        return AccessPolicy.allows(user, CARE_PLAN, MANAGE, Target.at(county));
    }

    /** The territory whose overdue plans the person supervises: as village, town or county staff; empty if none. */
    public static Scope supervised(CurrentUser user) {
        Scope reads = AccessPolicy.scope(user, CARE_PLAN, READ);
        Scope staff = user.scopeAs(Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN);
        return new Scope(staff.prefixes().stream().filter(reads::covers).toList());
    }
}

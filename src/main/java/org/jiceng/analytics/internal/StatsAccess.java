package org.jiceng.analytics.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;

/**
 * Who sees which figures. Territorial staff (grid workers, village, town, county, auditors) see the units
 * and territories in their own territory; department staff their own unit; county roles every department.
 * Rankings are published: the town ranking to county roles and town officials (they are ranked in it), the
 * department ranking to county roles and department staff — names and rates only, never another town's or
 * department's detail, which stays refused.
 */
public final class StatsAccess {

    private static final Set<Role> TERRITORIAL = EnumSet.of(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF,
            Role.COUNTY_ADMIN, Role.AUDITOR);
    private static final Set<Role> COUNTY = EnumSet.of(Role.COUNTY_ADMIN, Role.AUDITOR);

    private StatsAccess() {
    }

    /** The territories whose figures the user may read. */
    public static Scope territorial(CurrentUser user) {
        return user.scopeAs(TERRITORIAL);
    }

    /** The county whose county-wide figures (every department, the rankings) the user may read. */
    public static Optional<String> countyRole(CurrentUser user) {
        return user.grants().stream().filter(g -> COUNTY.contains(g.role()) && g.territoryCode().length() == 6)
                .map(CurrentUser.Grant::territoryCode).findFirst();
    }

    /** The county whose ranking of {@code of} ("towns" or "departments") the user may see, if any. */
    public static Optional<String> rankingCounty(CurrentUser user, String of) {
        Role ranked = of.equals("towns") ? Role.TOWN_STAFF : Role.DEPT_STAFF;
        return countyRole(user).or(() -> user.grants().stream()
                .filter(g -> g.role() == ranked && g.territoryCode().length() >= 6)
                .map(g -> g.territoryCode().substring(0, 6)).findFirst());
    }

    public static boolean maySeeStats(CurrentUser user) {
        return !territorial(user).isEmpty() || user.has(Role.DEPT_STAFF) && user.unitId().isPresent();
    }
}

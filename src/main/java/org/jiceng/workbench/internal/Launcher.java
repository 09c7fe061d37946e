package org.jiceng.workbench.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The launcher below the work: one card per page the person may open, as the access policy says. */
@Component
public class Launcher {

    private final TerritoryApi territory;
    private final Clock clock;

    Launcher(TerritoryApi territory, Clock clock) {
        this.territory = territory;
        this.clock = clock;
    }

    /** One of the person's roles and where they hold it. */
    public record RoleLine(Role role, String where) {
    }

    public void addTo(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", user.grants().stream().map(g -> new RoleLine(g.role(), where(g.territoryCode()))).toList());
        String home = user.homeTerritory();
        model.addAttribute("home", home.length() == 15 ? home.substring(0, 12) : home);
        // a grid worker holds a grid, not its village: their map is the grid's page
        model.addAttribute("homeLink", home.length() == 15 ? "/territory/grid/" + home : "/territory/" + home);
        model.addAttribute("may", permissionsOf(user));
        // the 民情分析会 looks back at the month just ended: its report is kept, the same every time it is opened
        model.addAttribute("lastMonth", YearMonth.from(Beijing.today(clock)).minusMonths(1).toString());
        model.addAttribute("manageAccounts", !AccessPolicy.scope(user, Resource.ACCOUNT, Action.MANAGE).isEmpty());
        model.addAttribute("auditScope", !AccessPolicy.scope(user, Resource.AUDIT_LOG, Action.READ).isEmpty());
        model.addAttribute("isAdmin", user.hasAny(Role.COUNTY_ADMIN));
        model.addAttribute("isAuditor", user.hasAny(Role.AUDITOR, Role.COUNTY_ADMIN));
        model.addAttribute("isResident", user.has(Role.RESIDENT));
        model.addAttribute("isGridWorker", user.has(Role.GRID_WORKER));
        model.addAttribute("isStaff", user.hasAny(Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.DEPT_STAFF, Role.COUNTY_ADMIN));
        model.addAttribute("isCaseStaff", user.hasAny(Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN));
        model.addAttribute("isDepartment", user.has(Role.DEPT_STAFF) && user.unitId().isPresent());
        model.addAttribute("isTown", user.has(Role.TOWN_STAFF));
        model.addAttribute("isParty", user.has(Role.PARTY_ORG_ADMIN));
    }

    /** The name of a node (its last path element), a grid shown as its village and number. */
    private String where(String code) {
        String division = code.length() > 12 ? code.substring(0, 12) : code;
        List<DivisionView> path = territory.path(division);
        String name = path.isEmpty() ? code : path.getLast().name();
        return name + (code.length() == 15 ? " · 网格 " + code.substring(12) : "");
    }

    /** "RESOURCE:ACTION" → whether some row lets the person in: each card shows only if its page would. */
    private static Map<String, Boolean> permissionsOf(CurrentUser user) {
        Map<String, Boolean> may = new HashMap<>();
        for (Resource resource : Resource.values()) {
            for (Action action : Action.values()) {
                may.put(resource.name() + ":" + action.name(), AccessPolicy.mayAtAll(user, resource, action));
            }
        }
        return may;
    }
}

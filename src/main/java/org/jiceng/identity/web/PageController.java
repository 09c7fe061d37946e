package org.jiceng.identity.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.util.HashMap;
import java.util.Map;
import org.jiceng.CurrentUser;
import org.jiceng.identity.internal.IdentityAccess;
import org.jiceng.Role;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form and each role's home page. */
@Controller
class PageController {

    private final TerritoryApi territory;

    PageController(TerritoryApi territory) {
        this.territory = territory;
    }

    @Guard(resource = Resource.SIGN_IN, action = Action.CREATE)
    @GetMapping("/login")
    String login() {
        return "identity/login";   // a locked-out sign-in arrives here by forward, with loginThrottled set
    }

    @Guard(resource = Resource.HOME, action = Action.READ)
    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", user.grants().stream().map(g -> new RoleLine(g.role(),
                territory.path(g.territoryCode().length() > 12 ? g.territoryCode().substring(0, 12) : g.territoryCode())
                        .stream().map(d -> d.name()).reduce((a, b) -> b).orElse(g.territoryCode())
                        + (g.territoryCode().length() == 15 ? " · 网格 " + g.territoryCode().substring(12) : ""))).toList());
        model.addAttribute("home", user.homeTerritory().length() == 15
                ? user.homeTerritory().substring(0, 12) : user.homeTerritory());
        // a grid worker holds a grid, not its village: their map is the grid's page
        model.addAttribute("homeLink", user.homeTerritory().length() == 15
                ? "/territory/grid/" + user.homeTerritory() : "/territory/" + user.homeTerritory());
        model.addAttribute("may", permissionsOf(user));
        model.addAttribute("manageAccounts", !IdentityAccess.manageScope(user).isEmpty());
        model.addAttribute("auditScope", !IdentityAccess.readAuditScope(user).isEmpty());
        model.addAttribute("isAdmin", user.hasAny(Role.COUNTY_ADMIN));
        model.addAttribute("isAuditor", user.hasAny(Role.AUDITOR, Role.COUNTY_ADMIN));
        model.addAttribute("isResident", user.has(Role.RESIDENT));
        model.addAttribute("isGridWorker", user.has(Role.GRID_WORKER));
        model.addAttribute("isStaff", user.hasAny(Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.DEPT_STAFF, Role.COUNTY_ADMIN));
        model.addAttribute("isCaseStaff", user.hasAny(Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN));
        model.addAttribute("isDepartment", user.has(Role.DEPT_STAFF) && user.unitId().isPresent());
        model.addAttribute("isTown", user.has(Role.TOWN_STAFF));
        model.addAttribute("isParty", user.has(Role.PARTY_ORG_ADMIN));
        return "identity/home";
    }

    /** "RESOURCE:ACTION" → whether some row lets the person in: each card shows only if its page would. */
    private static Map<String, Boolean> permissionsOf(CurrentUser user) {
        Map<String, Boolean> may = new HashMap<>();
        for (Resource resource : Resource.values()) {
            for (Action action : Action.values()) {
                may.put(resource.name() + ":" + action.name(), IdentityAccess.mayOpen(user, resource, action));
            }
        }
        return may;
    }

    record RoleLine(Role role, String where) {
    }
}

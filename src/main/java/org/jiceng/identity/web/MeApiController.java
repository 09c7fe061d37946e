package org.jiceng.identity.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who am I, with which roles, where. */
@RestController
class MeApiController {

    private final TerritoryApi territory;

    MeApiController(TerritoryApi territory) {
        this.territory = territory;
    }

    record Territory(String code, String name, String level) {
    }

    record RoleAt(String role, String label, Territory territory, Long unitId) {
    }

    record Me(long id, String username, String displayName, List<RoleAt> roles, Territory territory, Long unitId) {
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.READ)
    @GetMapping("/api/v1/me")
    Me me(CurrentUser user) {
        List<RoleAt> roles = user.grants().stream()
                .map(g -> new RoleAt(g.role().name(), g.role().label(), territoryOf(g.territoryCode()), g.unitId()))
                .toList();
        return new Me(user.id(), user.username(), user.displayName(), roles, territoryOf(user.homeTerritory()),
                user.unitId().orElse(null));
    }

    private Territory territoryOf(String code) {
        if (code.length() == 15) {
            return territory.grid(code, org.jiceng.Scope.of(code))
                    .map(g -> new Territory(g.code(), g.name(), "网格"))
                    .orElse(new Territory(code, null, "网格"));
        }
        return territory.division(code).map(MeApiController::toTerritory).orElse(new Territory(code, null, null));
    }

    private static Territory toTerritory(DivisionView d) {
        return new Territory(d.code(), d.name(), d.level().label());
    }
}

package org.jiceng.visits.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.visits.internal.offline.OfflineHousehold;
import org.jiceng.visits.internal.offline.OfflineHouseholds;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The households a phone keeps for work offline: {@code GET /api/v1/visits/households}, by keyset over id. */
@RestController
class OfflineApiController {

    private final OfflineHouseholds households;

    OfflineApiController(OfflineHouseholds households) {
        this.households = households;
    }

    // who may log visits is who works households: a grid worker their grids, a 户长 those they hold, cadres their place
    @Guard(resource = Resource.VISIT, action = Action.CREATE)
    @GetMapping("/api/v1/visits/households")
    Page<OfflineHousehold> households(@RequestParam(required = false) String after,
                                      @RequestParam(required = false) Integer limit, CurrentUser user) {
        int n = Page.limit(limit);
        return Page.byId(households.page(user, Cursor.idAbove(after), n + 1), n, OfflineHousehold::id);
    }
}

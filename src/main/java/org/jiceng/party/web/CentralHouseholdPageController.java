package org.jiceng.party.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.internal.membership.CentralHouseholds;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 挂牌 list of a community's 党员中心户, the page its residents open: names, branches and counts. */
@Controller
class CentralHouseholdPageController {

    private final CentralHouseholds centralHouseholds;
    private final TerritoryApi territory;

    CentralHouseholdPageController(CentralHouseholds centralHouseholds, TerritoryApi territory) {
        this.centralHouseholds = centralHouseholds;
        this.territory = territory;
    }

    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.READ)
    @GetMapping("/party/central-households/board")
    String board(@RequestParam(required = false) String village, CurrentUser user, Model model) {
        String community = village != null && !village.isBlank() ? village : user.grants().stream()
                .map(CurrentUser.Grant::territoryCode).filter(c -> c.length() >= 12).map(c -> c.substring(0, 12))
                .findFirst().orElse(null);
        var board = centralHouseholds.board(user, community);
        model.addAttribute("board", board);
        model.addAttribute("place", territory.division(board.community()).map(DivisionView::name).orElse(board.community()));
        return "party/membership/board";
    }
}

package org.jiceng.territory.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.Level;
import org.jiceng.territory.internal.GridWorkerNames;
import org.jiceng.territory.internal.TerritoryAccess;
import org.jiceng.territory.internal.TerritoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The territory browser: county → town → village (with its grid map) → grid, within the user's scope. */
@Controller
class TerritoryPageController {

    private final TerritoryService territory;
    private final GridWorkerNames workers;
    private final String tiles;

    TerritoryPageController(TerritoryService territory, GridWorkerNames workers,
                            @Value("${jiceng.map.tiles:}") String tiles) {
        this.territory = territory;
        this.workers = workers;
        this.tiles = tiles;
    }

    @Guard(resource = Resource.DIVISION, action = Action.READ)
    @GetMapping("/territory")
    String start(CurrentUser user) {
        String home = user.homeTerritory();
        return "redirect:/territory/" + (home.length() == 15 ? "grid/" + home : home);
    }

    @Guard(resource = Resource.DIVISION, action = Action.READ)
    @GetMapping("/territory/{code:\\d{2,12}}")
    String node(@PathVariable String code, CurrentUser user, Model model) {
        DivisionView node = territory.division(code)
                .orElseThrow(() -> new NotFoundException("区划代码 " + code + " 不存在"));
        if (!TerritoryAccess.grids(user).covers(code)) {
            throw new ForbiddenException(node.name() + "不在您的辖区内");
        }
        model.addAttribute("node", node);
        model.addAttribute("path", territory.path(code));
        model.addAttribute("scope", TerritoryAccess.grids(user));
        if (node.level() == Level.VILLAGE) {
            model.addAttribute("grids", workers.named(code, territory.grids(code, TerritoryAccess.grids(user))));
            model.addAttribute("tiles", tiles);
            return "territory/village";
        }
        model.addAttribute("children", territory.childSummaries(code, TerritoryAccess.grids(user)));
        model.addAttribute("childLevel", node.level().child().label());
        return "territory/node";
    }

    @Guard(resource = Resource.GRID, action = Action.READ)
    @GetMapping("/territory/grid/{code:\\d{15}}")
    String grid(@PathVariable String code, CurrentUser user, Model model) {
        GridView grid = workers.named(territory.grid(code, TerritoryAccess.grids(user)))
                .orElseThrow(() -> new NotFoundException("网格 " + code + " 不存在或不在您的辖区内"));
        model.addAttribute("grid", grid);
        model.addAttribute("path", territory.path(grid.villageCode()));
        model.addAttribute("scope", TerritoryAccess.grids(user));
        model.addAttribute("tiles", tiles);
        return "territory/grid";
    }
}

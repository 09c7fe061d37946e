package org.jiceng.workbench.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.workbench.internal.WorkbenchMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The home page's map as JSON: open cases by grid and the newest open cases of a territory or a department. */
@RestController
class WorkbenchMapApiController {

    private final WorkbenchMap map;

    WorkbenchMapApiController(WorkbenchMap map) {
        this.map = map;
    }

    /** {@code territory}: a 6-, 9- or 12-digit division or a 15-digit grid of one's own (default: one's home). */
    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/api/v1/workbench/map")
    WorkbenchMap.MapData map(@RequestParam(required = false) String territory, CurrentUser user) {
        return map.of(user, territory);
    }
}

package org.jiceng.workbench.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.workbench.internal.Launcher;
import org.jiceng.workbench.internal.Workbench;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each person's home page: their work, figures and news first, then the pages they may open. */
@Controller
class HomeController {

    private final Workbench workbench;
    private final Launcher launcher;
    private final String tiles;

    HomeController(Workbench workbench, Launcher launcher, @Value("${jiceng.map.tiles:}") String tiles) {
        this.workbench = workbench;
        this.launcher = launcher;
        this.tiles = tiles;
    }

    @Guard(resource = Resource.HOME, action = Action.READ)
    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        launcher.addTo(user, model);
        var work = workbench.work(user);
        model.addAttribute("work", work.orElse(null));
        model.addAttribute("trend", workbench.trend(user).orElse(null));
        model.addAttribute("messages", workbench.messages(user));
        model.addAttribute("unread", workbench.unread(user));
        model.addAttribute("tiles", tiles);
        model.addAttribute("careTasks", workbench.careTasks(user));
        model.addAttribute("careSupervision", workbench.careSupervision(user).orElse(null));
        if (work.isEmpty() && user.hasAny(Role.RESIDENT, Role.HOUSEHOLD_CHIEF)) {
            // a resident's home: their own cases and their community's board instead of a workload
            model.addAttribute("ownCases", workbench.ownCases(user));
            model.addAttribute("notices", workbench.notices(user));
            model.addAttribute("ballots", workbench.openBallots(user));
        }
        return "workbench/home";
    }
}

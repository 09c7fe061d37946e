package org.jiceng.dispatch.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.dispatch.internal.AutoRouteSettings;
import org.jiceng.dispatch.internal.ModelReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 智能分派: the model in service and its honest accuracy report. */
@Controller
class DispatchModelPages {

    private final ModelReport report;
    private final AutoRouteSettings settings;

    DispatchModelPages(ModelReport report, AutoRouteSettings settings) {
        this.report = report;
        this.settings = settings;
    }

    @Guard(resource = Resource.DISPATCH_MODEL, action = Action.READ)
    @GetMapping("/dispatch/model")
    String model(CurrentUser user, @RequestParam(required = false) String town, Model model) {
        model.addAttribute("page", report.page(user));
        String home = user.homeTerritory();
        String chosen = town != null ? town : home != null && home.length() >= 9 ? home.substring(0, 9) : null;
        if (chosen != null && chosen.matches("[0-9]{9}") && org.jiceng.AccessPolicy.allows(user, Resource.DISPATCH_MODEL,
                Action.MANAGE, org.jiceng.AccessPolicy.Target.at(chosen))) {
            model.addAttribute("setting", settings.get(user, chosen));
        }
        return "dispatch/model";
    }
}

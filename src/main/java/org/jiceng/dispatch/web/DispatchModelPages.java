package org.jiceng.dispatch.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.dispatch.internal.ModelReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 智能分派: the model in service and its honest accuracy report. */
@Controller
class DispatchModelPages {

    private final ModelReport report;

    DispatchModelPages(ModelReport report) {
        this.report = report;
    }

    @Guard(resource = Resource.DISPATCH_MODEL, action = Action.READ)
    @GetMapping("/dispatch/model")
    String model(CurrentUser user, Model model) {
        model.addAttribute("page", report.page(user));
        return "dispatch/model";
    }
}

package org.jiceng.services.web;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.services.internal.request.RequestViews.DueLine;
import org.jiceng.services.internal.request.ServiceRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 代办工作台: today's work of a 代办员 or committee (new requests, lines due soon and late, returned for materials,
 * documents to give back), which is also where the town sees late lines; and 部门办件, the lines handed to an office.
 */
@Controller
class RequestDeskPageController {

    private static final int SHOWN = 50;

    private final ServiceRequests requests;

    RequestDeskPageController(ServiceRequests requests) {
        this.requests = requests;
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.READ)
    @GetMapping("/services/requests/work")
    String work(CurrentUser user, Model model) {
        List<DueLine> due = requests.dueSoon(user, 3, SHOWN);
        model.addAttribute("fresh", requests.list(user, null, "ASKED", false, null, SHOWN).items());
        model.addAttribute("late", due.stream().filter(DueLine::overdue).toList());
        model.addAttribute("dueSoon", due.stream().filter(d -> !d.overdue()).toList());
        model.addAttribute("returned", requests.list(user, null, "NEEDS_MATERIALS", false, null, SHOWN).items());
        model.addAttribute("ready", requests.list(user, null, "READY", false, null, SHOWN).items());
        return "services/request/work";
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.ACT)
    @GetMapping("/services/requests/office")
    String office(CurrentUser user, Model model) {
        model.addAttribute("lines", requests.officeLines(user, SHOWN));
        return "services/request/office";
    }
}

package org.jiceng.people.web;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.people.internal.AccessKind;
import org.jiceng.people.internal.AccessLogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 个人信息访问日志: the same filters as the API; the form keeps what was typed, a bad filter is said on the page. */
@Controller
class AccessLogPageController {

    private final AccessLogService log;

    AccessLogPageController(AccessLogService log) {
        this.log = log;
    }

    @Guard(resource = Resource.ACCESS_LOG, action = Action.READ)
    @GetMapping("/people/access-log")
    String page(@RequestParam(required = false) String territory, @RequestParam(required = false) String user,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String after,
                CurrentUser reader, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("territory", territory);
        model.addAttribute("user", user);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", List.of(AccessKind.values()));
        try {
            var page = log.page(reader, AccessLogService.Filter.parse(territory, user, kind, from, to), after, 50);
            model.addAttribute("entries", page.items());
            model.addAttribute("next", page.next());
        } catch (BadInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("entries", List.of());
        }
        return "people/access-log";
    }
}

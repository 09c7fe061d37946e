package org.jiceng.assessment.web;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.lists.ListKind;
import org.jiceng.assessment.internal.lists.PowerLists;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lists that bound power as residents read them on a phone: the lists in force, a search, a list's versions. */
@Controller
class PowerListPageController {

    private final PowerLists lists;

    PowerListPageController(PowerLists lists) {
        this.lists = lists;
    }

    @Guard(resource = Resource.POWER_LIST, action = Action.READ)
    @GetMapping("/assessment/lists")
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                 CurrentUser user, Model model) {
        ListKind chosen = PowerListApiController.kind(kind);
        model.addAttribute("lists", lists.lists(user, chosen, null, null, Page.DEFAULT_LIMIT).items());
        model.addAttribute("kinds", ListKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", lists.search(q, chosen, null, Page.DEFAULT_LIMIT).items());
        }
        return "assessment/lists/index";
    }

    @Guard(resource = Resource.POWER_LIST, action = Action.READ)
    @GetMapping("/assessment/lists/{id}")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        PowerLists.Detail detail = lists.detail(id, user);
        model.addAttribute("detail", detail);
        model.addAttribute("mayPublish", detail.list().status().equals("DRAFT") && AccessPolicy.allows(user,
                Resource.POWER_LIST, Action.MANAGE, AccessPolicy.Target.at(detail.list().territoryCode())));
        return "assessment/lists/list";
    }

    @Guard(resource = Resource.POWER_LIST, action = Action.MANAGE)
    @PostMapping("/assessment/lists/{id}/publish")
    String publish(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            lists.publish(id, user);
            redirect.addFlashAttribute("notice", "已发布，原现行版本已被替代");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/assessment/lists/" + id;
    }
}

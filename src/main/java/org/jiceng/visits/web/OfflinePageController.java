package org.jiceng.visits.web;

import java.util.Comparator;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.cases.CaseCatalogue;
import org.jiceng.cases.CategoryView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 走访 on the phone ({@code /visits/m}): one page holding my households, the visit form, the patrol report and the
 * queue of what waits to be sent. The service worker keeps it, so it opens without signal; everything it writes
 * goes into the phone's queue first (static/js/offline-app.js).
 */
@Controller
class OfflinePageController {

    private final CaseCatalogue catalogue;

    OfflinePageController(CaseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Guard(resource = Resource.VISIT, action = Action.CREATE)
    @GetMapping("/visits/m")
    String shell(CurrentUser user, Model model) {
        model.addAttribute("who", user.displayName());
        // the phone keeps one store per account, so on a shared phone nobody sees or sends another's households
        model.addAttribute("account", user.id());
        // the patrol report picks its category offline, so the leaves travel inside the cached page
        model.addAttribute("categories", catalogue.categories().stream()
                .filter(c -> c.leaf() && c.active()).sorted(Comparator.comparing(CategoryView::code)).toList());
        return "visits/offline/m";
    }
}

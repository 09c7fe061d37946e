package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.internal.CaseFilter;
import org.jiceng.cases.internal.CaseService;
import org.jiceng.cases.internal.CaseVisibility;
import org.jiceng.cases.internal.DuplicateFinder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的诉求: the cases a person reported or follows; and following a case found nearby instead of filing again. */
@Controller
class ResidentCasePages {

    private final CaseListing listing;
    private final CaseService cases;
    private final CaseVisibility visibility;
    private final DuplicateFinder duplicates;

    ResidentCasePages(CaseListing listing, CaseService cases, DuplicateFinder duplicates, CaseVisibility visibility) {
        this.visibility = visibility;
        this.listing = listing;
        this.cases = cases;
        this.duplicates = duplicates;
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/cases/mine")
    String mine(@RequestParam(required = false) String after, CurrentUser user, Model model) {
        var slice = listing.page(user, new CaseFilter(null, null, null, null, false, true), after);
        model.addAttribute("title", "我的诉求");
        model.addAttribute("hint", "您反映的和您关注的诉求。点开可看办理进展；答复后请您评价。");
        model.addAttribute("tabs", java.util.List.of());
        model.addAttribute("cases", slice.items());
        model.addAttribute("now", slice.now());
        model.addAttribute("next", slice.next() == null ? null : "/cases/mine?after=" + slice.next());
        model.addAttribute("mine", true);
        return "cases/list";
    }

    /**
     * Follows a case offered while filing. The form sends the category and point it was offered for, and only a
     * case among the open duplicates there may be followed: a case id alone opens no case anywhere.
     */
    @Guard(resource = Resource.CASE, action = Action.FOLLOW)
    @PostMapping("/cases/{id:\\d+}/follow")
    String follow(@PathVariable long id, @RequestParam(required = false) String categoryCode,
                  @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
                  CurrentUser user, RedirectAttributes redirect) {
        if (categoryCode == null || lat == null || lon == null
                || duplicates.nearby(user, Action.FOLLOW, categoryCode, lat, lon).stream().noneMatch(n -> n.id() == id)) {
            throw new BadInputException("只能关注在您所报位置附近、同类且尚未办结的诉求");
        }
        CaseView followed = visibility.follow(user, id, lat, lon);
        redirect.addFlashAttribute("notice", "已关注 " + followed.number() + "，办理进展和答复会同样告诉您，无需重复反映。");
        return "redirect:/cases/" + id;
    }
}

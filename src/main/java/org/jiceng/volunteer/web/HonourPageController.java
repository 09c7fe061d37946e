package org.jiceng.volunteer.web;

import static org.jiceng.volunteer.web.TimeBankPageController.attempt;

import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.territory.Level;
import org.jiceng.volunteer.internal.honour.BlackList;
import org.jiceng.volunteer.internal.honour.RedLists;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The honour lists page: a community's board (红榜 of the month, 黑榜 in force) for everyone who reads it; for staff
 * the drafting of the 红榜 and the 黑榜's decisions and appeals; for a resident named on the 黑榜 their entry and appeal.
 */
@Controller
class HonourPageController {

    private final RedLists redLists;
    private final BlackList blackList;

    HonourPageController(RedLists redLists, BlackList blackList) {
        this.redLists = redLists;
        this.blackList = blackList;
    }

    record BlackForm(Long volunteerId, Long residentId, String displayName, String conduct, String ruleBroken,
                     String decidedBy, String decidedOn, String endsOn) implements java.io.Serializable {
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.READ)
    @GetMapping("/volunteer/honours")
    String board(@RequestParam(required = false) String village, @RequestParam(required = false) String month,
                 @RequestParam(required = false) Long list, CurrentUser user, Model model) {
        String community = village == null || village.isBlank() ? HonourApiController.community(user) : village.strip();
        model.addAttribute("community", community);
        // a grid worker's home is a grid: the board of its community is read only where a row lets them
        boolean isCommunity = Level.ofCode(community) == Level.VILLAGE && AccessPolicy.allows(user,
                Resource.HONOUR_LIST, Action.READ, AccessPolicy.Target.at(community));
        model.addAttribute("isCommunity", isCommunity);
        if (isCommunity) {
            model.addAttribute("board", redLists.board(community, month, user));
        }
        var at = AccessPolicy.Target.at(community);
        boolean mayCreate = isCommunity && AccessPolicy.allows(user, Resource.HONOUR_LIST, Action.CREATE, at);
        model.addAttribute("mayCreate", mayCreate);
        model.addAttribute("mayDecide", AccessPolicy.allows(user, Resource.HONOUR_LIST, Action.ACT, at));
        model.addAttribute("blacks", blackList.entries(user, isCommunity ? community : null, null, 100).items());
        model.addAttribute("draft", list == null ? null : redLists.redList(list, user));
        if (!model.containsAttribute("blackForm")) {
            model.addAttribute("blackForm", new BlackForm(null, null, null, null, null, null, null, null));
        }
        return "volunteer/honour/board";
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.CREATE)
    @PostMapping("/volunteer/honours/red-lists")
    String draft(@RequestParam String village, @RequestParam(required = false) String month, CurrentUser user,
                 RedirectAttributes redirect) {
        return attempt(redirect, "/volunteer/honours?village=" + village, () -> {
            long id = redLists.draft(new RedLists.DraftRequest(village, month), user).id();
            redirect.addFlashAttribute("notice", "红榜草稿已生成");
            return "redirect:/volunteer/honours?village=" + village + "&list=" + id;
        });
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.CREATE)
    @PostMapping("/volunteer/honours/red-lists/{id}/entries")
    String addEntry(@PathVariable long id, @RequestParam String village, @RequestParam(required = false) String category,
                    @RequestParam(required = false) String displayName, @RequestParam(required = false) String evidence,
                    CurrentUser user, RedirectAttributes redirect) {
        String page = "/volunteer/honours?village=" + village + "&list=" + id;
        return attempt(redirect, page, () -> {
            redLists.addEntry(id, new RedLists.EntryRequest(category, displayName, evidence), user);
            redirect.addFlashAttribute("notice", "已加入红榜草稿");
            return "redirect:" + page;
        });
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.CREATE)
    @PostMapping("/volunteer/honours/red-lists/{id}/publish")
    String publish(@PathVariable long id, @RequestParam String village, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, "/volunteer/honours?village=" + village + "&list=" + id, () -> {
            redLists.publish(id, user);
            redirect.addFlashAttribute("notice", "红榜已公布");
            return "redirect:/volunteer/honours?village=" + village + "&month="
                    + redLists.redList(id, user).month();
        });
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.CREATE)
    @PostMapping("/volunteer/honours/black")
    String decide(@RequestParam String village, @ModelAttribute BlackForm form, CurrentUser user,
                  RedirectAttributes redirect) {
        redirect.addFlashAttribute("blackForm", form);
        return attempt(redirect, "/volunteer/honours?village=" + village, () -> {
            blackList.decide(new BlackList.DecisionRequest(village, form.volunteerId(), form.residentId(),
                    form.displayName(), form.conduct(), form.ruleBroken(), form.decidedBy(), form.decidedOn(),
                    form.endsOn()), user);
            redirect.addFlashAttribute("blackForm", new BlackForm(null, null, null, null, null, null, null, null));
            redirect.addFlashAttribute("notice", "黑榜决定已记录");
            return "redirect:/volunteer/honours?village=" + village;
        });
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.ACT)
    @PostMapping("/volunteer/honours/black/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String village,
                @RequestParam(required = false) String text, @RequestParam(required = false) Boolean upheld,
                CurrentUser user, RedirectAttributes redirect) {
        String page = "/volunteer/honours" + (village == null ? "" : "?village=" + village);
        return attempt(redirect, page, () -> {
            switch (step) {
                case "told" -> blackList.told(id, new BlackList.ToldRequest(text), user);
                case "appeal" -> blackList.appeal(id, new BlackList.AppealRequest(text), user);
                case "appeal-decision" -> blackList.decideAppeal(id, new BlackList.AppealDecision(upheld, text), user);
                default -> throw new org.jiceng.NotFoundException("没有这一步");
            }
            redirect.addFlashAttribute("notice", List.of("told", "appeal").contains(step)
                    ? (step.equals("told") ? "已记录告知" : "申诉已提交") : "申诉已处理");
            return "redirect:" + page;
        });
    }
}

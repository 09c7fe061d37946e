package org.jiceng.volunteer.web;

import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.points.PointsAccess;
import org.jiceng.volunteer.internal.points.PointsAccounts;
import org.jiceng.volunteer.internal.points.PointsAwards;
import org.jiceng.volunteer.internal.points.PointsRules;
import org.jiceng.volunteer.internal.Volunteers.Volunteer;
import org.jiceng.PageSteps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The points pages: a resident's own points with every entry's source (on a phone), a community's balances for its
 * staff, and one volunteer's entries where staff award a deed or reverse an entry with a reason.
 */
@Controller
class PointsPageController {

    private final PointsAccounts accounts;
    private final PointsAwards awards;
    private final PointsAccess access;
    private final PointsRules rules;

    PointsPageController(PointsAccounts accounts, PointsAwards awards, PointsAccess access, PointsRules rules) {
        this.accounts = accounts;
        this.awards = awards;
        this.access = access;
        this.rules = rules;
    }

    /** The deed form as typed. */
    record DeedForm(String kind, String doneOn, String note) {
    }

    @Guard(resource = Resource.POINTS, action = Action.READ)
    @GetMapping("/volunteer/points")
    String index(@RequestParam(required = false) String territory, CurrentUser user, Model model) {
        var mine = accounts.mine(user);
        model.addAttribute("mine", mine.orElse(null));
        if (mine.isPresent()) {
            model.addAttribute("balance", accounts.balance(user, mine.get().id()));
            model.addAttribute("entries", accounts.entries(user, mine.get().id(), null, 100).items());
        }
        boolean staff = !access.staffScope(user).isEmpty();
        model.addAttribute("staff", staff);
        if (staff) {
            model.addAttribute("balances", accounts.balances(user, territory, null, 200).items());
            model.addAttribute("services", accounts.partyServices(user, 20));
        }
        return "volunteer/points/index";
    }

    @Guard(resource = Resource.POINTS, action = Action.READ)
    @GetMapping("/volunteer/points/{volunteerId}")
    String volunteer(@PathVariable long volunteerId, CurrentUser user, Model model) {
        model.addAttribute("form", new DeedForm(null, null, null));
        return page(volunteerId, user, model);
    }

    @Guard(resource = Resource.POINTS, action = Action.CREATE)
    @PostMapping("/volunteer/points/{volunteerId}/deeds")
    String award(@PathVariable long volunteerId, @ModelAttribute("form") DeedForm form, BindingResult result,
                 CurrentUser user, Model model, RedirectAttributes redirect,
                 jakarta.servlet.http.HttpServletResponse response) {
        try {
            var awarded = awards.awardDeed(user, volunteerId, new PointsAwards.NewDeed(form.kind(), form.doneOn(), form.note()));
            redirect.addFlashAttribute("notice", "已记 " + awarded.points() + " 分" + (awarded.capped() ? "（已到每日上限）" : ""));
            return "redirect:/volunteer/points/" + volunteerId;
        } catch (BadInputException | ConflictException refused) {
            FormErrors.reject(result, refused);
        }
        response.setStatus(400);
        return page(volunteerId, user, model);
    }

    @Guard(resource = Resource.POINTS, action = Action.ACT)
    @PostMapping("/volunteer/points/entries/{entryId}/reverse")
    String reverse(@PathVariable long entryId, @RequestParam(required = false) String reason, CurrentUser user,
                   RedirectAttributes redirect) {
        var entry = accounts.entry(user, entryId);
        PageSteps.attempt(redirect, () -> {
            awards.reverse(user, entryId, reason);
            return "已冲销第 " + entry.seq() + " 笔";
        });
        return "redirect:/volunteer/points/" + entry.volunteerId();
    }

    private String page(long volunteerId, CurrentUser user, Model model) {
        var balance = accounts.balance(user, volunteerId);
        model.addAttribute("balance", balance);
        model.addAttribute("entries", accounts.entries(user, volunteerId, null, 200).items());
        Volunteer v = access.require(user, Action.READ, volunteerId);
        var target = access.target(user, v);
        boolean mayAward = AccessPolicy.allows(user, Resource.POINTS, Action.CREATE, target);
        model.addAttribute("mayAward", mayAward);
        model.addAttribute("mayReverse", AccessPolicy.allows(user, Resource.POINTS, Action.ACT, target));
        model.addAttribute("kinds", mayAward ? rules.effective(v.communityCode()).deeds() : List.of());
        return "volunteer/points/volunteer";
    }
}

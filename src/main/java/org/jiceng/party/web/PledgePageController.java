package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.internal.duty.Pledges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's own pledges on a phone: make one, note progress, and say when and how it was kept. */
@Controller
class PledgePageController {

    private final Pledges pledges;

    PledgePageController(Pledges pledges) {
        this.pledges = pledges;
    }

    record MakeForm(String content, String dueOn) {
    }

    record ProgressForm(String note) {
    }

    record KeptForm(String note) {
    }

    @Guard(resource = Resource.PLEDGE, action = Action.READ)
    @GetMapping("/party/pledges")
    String page(CurrentUser user, Model model) {
        return show(user, model);
    }

    @Guard(resource = Resource.PLEDGE, action = Action.CREATE)
    @PostMapping("/party/pledges")
    String make(@ModelAttribute("makeForm") MakeForm form, BindingResult result, CurrentUser user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(result, user, model, response, redirect, "已作出承诺",
                () -> pledges.make(new Pledges.Request(null, form.content(), form.dueOn()), user));
    }

    @Guard(resource = Resource.PLEDGE, action = Action.UPDATE)
    @PostMapping("/party/pledges/{id}/progress")
    String progress(@PathVariable long id, @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(result, user, model, response, redirect, "已记录进展",
                () -> pledges.progress(id, new Pledges.Progress(form.note()), user));
    }

    @Guard(resource = Resource.PLEDGE, action = Action.UPDATE)
    @PostMapping("/party/pledges/{id}/kept")
    String kept(@PathVariable long id, @ModelAttribute("keptForm") KeptForm form, BindingResult result,
                CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(result, user, model, response, redirect, "已兑现，已在公示栏公开",
                () -> pledges.close(id, new Pledges.Closing("KEPT", null, form.note(), null), user));
    }

    private String attempt(BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                           RedirectAttributes redirect, String done, Supplier<?> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return show(user, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/party/pledges";
    }

    private String show(CurrentUser user, Model model) {
        var scope = AccessPolicy.scope(user, Resource.PLEDGE, Action.READ);
        model.addAttribute("pledges", pledges.list(scope, user, null, 200).items());
        model.addAttribute("today", pledges.today());
        model.addAttribute("member", user.partyMemberId() != null);
        if (!model.containsAttribute("makeForm")) {
            model.addAttribute("makeForm", new MakeForm(null, null));
        }
        model.addAttribute("progressForm", new ProgressForm(null));
        model.addAttribute("keptForm", new KeptForm(null));
        return "party/duty/pledges";
    }
}

package org.jiceng.mediation.web;

import static org.jiceng.mediation.web.DisputePageController.blank;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.mediation.internal.MediationSteps;
import org.jiceng.mediation.internal.Requests;
import org.jiceng.mediation.web.DisputeStepForms.AgreementForm;
import org.jiceng.mediation.web.DisputeStepForms.EscalationForm;
import org.jiceng.mediation.web.DisputeStepForms.FollowUpForm;
import org.jiceng.mediation.web.DisputeStepForms.MediatorForm;
import org.jiceng.mediation.web.DisputeStepForms.PartyForm;
import org.jiceng.mediation.web.DisputeStepForms.ReferralForm;
import org.jiceng.mediation.web.DisputeStepForms.SessionForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of one dispute's page: each posts, takes its step and comes back to the page with a notice. Bad input
 * shows the page again (400) with the form open, as typed, and the error beside its field; a step the state no
 * longer allows comes back with the refusal at the top. 403 and 404 go to the error page.
 */
@Controller
class DisputeFormController {

    private final MediationSteps steps;
    private final DisputePage page;

    DisputeFormController(MediationSteps steps, DisputePage page) {
        this.steps = steps;
        this.page = page;
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/parties")
    String party(@PathVariable long id, @ModelAttribute("partyForm") PartyForm form, BindingResult result,
                 CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(new Posted(id, "party", result, user, model, response, redirect), "已添加当事人",
                () -> steps.addParty(user, id, new Requests.NewParty(form.name(), form.role(),
                        Boolean.TRUE.equals(form.organisation()), form.contact(), null, blank(form.residentUsername()),
                        form.version())));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/mediators")
    String mediator(@PathVariable long id, @ModelAttribute("mediatorForm") MediatorForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(new Posted(id, "mediator", result, user, model, response, redirect), "已添加调解员",
                () -> steps.addMediator(user, id, new Requests.NewMediator(form.name(), form.kind(), form.organisation(),
                        form.version())));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/sessions")
    String session(@PathVariable long id, @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(new Posted(id, "session", result, user, model, response, redirect), "已记录调解",
                () -> steps.recordSession(user, id, new Requests.NewSession(blank(form.heldAt()), form.mode(),
                        form.place(), form.notes(), form.version())));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/escalate")
    String escalate(@PathVariable long id, @ModelAttribute("escalationForm") EscalationForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(new Posted(id, "escalation", result, user, model, response, redirect), "已上交上一级",
                () -> steps.escalate(user, id, new Requests.Escalation(form.reason(), form.version())));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/agreement")
    String agreement(@PathVariable long id, @ModelAttribute("agreementForm") AgreementForm form, BindingResult result,
                     CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(new Posted(id, "agreement", result, user, model, response, redirect), "已达成调解协议，可打印调解协议书",
                () -> steps.agree(user, id, new Requests.NewAgreement(blank(form.facts()), form.terms(),
                        blank(form.performance()), form.version())));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/refer")
    String refer(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form, BindingResult result,
                 CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(new Posted(id, "referral", result, user, model, response, redirect), "已记录调解不成并引导当事人",
                () -> steps.refer(user, id, new Requests.NewReferral(form.referral(), form.reason(), form.version())));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/follow-ups")
    String followUp(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(new Posted(id, "followUp", result, user, model, response, redirect), "已记录回访",
                () -> steps.followUp(user, id, new Requests.NewFollowUp(null, form.fulfilled(), form.notes(),
                        form.version())));
    }

    /** What every form of the page brings along. */
    private record Posted(long id, String form, BindingResult result, CurrentUser user, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
    }

    private String attempt(Posted posted, String done, Supplier<?> step) {
        try {
            step.get();
            posted.redirect().addFlashAttribute("notice", done);
        } catch (BadInputException refused) {
            FormErrors.reject(posted.result(), refused);
            posted.response().setStatus(400);
            posted.model().addAttribute("openForm", posted.form());
            return page.show(posted.user(), posted.id(), posted.model());
        } catch (ConflictException refused) {
            posted.redirect().addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/mediation/disputes/" + posted.id();
    }
}

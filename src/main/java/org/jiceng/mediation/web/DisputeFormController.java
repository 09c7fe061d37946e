package org.jiceng.mediation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import static org.jiceng.mediation.web.DisputePageController.attempt;
import static org.jiceng.mediation.web.DisputePageController.blank;

import org.jiceng.CurrentUser;
import org.jiceng.mediation.internal.MediationSteps;
import org.jiceng.mediation.internal.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of one dispute's page: each posts, takes its step and comes back to the page with a notice, or with
 * the refusal in Chinese when the input or the state does not allow it. 403 and 404 go to the error page.
 */
@Controller
class DisputeFormController {

    private final MediationSteps steps;

    DisputeFormController(MediationSteps steps) {
        this.steps = steps;
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/parties")
    String party(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String role,
                 @RequestParam(required = false, defaultValue = "false") boolean organisation,
                 @RequestParam(required = false) String contact, @RequestParam(required = false) String residentUsername,
                 @RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, "已添加当事人", () -> steps.addParty(user, id,
                new Requests.NewParty(name, role, organisation, contact, null, blank(residentUsername), version)));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/mediators")
    String mediator(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String organisation, @RequestParam(required = false) Integer version,
                    CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, "已添加调解员", () -> steps.addMediator(user, id,
                new Requests.NewMediator(name, kind, organisation, version)));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/sessions")
    String session(@PathVariable long id, @RequestParam(required = false) String heldAt, @RequestParam(required = false) String mode,
                   @RequestParam(required = false) String place, @RequestParam(required = false) String notes,
                   @RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, "已记录调解", () -> steps.recordSession(user, id,
                new Requests.NewSession(blank(heldAt), mode, place, notes, version)));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/escalate")
    String escalate(@PathVariable long id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, "已上交上一级", () -> steps.escalate(user, id, new Requests.Escalation(reason, version)));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/agreement")
    String agreement(@PathVariable long id, @RequestParam(required = false) String facts,
                     @RequestParam(required = false) String terms, @RequestParam(required = false) String performance,
                     @RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, "已达成调解协议，可打印调解协议书", () -> steps.agree(user, id,
                new Requests.NewAgreement(blank(facts), terms, blank(performance), version)));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/refer")
    String refer(@PathVariable long id, @RequestParam(required = false) String referral,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                 CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, "已记录调解不成并引导当事人", () -> steps.refer(user, id,
                new Requests.NewReferral(referral, reason, version)));
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/mediation/disputes/{id}/follow-ups")
    String followUp(@PathVariable long id, @RequestParam(required = false) String visitedAt,
                    @RequestParam(required = false) Boolean fulfilled, @RequestParam(required = false) String notes,
                    @RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, "已记录回访", () -> steps.followUp(user, id,
                new Requests.NewFollowUp(blank(visitedAt), fulfilled, notes, version)));
    }
}

package org.jiceng.visits.web;

import java.util.function.Supplier;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.visits.internal.visit.VisitFindings;
import org.jiceng.visits.internal.visit.VisitRequests;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The three buttons of a visit's page: 立案, 转矛盾调解, 调整帮扶计划. Each comes back to the visit's page with what
 * it opened, or with the refusal at the top and the form open as typed; 403 and 404 go to the error page.
 */
@Controller
class VisitFindingForms {

    private final VisitFindings findings;

    VisitFindingForms(VisitFindings findings) {
        this.findings = findings;
    }

    @Guard(resource = Resource.VISIT, action = Action.ACT)
    @PostMapping("/visits/{id}/case")
    String openCase(@PathVariable long id, @ModelAttribute VisitForms.CaseForm form, CurrentUser user,
                    RedirectAttributes redirect) {
        return attempt(id, "case", form, redirect, "已立案，诉求进入办理流程", () -> findings.openCase(user, id,
                new VisitRequests.CaseFromVisit(form.categoryCode(), VisitForms.blank(form.description()), form.requestId())));
    }

    @Guard(resource = Resource.VISIT, action = Action.ACT)
    @PostMapping("/visits/{id}/dispute")
    String openDispute(@PathVariable long id, @ModelAttribute VisitForms.DisputeForm form, CurrentUser user,
                       RedirectAttributes redirect) {
        return attempt(id, "dispute", form, redirect, "已登记矛盾纠纷", () -> findings.openDispute(user, id,
                new VisitRequests.DisputeFromVisit(VisitForms.blank(form.title()), null, form.type(), form.risk(),
                        form.applicant(), form.respondent())));
    }

    @Guard(resource = Resource.VISIT, action = Action.ACT)
    @PostMapping("/visits/{id}/care-plan-note")
    String carePlanNote(@PathVariable long id, @ModelAttribute VisitForms.CarePlanForm form, CurrentUser user,
                        RedirectAttributes redirect) {
        return attempt(id, "carePlan", form, redirect, "已记入该户的帮扶计划", () -> findings.carePlanNote(user, id,
                new VisitRequests.CarePlanNote(form.needs(), form.measures())));
    }

    private static String attempt(long id, String formName, Object form, RedirectAttributes redirect, String done,
                                  Supplier<?> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            redirect.addFlashAttribute("openForm", formName);
            redirect.addFlashAttribute(formName + "Form", form);
        }
        return "redirect:/visits/" + id;
    }
}

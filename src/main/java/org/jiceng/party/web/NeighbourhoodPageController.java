package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.cases.CaseCatalogue;
import org.jiceng.cases.CategoryView;
import org.jiceng.party.PostView;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodDuties;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodReports;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.DutyKind;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.ElectionMethod;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Rating;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A 三长's or 楼长's post at work, on a phone: the holder sees their households and duties and reports what they
 * find (a case filed as them); the community records how they were chosen, their duties and the month's rating.
 */
@Controller
class NeighbourhoodPageController {

    private final NeighbourhoodDuties duties;
    private final NeighbourhoodReports reports;
    private final ObjectProvider<CaseCatalogue> catalogue;

    NeighbourhoodPageController(NeighbourhoodDuties duties, NeighbourhoodReports reports,
                                ObjectProvider<CaseCatalogue> catalogue) {
        this.duties = duties;
        this.reports = reports;
        this.catalogue = catalogue;
    }

    record ReportForm(String categoryCode, String description, String address) {
    }

    record ElectionForm(String heldOn, String method, Integer votes, Integer participants, String minutes) {
    }

    record DutyForm(String kind, String description) {
    }

    record HouseholdForm(String householdIds) {
    }

    record EvaluationForm(String month, String rating, String note) {
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.READ)
    @GetMapping("/party/neighbourhood")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("posts", duties.mine(user));
        return "party/neighbourhood/mine";
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.READ)
    @GetMapping("/party/neighbourhood/{id}")
    String post(@PathVariable long id, CurrentUser user, Model model) {
        return show(id, user, model);
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.CREATE)
    @PostMapping("/party/neighbourhood/{id}/reports")
    String report(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form, BindingResult result,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "report", result, user, model, response, redirect, "已上报，已转为诉求办理",
                () -> reports.report(id, new NeighbourhoodReports.Request(form.categoryCode(), form.description(),
                        null, null, form.address(), List.of()), user));
    }

    @Guard(resource = Resource.PARTY_POST, action = Action.UPDATE)
    @PostMapping("/party/neighbourhood/{id}/election")
    String elect(@PathVariable long id, @ModelAttribute("electionForm") ElectionForm form, BindingResult result,
                 CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "election", result, user, model, response, redirect, "已保存推选记录",
                () -> duties.elect(id, new NeighbourhoodDuties.ElectionRequest(form.heldOn(), form.method(),
                        form.votes(), form.participants(), form.minutes()), user));
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.UPDATE)
    @PostMapping("/party/neighbourhood/{id}/duties")
    String duty(@PathVariable long id, @ModelAttribute("dutyForm") DutyForm form, BindingResult result,
                CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "duty", result, user, model, response, redirect, "已添加职责",
                () -> duties.addDuty(id, new NeighbourhoodDuties.DutyRequest(form.kind(), form.description()), user));
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.UPDATE)
    @PostMapping("/party/neighbourhood/{id}/households")
    String households(@PathVariable long id, @ModelAttribute("householdForm") HouseholdForm form, BindingResult result,
                      CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "households", result, user, model, response, redirect, "已添加联系户",
                () -> duties.addHouseholds(id, new NeighbourhoodDuties.HouseholdsRequest(ids(form.householdIds())), user));
    }

    @Guard(resource = Resource.NEIGHBOURHOOD_DUTY, action = Action.ACT)
    @PostMapping("/party/neighbourhood/{id}/evaluations")
    String evaluate(@PathVariable long id, @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "evaluation", result, user, model, response, redirect, "已记录本月评定",
                () -> duties.evaluate(id, new NeighbourhoodDuties.EvaluationRequest(form.month(), form.rating(),
                        form.note()), user));
    }

    /** Household numbers as typed: separated by commas, 、 or spaces. */
    private static List<Long> ids(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(typed.strip().split("[,，、\\s]+")).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new BadInputException("householdIds", "户编号须为数字，多个用逗号隔开");
        }
    }

    private String attempt(long id, String form, BindingResult result, CurrentUser user, Model model,
                           HttpServletResponse response, RedirectAttributes redirect, String done, Supplier<?> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            model.addAttribute("openForm", form);
            return show(id, user, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/party/neighbourhood/" + id;
    }

    private String show(long id, CurrentUser user, Model model) {
        var atWork = duties.atWork(id, user);
        PostView post = atWork.post();
        var target = AccessPolicy.Target.at(post.territoryCode()).withIf(user.residentId() != null
                && user.residentId().equals(post.residentId()), org.jiceng.Relation.OWN);
        model.addAttribute("work", atWork);
        model.addAttribute("mayReport", AccessPolicy.allows(user, Resource.NEIGHBOURHOOD_DUTY, Action.CREATE, target)
                && AccessPolicy.mayAtAll(user, Resource.CASE, Action.CREATE));
        model.addAttribute("mayElect", AccessPolicy.allows(user, Resource.PARTY_POST, Action.UPDATE, target));
        model.addAttribute("mayUpdate", AccessPolicy.allows(user, Resource.NEIGHBOURHOOD_DUTY, Action.UPDATE, target));
        model.addAttribute("mayEvaluate", AccessPolicy.allows(user, Resource.NEIGHBOURHOOD_DUTY, Action.ACT, target));
        model.addAttribute("methodChoices", FormErrors.choices(ElectionMethod.values(), ElectionMethod::label));
        model.addAttribute("dutyChoices", FormErrors.choices(DutyKind.values(), DutyKind::label));
        Map<String, String> categories = new LinkedHashMap<>();
        catalogue.stream().flatMap(c -> c.categories().stream()).filter(CategoryView::leaf)
                .forEach(c -> categories.put(c.code(), c.name()));
        model.addAttribute("categoryChoices", categories);
        model.addAttribute("ratingChoices", FormErrors.choices(Rating.values(), Rating::label));
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", new ReportForm(null, null, null));
        }
        if (!model.containsAttribute("electionForm")) {
            model.addAttribute("electionForm", new ElectionForm(null, null, null, null, null));
        }
        if (!model.containsAttribute("dutyForm")) {
            model.addAttribute("dutyForm", new DutyForm(null, null));
        }
        if (!model.containsAttribute("householdForm")) {
            model.addAttribute("householdForm", new HouseholdForm(null));
        }
        if (!model.containsAttribute("evaluationForm")) {
            model.addAttribute("evaluationForm", new EvaluationForm(null, null, null));
        }
        return "party/neighbourhood/post";
    }
}

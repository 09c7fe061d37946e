package org.jiceng.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.cases.CaseCatalogue;
import org.jiceng.cases.CategoryView;
import org.jiceng.visits.internal.sweep.SweepChecks;
import org.jiceng.visits.internal.sweep.SweepCoverage;
import org.jiceng.visits.internal.sweep.SweepService;
import org.jiceng.visits.internal.sweep.SweepViews;
import org.jiceng.visits.web.SweepForms.CheckForm;
import org.jiceng.visits.web.SweepForms.NewSweepForm;
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
 * The sweep pages: the list with the form that starts one, a sweep's page whose coverage bars (by grid and by
 * cadre) refresh themselves with htmx, and the check form of one household, made for a phone.
 */
@Controller
class SweepPageController {

    private final SweepService sweeps;
    private final SweepChecks checks;
    private final SweepCoverage coverage;
    private final CaseCatalogue catalogue;

    SweepPageController(SweepService sweeps, SweepChecks checks, SweepCoverage coverage, CaseCatalogue catalogue) {
        this.sweeps = sweeps;
        this.checks = checks;
        this.coverage = coverage;
        this.catalogue = catalogue;
    }

    @Guard(resource = Resource.SWEEP, action = Action.READ)
    @GetMapping("/visits/sweeps")
    String list(CurrentUser user, Model model) {
        NewSweepForm form = new NewSweepForm();
        form.setTerritoryCode(user.homeTerritory().length() == 9 || user.homeTerritory().length() == 12
                ? user.homeTerritory() : null);
        form.setStartsOn(sweeps.today().toString());
        form.setEndsOn(sweeps.today().plusDays(14).toString());
        return listPage(user, model, form);
    }

    @Guard(resource = Resource.SWEEP, action = Action.CREATE)
    @PostMapping("/visits/sweeps")
    String start(@ModelAttribute("form") NewSweepForm form, BindingResult result, CurrentUser user, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        try {
            SweepViews.Sweep sweep = sweeps.start(user, form.request());
            redirect.addFlashAttribute("notice", "已开始排查，共 " + sweep.tally().targets() + " 户");
            return "redirect:/visits/sweeps/" + sweep.id();
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused, field -> field.startsWith("checklist") ? "checklist" : field);
            response.setStatus(400);
            model.addAttribute("formOpen", true);
            return listPage(user, model, form);
        }
    }

    private String listPage(CurrentUser user, Model model, NewSweepForm form) {
        model.addAttribute("page", sweeps.list(user, null, null, 100));
        model.addAttribute("mayStart", sweeps.mayStart(user));
        model.addAttribute("form", form);
        return "visits/sweeps/list";
    }

    @Guard(resource = Resource.SWEEP, action = Action.READ)
    @GetMapping("/visits/sweeps/{id}")
    String sweep(@PathVariable long id, @RequestParam(required = false) String grid, CurrentUser user, Model model) {
        model.addAttribute("sweep", sweeps.find(user, id));
        model.addAttribute("coverage", coverage.coverage(user, id));
        model.addAttribute("remaining", coverage.remaining(user, id, grid, null, 200));
        model.addAttribute("grid", grid);
        return "visits/sweeps/sweep";
    }

    /** The coverage bars alone, for htmx to swap in every few seconds. */
    @Guard(resource = Resource.SWEEP, action = Action.READ)
    @GetMapping("/visits/sweeps/{id}/coverage")
    String coverage(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("sweep", sweeps.find(user, id));
        model.addAttribute("coverage", coverage.coverage(user, id));
        return "visits/sweeps/sweep :: coverage";
    }

    @Guard(resource = Resource.SWEEP, action = Action.ACT)
    @GetMapping("/visits/sweeps/{id}/check")
    String checkForm(@PathVariable long id, @RequestParam long household, CurrentUser user, Model model) {
        CheckForm form = new CheckForm();
        form.setHouseholdId(household);
        form.setClientId(UUID.randomUUID().toString());
        return checkPage(id, user, model, form);
    }

    @Guard(resource = Resource.SWEEP, action = Action.ACT)
    @PostMapping("/visits/sweeps/{id}/check")
    String check(@PathVariable long id, @ModelAttribute("form") CheckForm form, BindingResult result, CurrentUser user,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            SweepViews.Recorded recorded = checks.record(user, id, form.request());
            redirect.addFlashAttribute("notice", recorded.check().caseId() == null ? "已记录排查"
                    : "已记录排查，并转为诉求（编号 " + recorded.check().caseId() + "）");
            return "redirect:/visits/sweeps/" + id;
        } catch (BadInputException | ConflictException refused) {
            FormErrors.reject(result, refused, field -> field.startsWith("answers") ? "answers"
                    : field.startsWith("openCase") ? "remark" : field.equals("categoryCode") ? "caseCategory" : field);
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            return checkPage(id, user, model, form);
        }
    }

    private String checkPage(long id, CurrentUser user, Model model, CheckForm form) {
        model.addAttribute("sweep", sweeps.find(user, id));
        model.addAttribute("form", form);
        Map<String, String> categories = new LinkedHashMap<>();
        for (CategoryView c : catalogue.categories()) {
            if (c.leaf()) {
                categories.put(c.code(), c.name());
            }
        }
        model.addAttribute("categories", categories);
        return "visits/sweeps/check";
    }
}

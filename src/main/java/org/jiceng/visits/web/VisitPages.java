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
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.RiskLevel;
import org.jiceng.visits.VisitKind;
import org.jiceng.visits.internal.visit.RoundService;
import org.jiceng.visits.internal.visit.VisitService;
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
 * The visit pages: the phone-first form that logs a visit, a visit's page with what it may open, the staff's list
 * with filters, and the 走院子 rounds. Bad input shows the form again (400) as typed, the error beside its field.
 */
@Controller
class VisitPages {

    private final VisitService visits;
    private final RoundService rounds;
    private final CaseCatalogue catalogue;

    VisitPages(VisitService visits, RoundService rounds, CaseCatalogue catalogue) {
        this.visits = visits;
        this.rounds = rounds;
        this.catalogue = catalogue;
    }

    @Guard(resource = Resource.VISIT, action = Action.READ)
    @GetMapping("/visits")
    String list(@RequestParam(required = false) String territory, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String after, CurrentUser user, Model model) {
        model.addAttribute("page", visits.list(user, territory, null, kind, from, to, after, 50));
        model.addAttribute("kinds", kinds());
        model.addAttribute("territory", territory);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "visits/visit/list";
    }

    @Guard(resource = Resource.VISIT, action = Action.CREATE)
    @GetMapping("/visits/log")
    String form(@RequestParam(required = false) Long household, @RequestParam(required = false) Long round,
                CurrentUser user, Model model) {
        model.addAttribute("form", new VisitForms.LogForm(UUID.randomUUID().toString(), household, "HOME", null, null,
                null, null, null, null, round, null, null));
        return showForm(user, model);
    }

    @Guard(resource = Resource.VISIT, action = Action.CREATE)
    @PostMapping("/visits/log")
    String log(@ModelAttribute("form") VisitForms.LogForm form, BindingResult result, CurrentUser user, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        try {
            VisitService.Logged logged = visits.log(user, form.request());
            redirect.addFlashAttribute("notice", logged.created() ? "走访记录已保存" : "这条走访记录此前已保存");
            return "redirect:/visits/" + logged.visit().id();
        } catch (BadInputException | ConflictException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            return showForm(user, model);
        }
    }

    private String showForm(CurrentUser user, Model model) {
        model.addAttribute("households", householdChoices(user));
        model.addAttribute("kinds", kinds());
        return "visits/visit/log";
    }

    @Guard(resource = Resource.VISIT, action = Action.READ)
    @GetMapping("/visits/{id}")
    String one(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("v", visits.find(user, id));
        Map<String, String> categories = new LinkedHashMap<>();
        catalogue.categories().stream().filter(c -> c.leaf() && c.active())
                .forEach((CategoryView c) -> categories.put(c.code(), c.name()));
        model.addAttribute("categories", categories);
        model.addAttribute("disputeTypes", FormErrors.choices(DisputeType.values(), DisputeType::label));
        model.addAttribute("risks", FormErrors.choices(RiskLevel.values(), RiskLevel::label));
        return "visits/visit/visit";
    }

    @Guard(resource = Resource.VISIT, action = Action.READ)
    @GetMapping("/visits/rounds")
    String rounds(@RequestParam(required = false) String territory, @RequestParam(required = false) String week,
                  @RequestParam(required = false) String after, CurrentUser user, Model model) {
        model.addAttribute("page", rounds.list(user, territory, week, after, 50));
        model.addAttribute("week", week);
        return "visits/visit/rounds";
    }

    @Guard(resource = Resource.VISIT, action = Action.READ)
    @GetMapping("/visits/rounds/{id}")
    String round(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("round", rounds.find(user, id));
        return "visits/visit/round";
    }

    private Map<String, String> householdChoices(CurrentUser user) {
        Map<String, String> choices = new LinkedHashMap<>();
        visits.households(user).forEach(h -> choices.put(String.valueOf(h.id()), h.address()));
        return choices;
    }

    private static Map<String, String> kinds() {
        return FormErrors.choices(VisitKind.values(), VisitKind::label);
    }
}

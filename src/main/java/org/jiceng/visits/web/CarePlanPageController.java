package org.jiceng.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.visits.CarePlanView;
import org.jiceng.visits.internal.care.CareAccess;
import org.jiceng.visits.internal.care.CareDue;
import org.jiceng.visits.internal.care.CarePlanService;
import org.jiceng.visits.internal.care.CareRequests;
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
 * The pages of 一人一策: the list with its filters and overdue badges, one plan with its form (values kept on a
 * 400; a stale version answered 409 on the same page with what was typed, and the plan as it now stands), and the
 * supervision list of overdue plans by responsible person.
 */
@Controller
class CarePlanPageController {

    private final CarePlanService plans;

    CarePlanPageController(CarePlanService plans) {
        this.plans = plans;
    }

    @Guard(resource = Resource.CARE_PLAN, action = Action.READ)
    @GetMapping("/visits/care-plans")
    String list(@RequestParam(required = false) String territory, @RequestParam(required = false) String tag,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String responsible,
                @RequestParam(required = false) String after, CurrentUser user, Model model) {
        Page<CarePlanView> page = plans.list(user, new CarePlanService.Query(territory, tag, overdue, responsible, null),
                after, null);
        model.addAttribute("page", page);
        model.addAttribute("filter", Map.of("territory", nz(territory), "tag", nz(tag),
                "overdue", overdue == null ? "" : overdue.toString(), "responsible", nz(responsible)));
        model.addAttribute("tags", tagChoices());
        model.addAttribute("supervises", !CareAccess.supervised(user).isEmpty());
        model.addAttribute("managesFrequencies", CareAccess.mayManageFrequencies(user, user.homeTerritory().isEmpty()
                ? "000000" : user.homeTerritory().substring(0, Math.min(6, user.homeTerritory().length()))));
        return "visits/care/list";
    }

    @Guard(resource = Resource.CARE_PLAN, action = Action.READ)
    @GetMapping("/visits/care-plans/{id}")
    String plan(@PathVariable long id, CurrentUser user, Model model) {
        CarePlanView plan = plans.detail(user, id);
        model.addAttribute("form", CarePlanForm.of(plan));
        return show(plan, user, model);
    }

    @Guard(resource = Resource.CARE_PLAN, action = Action.UPDATE)
    @PostMapping("/visits/care-plans/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CarePlanForm form, BindingResult result,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            plans.update(user, id, form.change());
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return show(plans.detail(user, id), user, model);
        } catch (ConflictException refused) {
            // the form keeps what was typed; the page shows the plan as it now stands beside it
            result.reject("conflict", refused.getMessage());
            response.setStatus(409);
            model.addAttribute("conflict", true);
            return show(plans.detail(user, id), user, model);
        }
        redirect.addFlashAttribute("notice", "已保存一人一策");
        return "redirect:/visits/care-plans/" + id;
    }

    @Guard(resource = Resource.CARE_PLAN, action = Action.UPDATE)
    @PostMapping("/visits/care-plans/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) Integer version,
                 @RequestParam(required = false) String reason, CurrentUser user, RedirectAttributes redirect) {
        try {
            plans.close(user, id, new CareRequests.Closing(version, reason));
            redirect.addFlashAttribute("notice", "已关闭一人一策");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/visits/care-plans/" + id;
    }

    @Guard(resource = Resource.CARE_PLAN, action = Action.READ)
    @GetMapping("/visits/care-plans/overdue")
    String overdue(@RequestParam(required = false) String territory, CurrentUser user, Model model) {
        model.addAttribute("overdue", plans.overdue(user, territory));
        return "visits/care/overdue";
    }

    private String show(CarePlanView plan, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("mayUpdate", plans.mayUpdate(user, plan) && plan.status().equals("ACTIVE"));
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("NONE", "未落实责任人");
        plans.candidates(plan).forEach(c -> choices.put(c.key(), c.name() + (c.title() == null ? "" : "（" + c.title() + "）")));
        if (plan.responsibleId() != null) {
            choices.putIfAbsent(plan.responsibleKind() + ":" + plan.responsibleId(), plan.responsibleName());
        }
        model.addAttribute("responsibleChoices", choices);
        return "visits/care/plan";
    }

    static Map<String, String> tagChoices() {
        Map<String, String> tags = new LinkedHashMap<>();
        CareDue.ORDER.forEach(t -> tags.put(t, CareDue.name(t)));
        return tags;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}

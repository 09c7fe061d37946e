package org.jiceng.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.lists.PowerLists;
import org.jiceng.assessment.internal.lists.VillageTasks;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
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
 * A village's incoming tasks (accept, report done), the tasks a town or department sent, the ones sent outside
 * the 工作准入清单 for the county, and the form that sends a task citing an item of the list in force.
 */
@Controller
class VillageTaskPageController {

    private final VillageTasks tasks;
    private final PowerLists lists;
    private final TerritoryApi territory;
    private final Clock clock;

    VillageTaskPageController(VillageTasks tasks, PowerLists lists, TerritoryApi territory, Clock clock) {
        this.tasks = tasks;
        this.lists = lists;
        this.territory = territory;
        this.clock = clock;
    }

    record TaskForm(String villageCode, String title, String description, String dueOn, Long admissionItemId,
                    String outsideReason) {
    }

    @Guard(resource = Resource.VILLAGE_TASK, action = Action.READ)
    @GetMapping("/assessment/village-tasks")
    String page(@RequestParam(required = false) boolean flagged, @RequestParam(required = false) String after,
                CurrentUser user, Model model) {
        model.addAttribute("tasks", tasks.tasks(user, null, flagged, after, Page.DEFAULT_LIMIT));
        model.addAttribute("flagged", flagged);
        model.addAttribute("mayAct", AccessPolicy.mayAtAll(user, Resource.VILLAGE_TASK, Action.ACT));
        boolean maySend = AccessPolicy.mayAtAll(user, Resource.VILLAGE_TASK, Action.CREATE);
        model.addAttribute("maySend", maySend);
        if (maySend) {
            String home = user.homeTerritory();
            model.addAttribute("admission", lists.admissionFor(home, user).orElse(null));
            model.addAttribute("villages", villages(home));
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new TaskForm(null, null, null, Beijing.today(clock).plusDays(14).toString(),
                    null, null));
        }
        return "assessment/lists/village-tasks";
    }

    /** The villages under a town; under a county, those of its towns (a county has a few hundred). */
    private List<DivisionView> villages(String home) {
        if (home.length() == 9) {
            return territory.children(home, null, 500);
        }
        if (home.length() == 6) {
            return territory.children(home, null, 100).stream()
                    .flatMap(town -> territory.children(town.code(), null, 500).stream()).toList();
        }
        return List.of();
    }

    @Guard(resource = Resource.VILLAGE_TASK, action = Action.CREATE)
    @PostMapping("/assessment/village-tasks")
    String send(@ModelAttribute("taskForm") TaskForm form, BindingResult result, CurrentUser user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            tasks.send(new VillageTasks.TaskRequest(form.villageCode(), form.title(), form.description(), form.dueOn(),
                    form.admissionItemId(), form.outsideReason()), user);
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            FormErrors.reject(result, refused);
            model.addAttribute("refused", true);
            return page(false, null, user, model);
        }
        redirect.addFlashAttribute("notice", "任务已派给村(社区)");
        return "redirect:/assessment/village-tasks";
    }

    @Guard(resource = Resource.VILLAGE_TASK, action = Action.ACT)
    @PostMapping("/assessment/village-tasks/{id}/accept")
    String accept(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            tasks.accept(id, user);
            redirect.addFlashAttribute("notice", "已接收任务");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/assessment/village-tasks";
    }

    @Guard(resource = Resource.VILLAGE_TASK, action = Action.ACT)
    @PostMapping("/assessment/village-tasks/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(required = false) String note, CurrentUser user,
                    RedirectAttributes redirect) {
        try {
            tasks.complete(id, new VillageTasks.NoteRequest(note), user);
            redirect.addFlashAttribute("notice", "任务已办结");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/assessment/village-tasks";
    }
}

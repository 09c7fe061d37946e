package org.jiceng.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.project.ProjectEvidence;
import org.jiceng.assessment.internal.project.LivelihoodProjects;
import org.jiceng.assessment.internal.project.Supervision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project desk (plans, supervision), a project's page (milestones, progress, evidence) and the public board. */
@Controller
class ProjectPageController {

    private final LivelihoodProjects projects;
    private final ProjectEvidence evidence;
    private final Supervision supervision;
    private final ProjectBoard board;

    ProjectPageController(LivelihoodProjects projects, ProjectEvidence evidence, Supervision supervision,
                          ProjectBoard board) {
        this.projects = projects;
        this.evidence = evidence;
        this.supervision = supervision;
        this.board = board;
    }

    record PlanForm(String territory, String kind, String title, String description, String budgetYuan, Long unitId,
                    Boolean published) {
    }

    record MilestoneForm(String title, String dueOn) {
    }

    record DoneForm(String note) {
    }

    record ProgressForm(Integer progress, String spentYuan, String status, Integer version) {
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.READ)
    @GetMapping("/assessment/projects")
    String desk(CurrentUser user, Model model) {
        return showDesk(user, model);
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.CREATE)
    @PostMapping("/assessment/projects")
    String create(@ModelAttribute("planForm") PlanForm f, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            long id = projects.create(new LivelihoodProjects.Request(f.territory(), f.kind(), f.title(), f.description(),
                    f.budgetYuan(), f.unitId(), f.published()), user);
            redirect.addFlashAttribute("notice", "已立项");
            return "redirect:/assessment/projects/" + id;
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return showDesk(user, model);
        }
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.READ)
    @GetMapping("/assessment/projects/board")
    String board(@RequestParam(required = false) String territory, CurrentUser user, Model model) {
        String place = ProjectApiController.place(territory);
        model.addAttribute("projects", projects.list(user, place, true, null, 200).items().stream()
                .map(board::of).toList());
        return "assessment/project/board";
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.READ)
    @GetMapping("/assessment/projects/{id}")
    String project(@PathVariable long id, CurrentUser user, Model model) {
        var detail = projects.detail(id, user);
        var target = AccessPolicy.Target.at(detail.project().territoryCode());
        model.addAttribute("detail", detail);
        model.addAttribute("today", projects.today());
        model.addAttribute("mayAct", mayDo(id, user, Action.ACT));
        model.addAttribute("mayUpdate", mayDo(id, user, Action.UPDATE));
        model.addAttribute("target", target);
        if (!model.containsAttribute("milestoneForm")) {
            model.addAttribute("milestoneForm", new MilestoneForm(null, null));
        }
        if (!model.containsAttribute("progressForm")) {
            var p = detail.project();
            model.addAttribute("progressForm", new ProgressForm(p.progress(), org.jiceng.Fen.yuan(p.spentFen()),
                    p.status(), p.version()));
        }
        if (!model.containsAttribute("doneForm")) {
            model.addAttribute("doneForm", new DoneForm(null));
        }
        return "assessment/project/project";
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.UPDATE)
    @PostMapping("/assessment/projects/{id}/milestones")
    String milestone(@PathVariable long id, @ModelAttribute("milestoneForm") MilestoneForm f, BindingResult result,
                     CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, result, user, model, response, redirect, "已添加节点",
                () -> projects.addMilestone(id, new LivelihoodProjects.Milestone(f.title(), f.dueOn()), user));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.ACT)
    @PostMapping("/assessment/projects/{id}/progress")
    String progress(@PathVariable long id, @ModelAttribute("progressForm") ProgressForm f, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, result, user, model, response, redirect, "已更新进度", () -> projects.progress(id,
                new LivelihoodProjects.Progress(f.progress(), f.spentYuan(), f.status(), f.version()), user));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.ACT)
    @PostMapping("/assessment/projects/{id}/milestones/{milestoneId}/done")
    String done(@PathVariable long id, @PathVariable long milestoneId, @ModelAttribute("doneForm") DoneForm f,
                BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        return attempt(id, result, user, model, response, redirect, "节点已完成，督办已销号", () -> projects
                .completeMilestone(id, milestoneId, new LivelihoodProjects.Done(null, f.note()), user));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.ACT)
    @PostMapping("/assessment/projects/{id}/evidence")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, CurrentUser user,
                  RedirectAttributes redirect) throws IOException {
        try {
            evidence.upload(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user);
            redirect.addFlashAttribute("notice", "已上传佐证材料");
        } catch (BadInputException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/assessment/projects/" + id;
    }

    private boolean mayDo(long id, CurrentUser user, Action action) {
        try {
            projects.find(id, user, action);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private String attempt(long id, BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                           RedirectAttributes redirect, String done, Supplier<?> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return project(id, user, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/assessment/projects/" + id;
    }

    private String showDesk(CurrentUser user, Model model) {
        model.addAttribute("projects", projects.list(user, null, false, null, 500).items());
        // supervision is the staff's: a resident who opens the desk sees the projects without it
        boolean staff = !AccessPolicy.scope(user, Resource.LIVELIHOOD_PROJECT, Action.READ).isEmpty()
                || AccessPolicy.relations(user, Resource.LIVELIHOOD_PROJECT, Action.READ)
                .contains(org.jiceng.Relation.ASSIGNED_TO_UNIT);
        model.addAttribute("supervision", staff ? supervision.list(user, true, null, 500).items() : java.util.List.of());
        model.addAttribute("mayCreate", !AccessPolicy.scope(user, Resource.LIVELIHOOD_PROJECT, Action.CREATE).isEmpty());
        var kinds = new java.util.LinkedHashMap<String, String>();
        kinds.put("LIVELIHOOD", "民生实事");
        kinds.put("SECRETARY", "书记项目");
        model.addAttribute("kindOptions", kinds);
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", new PlanForm(user.homeTerritory(), "LIVELIHOOD", null, null, null, null,
                    null));
        }
        return "assessment/project/desk";
    }
}

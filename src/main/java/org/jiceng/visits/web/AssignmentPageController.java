package org.jiceng.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.visits.internal.assignment.AssignmentRequests;
import org.jiceng.visits.internal.assignment.AssignmentRules;
import org.jiceng.visits.internal.assignment.AssignmentService;
import org.jiceng.visits.internal.assignment.AssignmentTree;
import org.jiceng.visits.internal.assignment.AssignmentWorkbook;
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

/**
 * The 包保 page (/visits/assignments): for staff, the chain of their territory as a tree, the gaps, the map,
 * the form to assign and end, and Excel in and out; for a resident or a 户长, who is responsible for them and
 * what they hold.
 */
@Controller
class AssignmentPageController {

    private final AssignmentService assignments;
    private final AssignmentTree tree;
    private final AssignmentWorkbook workbook;

    AssignmentPageController(AssignmentService assignments, AssignmentTree tree, AssignmentWorkbook workbook) {
        this.assignments = assignments;
        this.tree = tree;
        this.workbook = workbook;
    }

    /** The form's fields, as typed: kept and shown back when something is refused. */
    record AssignmentForm(String level, String territoryCode, Long householdId, Long chiefResidentId, String groupName,
                          String holderKind, Long holderId, String holderName, String holderTitle, String holderPhone,
                          String startsOn, String endsOn) implements java.io.Serializable {

        static AssignmentForm empty(String territory) {
            return new AssignmentForm("HOUSEHOLD", territory, null, null, null, "RESIDENT", null, null, null, null, null, null);
        }

        AssignmentRequests.NewAssignment request() {
            return new AssignmentRequests.NewAssignment(level, territoryCode, householdId, chiefResidentId, groupName,
                    holderKind, holderId, holderName, holderTitle, holderPhone, startsOn, endsOn);
        }
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping("/visits/assignments")
    String page(@RequestParam(required = false) String territory, CurrentUser user, Model model) {
        String code = territory == null || territory.isBlank() ? user.homeTerritory() : territory.strip();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AssignmentForm.empty(code.length() == 15 ? code : null));
        }
        return show(user, code, model);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.CREATE)
    @PostMapping("/visits/assignments")
    String assign(@ModelAttribute("form") AssignmentForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            AssignmentService.Created created = assignments.create(user, form.request());
            redirect.addFlashAttribute("notice", "已登记包保：" + created.assignment().holderName() + " "
                    + created.assignment().levelLabel() + (created.ended().isEmpty() ? "" : "，原包户人已于前一日结束")
                    + (created.warning() == null ? "" : "。" + created.warning()));
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            String code = form.territoryCode() == null || form.territoryCode().isBlank() ? user.homeTerritory() : form.territoryCode().strip();
            return show(user, code.matches("[0-9]{6,15}") ? code : user.homeTerritory(), model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/visits/assignments";
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.UPDATE)
    @PostMapping("/visits/assignments/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) String endsOn, @RequestParam(required = false) String reason,
               CurrentUser user, RedirectAttributes redirect) {
        try {
            assignments.end(user, id, new AssignmentRequests.Ending(endsOn, reason, null));
            redirect.addFlashAttribute("notice", "已结束包保关系 " + id);
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/visits/assignments";
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.IMPORT)
    @PostMapping("/visits/assignments/import")
    String importRows(@RequestParam("file") MultipartFile file, CurrentUser user, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file.isEmpty()) {
                throw new BadInputException("file", "请选择要导入的 Excel 文件");
            }
            AssignmentWorkbook.Imported imported = workbook.importRows(user, file.getInputStream());
            redirect.addFlashAttribute("notice", "已导入 " + imported.created() + " 条包保关系"
                    + (imported.warnings().isEmpty() ? "" : "。" + String.join("；", imported.warnings())));
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/visits/assignments";
    }

    private String show(CurrentUser user, String code, Model model) {
        boolean staff = !AccessPolicy.scope(user, Resource.ASSIGNMENT, Action.READ).isEmpty();
        model.addAttribute("staff", staff);
        model.addAttribute("mine", assignments.mine(user));
        if (staff) {
            model.addAttribute("tree", tree.tree(user, code));
            model.addAttribute("gaps", tree.gaps(user, code));
            model.addAttribute("mayAssign", !AccessPolicy.scope(user, Resource.ASSIGNMENT, Action.CREATE).isEmpty());
            model.addAttribute("mayExport", !AccessPolicy.scope(user, Resource.ASSIGNMENT, Action.EXPORT).isEmpty());
            model.addAttribute("levels", FormErrors.choices(AssignmentRules.Level.values(),
                    l -> l.label() + "（" + l.heldBy() + "）"));
            model.addAttribute("holderKinds", FormErrors.choices(AssignmentRules.HolderKind.values(),
                    AssignmentRules.HolderKind::label));
        }
        return "visits/assignment/page";
    }
}

package org.jiceng.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.cases.internal.BulkAccept;
import org.jiceng.cases.internal.SavedFilters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's own actions beside its list (templates/cases/desk-actions.html): keep the present search under a
 * name, delete one kept, and accept the ticked cases in one go. The Excel export is {@link CaseExportController}.
 */
@Controller
class DeskActionsController {

    private final SavedFilters saved;
    private final BulkAccept bulk;

    DeskActionsController(SavedFilters saved, BulkAccept bulk) {
        this.saved = saved;
        this.bulk = bulk;
    }

    /** The form that names the present search; {@code query} is the desk's query string. */
    record SavedFilterForm(@NotBlank(message = "请给这个筛选起个名称") @Size(max = 30, message = "名称最多 30 个字") String name,
                           @Size(max = 1000, message = "筛选条件过长，无法保存") String query) {
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @PostMapping("/cases/desk/filters")
    String save(@Valid @ModelAttribute("savedFilterForm") SavedFilterForm form, BindingResult result, CurrentUser user,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                SavedFilters.Saved kept = saved.save(user, form.name(), form.query());
                redirect.addFlashAttribute("notice", "已保存筛选“" + kept.name() + "”");
                return "redirect:/cases/desk?" + kept.query();
            } catch (BadInputException refused) {
                FormErrors.reject(result, refused);
            }
        }
        response.setStatus(400);
        model.addAttribute("savedFilters", saved.of(user));
        return "cases/saved-filter";
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @PostMapping("/cases/desk/filters/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        saved.delete(user, id);
        redirect.addFlashAttribute("notice", "已删除保存的筛选");
        return "redirect:/cases/desk";
    }

    @Guard(resource = Resource.CASE, action = Action.ACT)
    @PostMapping("/cases/desk/accept")
    String accept(@RequestParam(name = "ids", required = false) List<String> ids,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String back,
                  CurrentUser user, Model model, HttpServletResponse response) {
        model.addAttribute("back", "/cases/desk" + (back == null || back.isBlank() ? "" : "?" + SavedFilters.kept(back)));
        try {
            List<BulkAccept.Outcome> outcomes = bulk.accept(user, ids, note);
            model.addAttribute("accepted", outcomes.stream().filter(BulkAccept.Outcome::accepted).toList());
            model.addAttribute("refused", outcomes.stream().filter(o -> !o.accepted()).toList());
        } catch (BadInputException refused) {
            response.setStatus(400);
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("accepted", List.of());
            model.addAttribute("refused", List.of());
        }
        return "cases/bulk-accept";
    }
}

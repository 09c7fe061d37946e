package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.organisation.OrganisationChanges;
import org.jiceng.party.internal.organisation.OrganisationRecords;
import org.jiceng.party.web.OrganisationPageModel.ChangeForm;
import org.jiceng.party.web.OrganisationPageModel.ChildForm;
import org.jiceng.party.web.OrganisationPageModel.DissolveForm;
import org.jiceng.party.web.OrganisationPageModel.MergeForm;
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
 * 组织建设 for the party administrator and branch secretaries: the tree's tops, one organisation with its forms to
 * add a child, rename or move it, merge or dissolve it, and its full history. A refused form comes back with what
 * was typed and the reason beside the field (400, or 409 when someone changed the record meanwhile).
 */
@Controller
class OrganisationPageController {

    private final OrganisationPageModel pages;
    private final OrganisationChanges changes;
    private final OrganisationRecords records;

    OrganisationPageController(OrganisationPageModel pages, OrganisationChanges changes, OrganisationRecords records) {
        this.pages = pages;
        this.changes = changes;
        this.records = records;
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/party/build")
    String start(CurrentUser user, Model model) {
        return pages.start(user, model);
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/party/build/{id}")
    String organisation(@PathVariable long id, CurrentUser user, Model model) {
        return pages.page(id, user, model, null);
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/party/build/{id}/history")
    String history(@PathVariable long id, @RequestParam(required = false) String after, CurrentUser user, Model model) {
        model.addAttribute("organisation", pages.existing(id, user));
        model.addAttribute("page", records.history(user, id, after, 100));
        return "party/organisation/history";
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.CREATE)
    @PostMapping("/party/build/{id}/children")
    String addChild(@PathVariable long id, @ModelAttribute("childForm") ChildForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            OrganisationView created = changes.create(user, new OrganisationChanges.Create(id, form.name(), form.level(),
                    form.kind(), form.focus(), form.territoryCode(), form.establishedOn()));
            redirect.addFlashAttribute("notice", "已新建“" + created.name() + "”");
            return "redirect:/party/build/" + created.id();
        } catch (BadInputException | ConflictException refused) {
            return refused(refused, result, id, user, model, response, "child");
        }
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.UPDATE)
    @PostMapping("/party/build/{id}/change")
    String change(@PathVariable long id, @ModelAttribute("changeForm") ChangeForm form, BindingResult result,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            changes.change(user, id, new OrganisationChanges.Change(form.version(), form.name(), form.focus(),
                    OrganisationPageModel.number(form.parentId(), "parentId", "上级组织")));
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/party/build/" + id;
        } catch (BadInputException | ConflictException refused) {
            return refused(refused, result, id, user, model, response, "change");
        }
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.ACT)
    @PostMapping("/party/build/{id}/merge")
    String merge(@PathVariable long id, @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
                 CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Long survivor = OrganisationPageModel.number(form.survivorId(), "survivorId", "合并后保留的组织");
            changes.merge(user, id, new OrganisationChanges.Merge(form.version(), survivor));
            redirect.addFlashAttribute("notice", "已合并，本组织的下级组织和党员已转入保留的组织");
            return "redirect:/party/build/" + survivor;
        } catch (BadInputException | ConflictException refused) {
            return refused(refused, result, id, user, model, response, "merge");
        }
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.ACT)
    @PostMapping("/party/build/{id}/dissolve")
    String dissolve(@PathVariable long id, @ModelAttribute("dissolveForm") DissolveForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            changes.dissolve(user, id, new OrganisationChanges.Dissolve(form.version(),
                    OrganisationPageModel.number(form.moveTo(), "moveTo", "转入组织"), form.dissolvedOn()));
            redirect.addFlashAttribute("notice", "已撤销");
            return "redirect:/party/build/" + id;
        } catch (BadInputException | ConflictException refused) {
            return refused(refused, result, id, user, model, response, "dissolve");
        }
    }

    /** The page again with the refused form opened and kept as typed. */
    static String refused(RuntimeException refused, BindingResult result, long id, CurrentUser user, Model model,
                          HttpServletResponse response, String open, OrganisationPageModel pages) {
        response.setStatus(refused instanceof ConflictException ? 409 : 400);
        FormErrors.reject(result, refused);
        return pages.page(id, user, model, open);
    }

    private String refused(RuntimeException refused, BindingResult result, long id, CurrentUser user, Model model,
                           HttpServletResponse response, String open) {
        return refused(refused, result, id, user, model, response, open, pages);
    }
}

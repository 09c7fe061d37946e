package org.jiceng.services.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.services.internal.catalogue.CatalogueReads;
import org.jiceng.services.internal.catalogue.ItemView;
import org.jiceng.services.internal.policy.PolicySheets;
import org.jiceng.services.internal.policy.SheetDetail;
import org.jiceng.services.internal.policy.SheetForm;
import org.jiceng.services.internal.policy.SheetView;
import org.jiceng.PageSteps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政策一页通 pages: the sheets in force where one lives, one sheet as it prints on an A4 page, its version
 * history, and for the staff of a county or town new sheets, draft edits and publishing.
 */
@Controller
class PolicyPageController {

    private final PolicySheets sheets;
    private final CatalogueReads items;

    PolicyPageController(PolicySheets sheets, CatalogueReads items) {
        this.sheets = sheets;
        this.items = items;
    }

    /** A sheet as typed: the body with a blank line or a line break between paragraphs, the items by their codes. */
    record SheetPageForm(String territoryCode, String title, String topic, String body, String items, String publisher,
                         Integer revision) {
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.READ)
    @GetMapping("/services/policies")
    String list(CurrentUser user, Model model) {
        model.addAttribute("sheets", sheets.list(user, false, null, null, 200).items());
        boolean manager = AccessPolicy.mayAtAll(user, Resource.POLICY_SHEET, Action.MANAGE);
        model.addAttribute("mayManage", manager);
        model.addAttribute("managed", manager ? sheets.list(user, true, null, null, 200).items() : List.of());
        return "services/policy/list";
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.READ)
    @GetMapping("/services/policies/{id}")
    String sheet(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("sheet", sheets.detail(user, id));
        return "services/policy/sheet";
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.READ)
    @GetMapping("/services/policies/{id}/history")
    String history(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("sheet", sheets.detail(user, id));
        return "services/policy/history";
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @GetMapping("/services/policies/new")
    String newSheet(CurrentUser user, Model model) {
        String home = user.homeTerritory();
        model.addAttribute("form", new SheetPageForm(home.length() > 9 ? home.substring(0, 9) : home, null, null, null,
                null, null, null));
        model.addAttribute("sheet", null);
        return "services/policy/edit";
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @PostMapping("/services/policies")
    String create(@ModelAttribute("form") SheetPageForm form, BindingResult result, CurrentUser user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return PageSteps.submit(result, response, PolicyPageController::formField, () -> {
            SheetDetail created = sheets.create(user, sheetForm(form));
            redirect.addFlashAttribute("notice", "已保存草稿，核对后发布");
            return "redirect:/services/policies/" + created.id();
        }, () -> {
            model.addAttribute("sheet", null);
            return "services/policy/edit";
        });
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @GetMapping("/services/policies/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        SheetDetail sheet = sheets.detail(user, id);
        SheetView v = sheet.draft() != null ? sheet.draft() : sheet.current();
        String codes = String.join(" ", items.publishedAmong(v.county(), v.itemIds()).stream().map(ItemView::code)
                .toList());
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", new SheetPageForm(v.territoryCode(), v.title(), v.topic(),
                String.join("\n", v.paragraphs()), codes, v.publisher(), sheet.draft() != null ? v.revision() : null));
        return "services/policy/edit";
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @PostMapping("/services/policies/{id}/edit")
    String saveDraft(@PathVariable long id, @ModelAttribute("form") SheetPageForm form, BindingResult result,
                     CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SheetDetail sheet = sheets.detail(user, id);
        return PageSteps.submit(result, response, PolicyPageController::formField, () -> {
            sheets.editDraft(user, id, sheetForm(form));
            redirect.addFlashAttribute("notice", "草稿已保存，核对后发布");
            return "redirect:/services/policies/" + id;
        }, () -> {
            model.addAttribute("sheet", sheet);
            return "services/policy/edit";
        });
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @PostMapping("/services/policies/{id}/publish")
    String publish(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        PageSteps.attempt(redirect, () -> {
            sheets.publish(user, id);
            return "已发布，原版本已被替代";
        });
        return "redirect:/services/policies/" + id;
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @PostMapping("/services/policies/{id}/withdraw")
    String withdraw(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        PageSteps.attempt(redirect, () -> {
            sheets.withdraw(user, id);
            return "已撤回，居民不再看到这份政策一页通";
        });
        return "redirect:/services/policies/" + id;
    }

    private SheetForm sheetForm(SheetPageForm f) {
        String territory = f.territoryCode() == null ? "" : f.territoryCode().strip();
        String county = territory.length() >= 6 ? territory.substring(0, 6) : "";
        List<Long> ids = new ArrayList<>();
        for (String code : (f.items() == null ? "" : f.items()).split("[\\s,，、]+")) {
            if (!code.isBlank()) {
                ids.add(items.publishedByCode(county, code.strip().toUpperCase()).map(ItemView::id)
                        .orElseThrow(() -> new BadInputException("itemIds", "没有已发布的事项编码 " + code.strip())));
            }
        }
        List<String> paragraphs = f.body() == null ? List.of() : Arrays.asList(f.body().split("\\R"));
        return new SheetForm(territory, f.title(), f.topic(), paragraphs, ids, f.publisher(), f.revision());
    }

    private static String formField(String field) {
        return switch (field) {
            case "paragraphs" -> "body";
            case "itemIds" -> "items";
            default -> field;
        };
    }
}

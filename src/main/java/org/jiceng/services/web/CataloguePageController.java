package org.jiceng.services.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.services.internal.catalogue.Catalogue;
import org.jiceng.services.internal.catalogue.CatalogueAccess;
import org.jiceng.services.internal.catalogue.CatalogueReads;
import org.jiceng.services.internal.catalogue.ItemDetail;
import org.jiceng.services.internal.catalogue.ItemForm;
import org.jiceng.services.internal.catalogue.ItemView;
import org.jiceng.PageSteps;
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
 * 办事指南 on a phone: the items in force where one lives, searched by a word, each with its materials, office,
 * time limit, fee and whether the village takes it in for the resident; and 事项清单管理 for the staff of a county or
 * town: every item of their territory in its newest version, new items, draft edits, publishing and withdrawing.
 */
@Controller
class CataloguePageController {

    private final Catalogue catalogue;
    private final CatalogueReads reads;

    CataloguePageController(Catalogue catalogue, CatalogueReads reads) {
        this.catalogue = catalogue;
        this.reads = reads;
    }

    /** An item as typed: materials one a line, the fee in yuan, a bundle's items by their codes. */
    record ItemPageForm(String code, String kind, String territoryCode, String name, String category,
                        String description, String officeName, String materials, String timeLimitDays, String fee,
                        Boolean agencyAllowed, String members, Integer revision) {
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.READ)
    @GetMapping("/services/items")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                CurrentUser user, Model model) {
        String k = "BUNDLE".equals(kind) || "ITEM".equals(kind) ? kind : null;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", k);
        model.addAttribute("items", reads.list(user, new CatalogueReads.Query(q, k, false, null), null, 200).items());
        model.addAttribute("mayManage", !CatalogueAccess.staffScope(user, Resource.SERVICE_ITEM).isEmpty()
                && org.jiceng.AccessPolicy.mayAtAll(user, Resource.SERVICE_ITEM, Action.MANAGE));
        return "services/catalogue/list";
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.READ)
    @GetMapping("/services/items/{id}")
    String item(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("item", reads.detail(user, id));
        return "services/catalogue/item";
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @GetMapping("/services/catalogue")
    String manage(CurrentUser user, Model model) {
        model.addAttribute("form", new ItemPageForm(null, "ITEM", user.homeTerritory(), null, null, null, null, null,
                null, "0", true, null, null));
        return managePage(user, model);
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @PostMapping("/services/catalogue")
    String create(@ModelAttribute("form") ItemPageForm form, BindingResult result, CurrentUser user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return PageSteps.submit(result, response, CataloguePageController::formField, () -> {
            ItemDetail created = catalogue.create(user, itemForm(form));
            redirect.addFlashAttribute("notice", "已保存草稿“" + created.current().name() + "”，核对后发布");
            return "redirect:/services/items/" + created.id();
        }, () -> managePage(user, model));
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @GetMapping("/services/items/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        ItemDetail item = reads.detail(user, id);
        ItemView v = item.draft() != null ? item.draft() : item.current();
        model.addAttribute("item", item);
        model.addAttribute("form", new ItemPageForm(v.code(), v.kind(), v.territoryCode(), v.name(), v.category(),
                v.description(), v.officeName(), String.join("\n", v.materials()), String.valueOf(v.timeLimitDays()),
                Fen.yuan(v.feeFen()), v.agencyAllowed(), memberCodes(item), item.draft() != null ? v.revision() : null));
        return "services/catalogue/edit";
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @PostMapping("/services/items/{id}/edit")
    String saveDraft(@PathVariable long id, @ModelAttribute("form") ItemPageForm form, BindingResult result,
                     CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ItemDetail item = reads.detail(user, id);
        return PageSteps.submit(result, response, CataloguePageController::formField, () -> {
            catalogue.editDraft(user, id, itemForm(form));
            redirect.addFlashAttribute("notice", "草稿已保存，核对后发布");
            return "redirect:/services/items/" + id;
        }, () -> {
            model.addAttribute("item", item);
            return "services/catalogue/edit";
        });
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @PostMapping("/services/items/{id}/publish")
    String publish(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        PageSteps.attempt(redirect, () -> {
            catalogue.publish(user, id);
            return "已发布，原版本已被替代";
        });
        return "redirect:/services/items/" + id;
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @PostMapping("/services/items/{id}/withdraw")
    String withdraw(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        PageSteps.attempt(redirect, () -> {
            catalogue.withdraw(user, id);
            return "已撤回，居民不再看到此事项";
        });
        return "redirect:/services/items/" + id;
    }

    private String managePage(CurrentUser user, Model model) {
        java.util.Map<String, String> kinds = new java.util.LinkedHashMap<>();
        kinds.put("ITEM", "单项事项");
        kinds.put("BUNDLE", "一件事（多个事项一并办）");
        model.addAttribute("kinds", kinds);
        model.addAttribute("items", reads.list(user, new CatalogueReads.Query(null, null, true, null), null, 500).items());
        return "services/catalogue/manage";
    }

    private ItemForm itemForm(ItemPageForm f) {
        List<String> materials = f.materials() == null ? List.of() : Arrays.asList(f.materials().split("\\R"));
        String county = f.territoryCode() == null || f.territoryCode().strip().length() < 6 ? ""
                : f.territoryCode().strip().substring(0, 6);
        List<Long> members = null;
        if ("BUNDLE".equals(f.kind()) || (f.members() != null && !f.members().isBlank())) {
            members = new ArrayList<>();
            for (String code : (f.members() == null ? "" : f.members()).split("[\\s,，、]+")) {
                if (!code.isBlank()) {
                    members.add(reads.publishedByCode(county, code.strip().toUpperCase()).map(ItemView::id)
                            .orElseThrow(() -> new BadInputException("members", "没有已发布的事项编码 " + code.strip())));
                }
            }
        }
        return new ItemForm(f.code() == null ? null : f.code().strip().toUpperCase(), f.kind(), f.territoryCode(),
                f.name(), f.category(), f.description(), null, f.officeName(), materials, days(f.timeLimitDays()),
                f.fee() == null || f.fee().isBlank() ? 0L : Fen.parse("fee", f.fee()),
                Boolean.TRUE.equals(f.agencyAllowed()), members, f.revision());
    }

    private static String formField(String field) {
        return field.equals("feeFen") ? "fee" : field;
    }

    private static String memberCodes(ItemDetail item) {
        return String.join(" ", item.members().stream().map(ItemDetail.Member::code).toList());
    }

    private static Integer days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("timeLimitDays", "法定时限请填写工作日天数（整数）");
        }
    }
}

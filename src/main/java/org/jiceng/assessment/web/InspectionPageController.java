package org.jiceng.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Input;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.inspection.FindingCategory;
import org.jiceng.assessment.internal.inspection.FindingState;
import org.jiceng.assessment.internal.inspection.InspectionAccess;
import org.jiceng.assessment.internal.inspection.InspectionViews.FindingDetail;
import org.jiceng.assessment.internal.inspection.InspectionViews.InspectionView;
import org.jiceng.assessment.internal.inspection.Inspections;
import org.jiceng.assessment.internal.inspection.Letters;
import org.jiceng.assessment.internal.inspection.Rectification;
import org.jiceng.territory.TerritoryApi;
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
 * The inspector's desk (inspections, findings, late ones), a unit's rectification list (the same page, showing
 * what is given to the unit), an inspection with its findings and letters, and a finding's page with its history.
 */
@Controller
class InspectionPageController {

    private final Inspections inspections;
    private final Rectification rectification;
    private final Letters letters;
    private final TerritoryApi territory;
    private final Clock clock;

    InspectionPageController(Inspections inspections, Rectification rectification, Letters letters,
                             TerritoryApi territory, Clock clock) {
        this.inspections = inspections;
        this.rectification = rectification;
        this.letters = letters;
        this.territory = territory;
        this.clock = clock;
    }

    record InspectionForm(String territoryCode, String title, String target, String startsOn, String endsOn) {
    }

    record FindingForm(String category, String description, String territoryCode, Long unitId, String deadline) {
    }

    record ProgressForm(String measures, String progress, Integer version) {
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/assessment/inspections")
    String desk(@RequestParam(required = false) String status, @RequestParam(required = false) boolean late,
                @RequestParam(required = false) String after, CurrentUser user, Model model) {
        FindingState state = Input.optionalOneOf(FindingState.class, status, "status", "整改状态", FindingState::label);
        model.addAttribute("inspections", inspections.inspections(user, null, 20).items());
        model.addAttribute("findings", inspections.findings(user, null, state, late, after, Page.DEFAULT_LIMIT));
        model.addAttribute("states", FindingState.values());
        model.addAttribute("status", status);
        model.addAttribute("late", late);
        model.addAttribute("letters", letters.letters(user, null, null, 20).items());
        model.addAttribute("mayCreate", AccessPolicy.mayAtAll(user, Resource.INSPECTION, Action.CREATE));
        model.addAttribute("mayExport", AccessPolicy.mayAtAll(user, Resource.INSPECTION, Action.EXPORT));
        if (!model.containsAttribute("inspectionForm")) {
            model.addAttribute("inspectionForm", new InspectionForm(user.homeTerritory(), null, null,
                    Beijing.today(clock).toString(), Beijing.today(clock).plusDays(30).toString()));
        }
        return "assessment/inspection/desk";
    }

    @Guard(resource = Resource.INSPECTION, action = Action.CREATE)
    @PostMapping("/assessment/inspections")
    String record(@ModelAttribute("inspectionForm") InspectionForm form, BindingResult result, CurrentUser user,
                  Model model, HttpServletResponse response) {
        try {
            long id = inspections.record(new Inspections.InspectionRequest(form.territoryCode(), form.title(),
                    form.target(), form.startsOn(), form.endsOn()), user);
            return "redirect:/assessment/inspections/" + id;
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            model.addAttribute("refused", true);
            return desk(null, false, null, user, model);
        }
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/assessment/inspections/{id}")
    String inspection(@PathVariable long id, CurrentUser user, Model model) {
        InspectionView inspection = inspections.inspection(id, user);
        model.addAttribute("inspection", inspection);
        model.addAttribute("findings", inspections.findings(user, id, null, false, null, Page.MAX_LIMIT).items());
        var sent = letters.letters(user, id, null, Page.MAX_LIMIT).items();
        model.addAttribute("letters", sent);
        model.addAttribute("answerable", sent.stream().filter(l -> !l.answered()
                && InspectionAccess.allows(user, Action.ACT, l.territoryCode(), l.unitId())).map(Letters.LetterView::id)
                .toList());
        boolean manages = InspectionAccess.allows(user, Action.MANAGE, inspection.territoryCode(), null);
        model.addAttribute("manages", manages);
        model.addAttribute("categories", FormErrors.choices(FindingCategory.values(), FindingCategory::label));
        model.addAttribute("units", manages ? territory.units(inspection.territoryCode().substring(0, 6),
                org.jiceng.Scope.everything()) : java.util.List.of());
        model.addAttribute("places", manages ? territory.children(inspection.territoryCode(), null, 200)
                : java.util.List.of());
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", new FindingForm(null, null, null, null,
                    inspection.endsOn().plusDays(60).toString()));
        }
        return "assessment/inspection/inspection";
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/assessment/inspections/{id}/findings")
    String find(@PathVariable long id, @ModelAttribute("findingForm") FindingForm form, BindingResult result,
                CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            long finding = inspections.find(id, new Inspections.FindingRequest(form.category(), form.description(),
                    form.territoryCode(), form.unitId(), form.deadline()), user);
            redirect.addFlashAttribute("notice", "已列入问题清单（问题 " + finding + "）");
            return "redirect:/assessment/inspections/" + id;
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            model.addAttribute("refused", true);
            return inspection(id, user, model);
        }
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/assessment/inspections/{id}/letters")
    String letter(@PathVariable long id, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String body, @RequestParam(required = false) String addressee,
                  CurrentUser user, RedirectAttributes redirect) {
        String to = addressee == null ? "" : addressee;
        Long unit = to.startsWith("unit:") ? parse(to.substring(5)) : null;
        String place = to.startsWith("place:") ? to.substring(6) : null;
        try {
            letters.send(id, new Letters.LetterRequest(title, body, place, unit), user);
            redirect.addFlashAttribute("notice", "建议书已送达");
        } catch (BadInputException refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/assessment/inspections/" + id;
    }

    @Guard(resource = Resource.INSPECTION, action = Action.ACT)
    @PostMapping("/assessment/inspections/letters/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer, CurrentUser user,
                  RedirectAttributes redirect) {
        Letters.LetterView letter = letters.letter(id, user);
        try {
            letters.answer(id, new Letters.AnswerRequest(answer), user);
            redirect.addFlashAttribute("notice", "已答复建议书");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/assessment/inspections/" + letter.inspectionId();
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/assessment/inspections/findings/{id}")
    String finding(@PathVariable long id, CurrentUser user, Model model) {
        FindingDetail detail = inspections.detail(id, user);
        var f = detail.finding();
        model.addAttribute("detail", detail);
        model.addAttribute("f", f);
        model.addAttribute("rectifies", FindingState.valueOf(f.status()).withUnit()
                && InspectionAccess.allows(user, Action.ACT, f.territoryCode(), f.unitId()));
        model.addAttribute("decides", InspectionAccess.allows(user, Action.MANAGE, f.territoryCode(), null));
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", new ProgressForm(f.measures(), f.progress(), f.version()));
        }
        return "assessment/inspection/finding";
    }

    @Guard(resource = Resource.INSPECTION, action = Action.ACT)
    @PostMapping("/assessment/inspections/findings/{id}/progress")
    String progress(@PathVariable long id, @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            rectification.progress(id, new Rectification.ProgressRequest(form.measures(), form.progress(), form.version()),
                    user);
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            FormErrors.reject(result, refused);
            return finding(id, user, model);
        }
        redirect.addFlashAttribute("notice", "已记录整改进展");
        return "redirect:/assessment/inspections/findings/" + id;
    }

    @Guard(resource = Resource.INSPECTION, action = Action.ACT)
    @PostMapping("/assessment/inspections/findings/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                    CurrentUser user, RedirectAttributes redirect) throws IOException {
        try {
            rectification.evidence(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), user);
            redirect.addFlashAttribute("notice", "佐证材料已上传");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/assessment/inspections/findings/" + id;
    }

    @Guard(resource = Resource.INSPECTION, action = Action.ACT)
    @PostMapping("/assessment/inspections/findings/{id}/submit")
    String submit(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return step(id, redirect, "已提交验收", () -> rectification.submit(id, user));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/assessment/inspections/findings/{id}/accept")
    String accept(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return step(id, redirect, "验收通过", () -> rectification.accept(id, user));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/assessment/inspections/findings/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, CurrentUser user,
                    RedirectAttributes redirect) {
        return step(id, redirect, "已退回责任单位", () -> rectification.giveBack(id, reason, user));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/assessment/inspections/findings/{id}/cancel")
    String cancel(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return step(id, redirect, "已销账", () -> rectification.cancel(id, user));
    }

    private static String step(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/assessment/inspections/findings/" + id;
    }

    private static Long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new BadInputException("addressee", "请选择建议书的送达单位");
        }
    }
}

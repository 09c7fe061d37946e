package org.jiceng.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.indicator.EnteredValues;
import org.jiceng.assessment.internal.indicator.IndicatorRequest;
import org.jiceng.assessment.internal.indicator.Indicators;
import org.jiceng.assessment.internal.indicator.Source;
import org.jiceng.assessment.internal.indicator.ValueView;
import org.jiceng.assessment.web.IndicatorForms.IndicatorForm;
import org.jiceng.assessment.web.IndicatorForms.ValueForm;
import org.jiceng.PageSteps;
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

/** The county's indicator form, the form a place enters a value with, and an entered value with its evidence and review. */
@Controller
class IndicatorPages {

    private final Indicators indicators;
    private final EnteredValues values;

    IndicatorPages(Indicators indicators, EnteredValues values) {
        this.indicators = indicators;
        this.values = values;
    }

    @Guard(resource = Resource.INDICATOR, action = Action.MANAGE)
    @GetMapping("/assessment/scores/indicators/new")
    String newIndicator(Model model) {
        model.addAttribute("form", new IndicatorForm());
        return indicatorPage(model);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.MANAGE)
    @PostMapping("/assessment/scores/indicators")
    String create(@ModelAttribute("form") IndicatorForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Integer weight = form.getWeight() == null || !form.getWeight().strip().matches("[0-9]{1,4}") ? Integer.valueOf(0)
                    : Integer.valueOf(form.getWeight().strip());
            var created = indicators.create(user, new IndicatorRequest(form.getName(), form.getSource(), form.getLevel(),
                    form.getPeriod(), form.getDirection(), form.getTarget(), weight, form.getUnit(), form.getNote(),
                    true, null));
            redirect.addFlashAttribute("notice", "已新增指标“" + created.name() + "”");
            return "redirect:/assessment/scores";
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return indicatorPage(model);
        }
    }

    private static String indicatorPage(Model model) {
        Map<String, String> sources = new LinkedHashMap<>();
        Arrays.stream(Source.values()).forEach(s -> sources.put(s.name(), s.label()));
        model.addAttribute("sources", sources);
        model.addAttribute("levels", Map.of("TOWN", "乡镇(街道)", "VILLAGE", "村(社区)", "PARTY_ORG", "党组织"));
        model.addAttribute("periods", Map.of("MONTH", "月度", "QUARTER", "季度", "YEAR", "年度"));
        model.addAttribute("directions", Map.of("HIGHER", "越高越好", "LOWER", "越低越好"));
        return "assessment/scores/indicator-form";
    }

    @Guard(resource = Resource.INDICATOR, action = Action.CREATE)
    @GetMapping("/assessment/scores/values/new")
    String newValue(@RequestParam(required = false) String subject, CurrentUser user, Model model) {
        ValueForm form = new ValueForm();
        form.setSubject(subject == null ? user.homeTerritory() : subject);
        model.addAttribute("form", form);
        return valuePage(user, model);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.CREATE)
    @PostMapping("/assessment/scores/values")
    String enter(@ModelAttribute("form") ValueForm form, BindingResult result, CurrentUser user, Model model,
                 HttpServletResponse response) {
        try {
            Long indicator = form.getIndicatorId() == null || !form.getIndicatorId().strip().matches("[0-9]{1,18}") ? null
                    : Long.valueOf(form.getIndicatorId().strip());
            ValueView value = values.enter(user, new EnteredValues.Entry(indicator, form.getSubject(), form.getPeriod(),
                    form.getValue(), form.getEvidence()));
            return "redirect:" + value.href();
        } catch (BadInputException | ConflictException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            return valuePage(user, model);
        }
    }

    private String valuePage(CurrentUser user, Model model) {
        Map<String, String> entered = new LinkedHashMap<>();
        indicators.list(user, null, true).stream().filter(i -> i.source().entered())
                .forEach(i -> entered.put(String.valueOf(i.id()), i.name() + "（" + i.levelLabel() + "，" + i.periodLabel() + "）"));
        model.addAttribute("entered", entered);
        return "assessment/scores/value-form";
    }

    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/assessment/scores/values/{id}")
    String value(@PathVariable long id, CurrentUser user, Model model) {
        ValueView value = values.get(user, id);
        model.addAttribute("value", value);
        model.addAttribute("mayReview", value.state().equals("ENTERED")
                && AccessPolicy.allows(user, Resource.INDICATOR, Action.ACT, Target.at(value.territoryCode())));
        model.addAttribute("mayAdd", value.state().equals("ENTERED")
                && AccessPolicy.allows(user, Resource.INDICATOR, Action.CREATE, Target.at(value.territoryCode())));
        return "assessment/scores/value";
    }

    @Guard(resource = Resource.INDICATOR, action = Action.ACT)
    @PostMapping("/assessment/scores/values/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, CurrentUser user, RedirectAttributes redirect) {
        PageSteps.attempt(redirect, () -> {
            values.review(user, id, new EnteredValues.Review(decision, note, null));
            return "ACCEPT".equals(decision) ? "已审核通过" : "已退回";
        });
        return "redirect:/assessment/scores/values/" + id;
    }

    @Guard(resource = Resource.INDICATOR, action = Action.CREATE)
    @PostMapping("/assessment/scores/values/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                    CurrentUser user, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BadInputException("file", "请选择要上传的照片或文件");
            }
            values.addEvidence(user, id, new EnteredValues.Upload(file.getOriginalFilename(), file.getContentType(),
                    file.getBytes()));
            redirect.addFlashAttribute("notice", "佐证材料已上传");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/assessment/scores/values/" + id;
    }
}

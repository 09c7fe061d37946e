package org.jiceng.volunteer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.points.PointsRules;
import org.jiceng.volunteer.internal.points.RuleView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The points rules of a community or county: the one in force, its versions, and (for those who set them) a form
 * for the next version, its deeds one a line as 名称 积分 每日上限.
 */
@Controller
class PointsRulePageController {

    private final PointsRules rules;

    PointsRulePageController(PointsRules rules) {
        this.rules = rules;
    }

    /** The form as typed. */
    record RuleForm(String territoryCode, String perHour, String partyPerHour, String deeds, String note) {
    }

    @Guard(resource = Resource.POINTS_RULE, action = Action.READ)
    @GetMapping("/volunteer/rules")
    String rules(@RequestParam(required = false) String territory, CurrentUser user, Model model) {
        String place = place(territory, user);
        RuleView effective = rules.effective(user, place);
        model.addAttribute("form", new RuleForm(place, String.valueOf(effective.perHour()),
                String.valueOf(effective.partyPerHour()), lines(effective.deeds()), ""));
        return page(place, user, model);
    }

    @Guard(resource = Resource.POINTS_RULE, action = Action.MANAGE)
    @PostMapping("/volunteer/rules")
    String publish(@ModelAttribute("form") RuleForm form, BindingResult result, CurrentUser user, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        try {
            RuleView rule = rules.publish(user, new PointsRules.NewRule(form.territoryCode(), number("perHour", form.perHour()),
                    number("partyPerHour", form.partyPerHour()), deeds(form.deeds()), form.note()));
            redirect.addFlashAttribute("notice", "已发布第 " + rule.version() + " 版积分规则，此后的积分按新规则计");
            return "redirect:/volunteer/rules?territory=" + rule.territoryCode();
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused, field -> field.startsWith("deeds") ? "deeds" : field);
        }
        response.setStatus(400);
        return page(form.territoryCode() == null || !form.territoryCode().matches("[0-9]{6}|[0-9]{12}")
                ? place(null, user) : form.territoryCode(), user, model);
    }

    private String page(String place, CurrentUser user, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("effective", rules.effective(user, place));
        model.addAttribute("versions", rules.history(user, place));
        model.addAttribute("mayManage", AccessPolicy.allows(user, Resource.POINTS_RULE, Action.MANAGE,
                AccessPolicy.Target.at(place)));
        return "volunteer/points/rules";
    }

    /** The person's community, or their county when they work above one. */
    static String place(String territory, CurrentUser user) {
        if (territory != null && territory.matches("[0-9]{6}|[0-9]{12}")) {
            return territory;
        }
        String home = user.homeTerritory();
        return home.length() >= 12 ? home.substring(0, 12) : home.substring(0, 6);
    }

    private static Integer number(String field, String text) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, "请填写整数");
        }
    }

    static List<RuleView.Deed> deeds(String text) {
        List<RuleView.Deed> deeds = new ArrayList<>();
        if (text == null) {
            return deeds;
        }
        int n = 0;
        for (String line : text.split("\\R")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("[\\s,，]+");
            try {
                deeds.add(new RuleView.Deed(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            } catch (RuntimeException e) {
                throw new BadInputException("deeds", "第 " + n + " 行应写成：名称 积分 每日上限，例如“垃圾分类 5 10”");
            }
        }
        return deeds;
    }

    private static String lines(List<RuleView.Deed> deeds) {
        StringBuilder text = new StringBuilder();
        deeds.forEach(d -> text.append(d.kind()).append(' ').append(d.points()).append(' ').append(d.dailyCap()).append('\n'));
        return text.toString();
    }
}

package org.jiceng.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.visits.internal.care.CareAccess;
import org.jiceng.visits.internal.care.CarePlanService;
import org.jiceng.visits.internal.care.CareRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county's visit frequencies by care tag: read by those who read its plans, set by the county administrator. */
@Controller
class CareFrequencyPageController {

    private final CarePlanService plans;

    CareFrequencyPageController(CarePlanService plans) {
        this.plans = plans;
    }

    @Guard(resource = Resource.CARE_PLAN, action = Action.READ)
    @GetMapping("/visits/care-plans/frequencies")
    String frequencies(@RequestParam(required = false) String county, CurrentUser user, Model model) {
        CareRequests.Frequencies table = plans.frequencies(user, county);
        model.addAttribute("table", table);
        model.addAttribute("typed", Map.of());
        model.addAttribute("mayManage", CareAccess.mayManageFrequencies(user, table.county()));
        return "visits/care/frequencies";
    }

    /** Fields {@code days.TAG}: blank goes back to the default. */
    @Guard(resource = Resource.CARE_PLAN, action = Action.MANAGE)
    @PostMapping("/visits/care-plans/frequencies")
    String save(@RequestParam Map<String, String> fields, CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        String county = fields.get("county");
        Map<String, Integer> days = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        try {
            fields.forEach((name, value) -> {
                if (name.startsWith("days.")) {
                    String tag = name.substring(5);
                    typed.put(tag, value);
                    if (value != null && !value.isBlank()) {
                        try {
                            days.put(tag, Integer.parseInt(value.strip()));
                        } catch (NumberFormatException e) {
                            throw new BadInputException("frequencies." + tag, "走访频次须为 1 到 366 天的整数");
                        }
                    }
                }
            });
            county = plans.putFrequencies(user, new CareRequests.NewFrequencies(county, days)).county();
        } catch (BadInputException refused) {
            response.setStatus(400);
            CareRequests.Frequencies table = plans.frequencies(user, county);
            model.addAttribute("table", table);
            model.addAttribute("typed", typed);
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("errorField", refused.field());
            model.addAttribute("mayManage", true);
            return "visits/care/frequencies";
        }
        redirect.addFlashAttribute("notice", "已保存走访频次，按标签走访的一人一策已按新频次重算到期日");
        return "redirect:/visits/care-plans/frequencies?county=" + county;
    }
}

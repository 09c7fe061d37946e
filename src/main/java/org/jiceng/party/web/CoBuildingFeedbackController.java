package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.party.internal.cobuilding.Feedback;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 反馈到单位: each unit's and member's confirmed service in a community, on a page and as the Excel sent back. */
@Controller
class CoBuildingFeedbackController {

    private final Feedback feedback;
    private final TerritoryApi territory;

    CoBuildingFeedbackController(Feedback feedback, TerritoryApi territory) {
        this.feedback = feedback;
        this.territory = territory;
    }

    @Guard(resource = Resource.SERVICE_HOURS, action = Action.READ)
    @GetMapping("/party/co-building/feedback")
    String page(@RequestParam String community, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, CurrentUser user, Model model) {
        Feedback.Period period = feedback.period(community, from, to, user);
        model.addAttribute("period", period);
        model.addAttribute("place", territory.division(period.community()).map(DivisionView::name).orElse(community));
        model.addAttribute("lines", feedback.lines(period));
        return "party/cobuilding/feedback";
    }

    @Guard(resource = Resource.SERVICE_HOURS, action = Action.READ)
    @GetMapping("/party/co-building/feedback.xlsx")
    void export(@RequestParam String community, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, CurrentUser user, HttpServletResponse response)
            throws IOException {
        Feedback.Period period = feedback.period(community, from, to, user);
        String name = URLEncoder.encode("双报到服务反馈-" + period.community() + "-" + period.from() + "至" + period.to()
                + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(XlsxSheet.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        feedback.export(period, response.getOutputStream());
    }
}

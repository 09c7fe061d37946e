package org.jiceng.services.web;

import java.time.Clock;
import java.time.YearMonth;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.services.internal.figures.FigureService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 为民服务统计 page: a month and a place, its figures per village and per office, and the Excel download. */
@Controller
class ServiceFiguresPageController {

    private final FigureService figures;
    private final Clock clock;

    ServiceFiguresPageController(FigureService figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Guard(resource = Resource.SERVICE_FIGURES, action = Action.READ)
    @GetMapping("/services/figures")
    String page(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                CurrentUser user, Model model) {
        model.addAttribute("view", figures.view(user, territory, month));
        model.addAttribute("thisMonth", YearMonth.from(Beijing.today(clock)).toString());
        return "services/figures/index";
    }
}

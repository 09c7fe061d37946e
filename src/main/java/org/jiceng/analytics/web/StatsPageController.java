package org.jiceng.analytics.web;

import org.jiceng.Beijing;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.analytics.internal.ParkedEvents;
import org.jiceng.analytics.internal.StatsAccess;
import org.jiceng.analytics.internal.StatsService;
import org.jiceng.analytics.internal.UnitRates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of 三率: a unit's or territory's figures (the county overview, a town's page with its villages),
 * the rankings with a bar chart where JavaScript runs, and 小事不出网格… as four figures. Each has a month
 * picker that is a plain GET form.
 */
@Controller
class StatsPageController {

    private final StatsService stats;
    private final ParkedEvents parked;
    private final Clock clock;

    StatsPageController(StatsService stats, ParkedEvents parked, Clock clock) {
        this.clock = clock;
        this.stats = stats;
        this.parked = parked;
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/stats")
    String home(CurrentUser user) {
        return "redirect:" + UriComponentsBuilder.fromPath("/stats/unit").queryParam("unit", stats.homeUnit(user))
                .build().toUriString();
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/stats/unit")
    String unit(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
                CurrentUser user, Model model) {
        YearMonth asked = stats.month(month);
        UnitRates rates = stats.threeRates(user, unit, asked);
        common(model, user, asked);
        model.addAttribute("rates", rates);
        if (ParkedEvents.mayManage(user)) {
            model.addAttribute("parked", parked.visibleTo(user));
        }
        boolean territorial = !rates.kind().equals("DEPARTMENT");
        if (territorial && rates.unit().length() <= 12) {
            model.addAttribute("levels", stats.levels(user, rates.unit(), asked));
            model.addAttribute("children", stats.children(user, rates.unit(), asked));
        }
        return "analytics/unit";
    }

    /** Puts a parked event back for the folder and returns to the page it was asked from. */
    @Guard(resource = Resource.PARKED_EVENT, action = Action.MANAGE)
    @PostMapping("/stats/parked-events/{id}/retry")
    String retryParked(@PathVariable long id, @RequestParam(required = false) String unit,
                       @RequestParam(required = false) String month, CurrentUser user) {
        parked.retry(user, id);
        return "redirect:" + UriComponentsBuilder.fromPath("/stats/unit").queryParamIfPresent("unit", Optional.ofNullable(unit))
                .queryParamIfPresent("month", Optional.ofNullable(month)).queryParam("retried", id).build().encode().toUriString();
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/stats/rankings")
    String rankings(@RequestParam(required = false, defaultValue = "towns") String of,
                    @RequestParam(required = false) String month, CurrentUser user, Model model) {
        YearMonth asked = stats.month(month);
        model.addAttribute("ranking", stats.ranking(user, of, asked));
        model.addAttribute("of", of);
        common(model, user, asked);
        return "analytics/rankings";
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/stats/levels")
    String levels(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                  CurrentUser user, Model model) {
        YearMonth asked = stats.month(month);
        model.addAttribute("levels", stats.levels(user, territory, asked));
        common(model, user, asked);
        return "analytics/levels";
    }

    private void common(Model model, CurrentUser user, YearMonth month) {
        model.addAttribute("month", month.toString());
        model.addAttribute("thisMonth", YearMonth.from(Beijing.today(clock)).toString());
        model.addAttribute("townRanking", StatsAccess.ranking(user, "towns").isPresent());
        model.addAttribute("departmentRanking", StatsAccess.ranking(user, "departments").isPresent());
        model.addAttribute("weights", stats.weights());
    }
}

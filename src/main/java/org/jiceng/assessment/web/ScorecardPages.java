package org.jiceng.assessment.web;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.indicator.Indicators;
import org.jiceng.assessment.internal.scorecard.QuarterClose;
import org.jiceng.assessment.internal.scorecard.RankingView;
import org.jiceng.assessment.internal.scorecard.Rankings;
import org.jiceng.assessment.internal.scorecard.ScorecardView;
import org.jiceng.assessment.internal.scorecard.Scorecards;
import org.jiceng.assessment.internal.scorecard.Tracks;
import org.jiceng.PageSteps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment pages: the county's desk (indicators, tracks, the quarter's ranking with progress, closing the
 * quarter), a place's own scorecard with each figure's formula and records, and the way from the home card to one's
 * own scorecard.
 */
@Controller
class ScorecardPages {

    private final Indicators indicators;
    private final Tracks tracks;
    private final Rankings rankings;
    private final Scorecards scorecards;
    private final QuarterClose quarters;

    ScorecardPages(Indicators indicators, Tracks tracks, Rankings rankings, Scorecards scorecards, QuarterClose quarters) {
        this.indicators = indicators;
        this.tracks = tracks;
        this.rankings = rankings;
        this.scorecards = scorecards;
        this.quarters = quarters;
    }

    /** A county or town reader sees the desk; a village's staff (whose territory ranks nothing) their own card. */
    @Guard(resource = Resource.SCORECARD, action = Action.READ)
    @GetMapping("/assessment/scores")
    String desk(@RequestParam(required = false) Long track, @RequestParam(required = false) String quarter,
                @RequestParam(required = false) String territory, @RequestParam(required = false) String level,
                CurrentUser user, Model model) {
        String home = AccessPolicy.scope(user, Resource.SCORECARD, Action.READ).prefixes().stream().findFirst().orElse("");
        if (home.length() > 9 && (territory == null || territory.isBlank())) {
            return "redirect:/assessment/scores/scorecards/" + home.substring(0, 12);
        }
        RankingView ranking = rankings.ranking(user, track, quarter, territory, level, Action.READ);
        model.addAttribute("ranking", ranking);
        model.addAttribute("indicators", indicators.list(user, null, false));
        model.addAttribute("tracks", tracks.list(user));
        model.addAttribute("closed", quarters.closedQuarters(user));
        model.addAttribute("mayManage", AccessPolicy.mayAtAll(user, Resource.INDICATOR, Action.MANAGE));
        model.addAttribute("mayClose", AccessPolicy.mayAtAll(user, Resource.SCORECARD, Action.ACT));
        model.addAttribute("mayExport", AccessPolicy.mayAtAll(user, Resource.SCORECARD, Action.EXPORT));
        model.addAttribute("query", "track=" + (ranking.trackId() == null ? "" : ranking.trackId()) + "&quarter="
                + ranking.quarter() + "&territory=" + ranking.territory() + "&level=" + ranking.level().toLowerCase());
        return "assessment/scores/desk";
    }

    /** The home card's way in: the scorecard of the place one works at. */
    @Guard(resource = Resource.SCORECARD, action = Action.READ)
    @GetMapping("/assessment/scores/mine")
    String mine(CurrentUser user) {
        String home = AccessPolicy.scope(user, Resource.SCORECARD, Action.READ).prefixes().stream()
                .filter(p -> p.length() == 9 || p.length() >= 12).findFirst().orElse(null);
        return home == null ? "redirect:/assessment/scores"
                : "redirect:/assessment/scores/scorecards/" + home.substring(0, Math.min(12, home.length()));
    }

    @Guard(resource = Resource.SCORECARD, action = Action.READ)
    @GetMapping("/assessment/scores/scorecards/{subject}")
    String card(@PathVariable String subject, @RequestParam(required = false) String period, CurrentUser user,
                Model model) {
        ScorecardView card = scorecards.card(user, subject, period);
        model.addAttribute("card", card);
        model.addAttribute("previous", scorecards.period(card.period()).previous().toString());
        return "assessment/scores/scorecard";
    }

    @Guard(resource = Resource.SCORECARD, action = Action.READ)
    @GetMapping("/assessment/scores/scorecards/{subject}/indicators/{indicator}")
    String drill(@PathVariable String subject, @PathVariable long indicator, @RequestParam(required = false) String period,
                 CurrentUser user, Model model) {
        model.addAttribute("drill", scorecards.drill(user, subject, indicator, period));
        return "assessment/scores/drill";
    }

    @Guard(resource = Resource.SCORECARD, action = Action.ACT)
    @PostMapping("/assessment/scores/quarters")
    String close(@RequestParam(required = false) String quarter, CurrentUser user, RedirectAttributes redirect) {
        PageSteps.attempt(redirect, () -> {
            QuarterClose.Closing closing = quarters.close(user, quarter);
            return closing.quarter() + " 已关账，" + closing.scorecards() + " 张记分卡已固定";
        });
        boolean known = quarter != null && quarter.strip().matches("[0-9]{4}-Q[1-4]");
        return "redirect:/assessment/scores" + (known ? "?quarter=" + quarter.strip() : "");
    }
}

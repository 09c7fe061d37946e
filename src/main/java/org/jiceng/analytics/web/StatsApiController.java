package org.jiceng.analytics.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.analytics.internal.LevelShares;
import org.jiceng.analytics.internal.ParkedEvents;
import org.jiceng.analytics.internal.StatsService;
import org.jiceng.analytics.internal.UnitRates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The three rates, the rankings and the level shares under {@code /api/v1/stats} (DESIGN §4, §9). */
@RestController
@RequestMapping("/api/v1/stats")
class StatsApiController {

    private final StatsService stats;
    private final ParkedEvents parked;

    StatsApiController(StatsService stats, ParkedEvents parked) {
        this.stats = stats;
        this.parked = parked;
    }

    /** {@code unit}: a department's id or a territory code (default: the user's own); {@code month}: YYYY-MM. */
    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/three-rates")
    UnitRates threeRates(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
                         CurrentUser user) {
        return stats.threeRates(user, unit, stats.month(month));
    }

    /** {@code rank}: null for a unit with no case (or no score yet) this month, listed last. */
    record Item(Integer rank, @JsonUnwrapped UnitRates rates) {
    }

    record Ranking(String month, String of, List<Item> items, String next) {
    }

    /** {@code of=towns|departments}: every town or department of the county, best composite score first. */
    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/rankings")
    Ranking rankings(@RequestParam(required = false, defaultValue = "towns") String of,
                     @RequestParam(required = false) String month, CurrentUser user) {
        var asked = stats.month(month);
        return new Ranking(asked.toString(), of, stats.ranking(user, of, asked).stream()
                .map(r -> new Item(r.rank(), r.rates())).toList(), null);
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/levels")
    LevelShares levels(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                       CurrentUser user) {
        return stats.levels(user, territory, stats.month(month));
    }

    /** County administrators: the case events the counters could not take in, with the reason. */
    @Guard(resource = Resource.PARKED_EVENT, action = Action.MANAGE)
    @GetMapping("/parked-events")
    Page<ParkedEvents.Parked> parkedEvents(CurrentUser user) {
        return new Page<>(parked.visibleTo(user), null);
    }

    /** County administrators: folds a parked event again (after its cause was fixed); 204. */
    @Guard(resource = Resource.PARKED_EVENT, action = Action.MANAGE)
    @PostMapping("/parked-events/{id}/retry")
    ResponseEntity<Void> retryParked(@PathVariable long id, CurrentUser user) {
        parked.retry(user, id);
        return ResponseEntity.noContent().build();
    }
}

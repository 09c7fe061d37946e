package org.jiceng.assessment.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.scorecard.RankingFiles;
import org.jiceng.assessment.internal.scorecard.RankingView;
import org.jiceng.assessment.internal.scorecard.Rankings;
import org.jiceng.assessment.internal.scorecard.Tracks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 赛道比拼 under {@code /api/v1/assessment}: the tracks and the quarterly rankings, as JSON, PDF or Excel. */
@RestController
@RequestMapping("/api/v1/assessment")
class TrackApiController {

    private final Tracks tracks;
    private final Rankings rankings;
    private final RankingFiles files;

    TrackApiController(Tracks tracks, Rankings rankings, RankingFiles files) {
        this.tracks = tracks;
        this.rankings = rankings;
        this.files = files;
    }

    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/tracks")
    Page<Tracks.TrackView> list(CurrentUser user) {
        return new Page<>(tracks.list(user), null);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.MANAGE)
    @PostMapping("/tracks")
    ResponseEntity<Tracks.TrackView> create(@RequestBody Tracks.TrackRequest request, CurrentUser user) {
        Tracks.TrackView track = tracks.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/assessment/tracks/" + track.id())).body(track);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/tracks/{id}")
    Tracks.TrackView get(@PathVariable long id, CurrentUser user) {
        return tracks.get(user, id);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.MANAGE)
    @PutMapping("/tracks/{id}")
    Tracks.TrackView update(@PathVariable long id, @RequestBody Tracks.TrackRequest request, CurrentUser user) {
        return tracks.update(user, id, request);
    }

    /**
     * A quarter's ranking ({@code quarter} 2026-Q3, default this one) of the places under {@code territory} (a county:
     * its towns, or with {@code level=village} its villages; a town: its villages) on {@code track} (default: all
     * indicators of the level), with last quarter's totals and the progress score.
     */
    @Guard(resource = Resource.SCORECARD, action = Action.READ)
    @GetMapping("/rankings")
    RankingView ranking(@RequestParam(required = false) Long track, @RequestParam(required = false) String quarter,
                        @RequestParam(required = false) String territory, @RequestParam(required = false) String level,
                        CurrentUser user) {
        return rankings.ranking(user, track, quarter, territory, level, Action.READ);
    }

    @Guard(resource = Resource.SCORECARD, action = Action.EXPORT)
    @GetMapping("/rankings.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Long track, @RequestParam(required = false) String quarter,
                               @RequestParam(required = false) String territory,
                               @RequestParam(required = false) String level, CurrentUser user) {
        return files.pdf(rankings.ranking(user, track, quarter, territory, level, Action.EXPORT));
    }

    @Guard(resource = Resource.SCORECARD, action = Action.EXPORT)
    @GetMapping("/rankings.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Long track, @RequestParam(required = false) String quarter,
                                @RequestParam(required = false) String territory,
                                @RequestParam(required = false) String level, CurrentUser user) {
        return files.xlsx(rankings.ranking(user, track, quarter, territory, level, Action.EXPORT));
    }
}

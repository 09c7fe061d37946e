package org.jiceng.assessment.web;

import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.rating.Criteria;
import org.jiceng.assessment.internal.rating.RatingAccess;
import org.jiceng.assessment.internal.rating.RatingFiles;
import org.jiceng.assessment.internal.rating.RatingLists;
import org.jiceng.assessment.internal.rating.StarRatingView;
import org.jiceng.assessment.internal.rating.StarRatings;
import org.jiceng.assessment.web.RatingJson.Created;
import org.jiceng.assessment.web.RatingJson.Criterion;
import org.jiceng.assessment.web.RatingJson.Rating;
import org.jiceng.assessment.web.RatingJson.Settings;
import org.jiceng.assessment.web.RatingJson.Stay;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 星级评定 over HTTP: criteria and settings of a county, proposals, confirmation, the lists and the exports. */
@RestController
class RatingApiController {

    private final Criteria criteria;
    private final StarRatings ratings;
    private final RatingLists lists;
    private final RatingFiles files;

    RatingApiController(Criteria criteria, StarRatings ratings, RatingLists lists, RatingFiles files) {
        this.criteria = criteria;
        this.ratings = ratings;
        this.lists = lists;
        this.files = files;
    }

    record Proposed(int proposed, int alreadyConfirmed) {
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/api/v1/assessment/criteria")
    Page<Criterion> criteria(@RequestParam(required = false) String county, CurrentUser user) {
        return new Page<>(criteria.list(user, county).stream().map(Criterion::of).toList(), null);
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.MANAGE)
    @PostMapping("/api/v1/assessment/criteria")
    ResponseEntity<Created> create(@RequestBody Criteria.Request request, CurrentUser user) {
        long id = criteria.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/assessment/criteria/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.MANAGE)
    @PutMapping("/api/v1/assessment/criteria/{id}")
    Criterion update(@PathVariable long id, @RequestBody Criteria.Request request, CurrentUser user) {
        return Criterion.of(criteria.update(id, request, user));
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/api/v1/assessment/star-ratings/settings")
    Settings settings(@RequestParam(required = false) String county, CurrentUser user) {
        return Settings.of(criteria.settings(user, county));
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.MANAGE)
    @PutMapping("/api/v1/assessment/star-ratings/settings")
    Settings saveSettings(@RequestBody Criteria.SettingsRequest request, CurrentUser user) {
        return Settings.of(criteria.saveSettings(request, user));
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.CREATE)
    @PostMapping("/api/v1/assessment/star-ratings/entries")
    ResponseEntity<Void> enter(@RequestBody StarRatings.Entry entry, CurrentUser user) {
        ratings.enter(entry, user);
        return ResponseEntity.noContent().build();
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.CREATE)
    @PostMapping("/api/v1/assessment/star-ratings/proposals")
    Proposed propose(@RequestBody StarRatings.Proposal proposal, CurrentUser user) {
        StarRatings.Proposed done = ratings.propose(proposal, user);
        return new Proposed(done.proposed(), done.alreadyConfirmed());
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/api/v1/assessment/star-ratings")
    Page<Rating> list(@RequestParam(required = false) String territory, @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                      CurrentUser user) {
        var scope = RatingAccess.where(user, Action.READ).askedFor(territory);
        var page = ratings.list(scope, year, after, Page.limit(limit));
        return new Page<>(page.items().stream().map(Rating::of).toList(), page.next());
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/api/v1/assessment/star-ratings/{id}")
    Rating find(@PathVariable long id, CurrentUser user) {
        return Rating.of(ratings.find(id, user, Action.READ));
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.ACT)
    @PostMapping("/api/v1/assessment/star-ratings/{id}/confirmation")
    Rating confirm(@PathVariable long id, @RequestBody StarRatings.Confirmation confirmation, CurrentUser user) {
        return Rating.of(ratings.confirm(id, confirmation, user));
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/api/v1/assessment/star-ratings/lists")
    Page<Stay> stays(@RequestParam(required = false) String list, @RequestParam(required = false) String territory,
                     @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                     CurrentUser user) {
        var scope = RatingAccess.where(user, Action.READ).askedFor(territory);
        String which = list == null || list.isBlank() ? null : list.strip();
        if (which != null && !which.equals("RED_FLAG") && !which.equals("WEAK")) {
            throw new org.jiceng.BadInputException("list", "list 须为 RED_FLAG（红旗村）或 WEAK（软弱涣散）");
        }
        var page = lists.stays(scope, which, after, Page.limit(limit));
        return new Page<>(page.items().stream().map(Stay::of).toList(), page.next());
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/api/v1/assessment/star-ratings.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String territory,
                                @RequestParam(required = false) Integer year, CurrentUser user) {
        int y = year == null ? ratings.thisYear() : year;
        return files.xlsx(all(territory, y, user), criteria.settings(user, null), y + " 年度星级评定");
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/api/v1/assessment/star-ratings.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String territory,
                               @RequestParam(required = false) Integer year, CurrentUser user) {
        int y = year == null ? ratings.thisYear() : year;
        return files.pdf(all(territory, y, user), criteria.settings(user, null), y + " 年度星级评定");
    }

    private List<StarRatingView> all(String territory, int year, CurrentUser user) {
        var scope = RatingAccess.where(user, Action.READ).askedFor(territory);
        return ratings.list(scope, year, null, 5000).items();
    }
}

package org.jiceng.party.web;

import java.net.URI;
import java.time.LocalDate;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.party.internal.duty.DutyAccess;
import org.jiceng.party.internal.duty.DutyPostView;
import org.jiceng.party.internal.duty.DutyPosts;
import org.jiceng.party.web.PartyJson.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 设岗定责: posts for members without office, set and changed by the branch and staff of the place. */
@RestController
@RequestMapping("/api/v1/party/duty-posts")
class DutyPostApiController {

    private final DutyPosts posts;

    DutyPostApiController(DutyPosts posts) {
        this.posts = posts;
    }

    record DutyPost(long id, String kind, String kindName, String name, String duties, String area,
                    String territoryCode, long memberId, String holderName, LocalDate startsOn, LocalDate endsOn,
                    int version) {
        static DutyPost of(DutyPostView p) {
            return new DutyPost(p.id(), p.kind().name(), p.kind().label(), p.name(), p.duties(), p.area(),
                    p.territoryCode(), p.memberId(), p.holderName(), p.startsOn(), p.endsOn(), p.version());
        }
    }

    @Guard(resource = Resource.DUTY_POST, action = Action.READ)
    @GetMapping
    Page<DutyPost> list(@RequestParam(required = false) String territory, @RequestParam(required = false) String after,
                        @RequestParam(required = false) Integer limit, CurrentUser user) {
        var scope = PartyJson.narrowed(DutyAccess.where(user, Resource.DUTY_POST, Action.READ), territory);
        var page = posts.list(scope, after, Page.limit(limit));
        return new Page<>(page.items().stream().map(DutyPost::of).toList(), page.next());
    }

    @Guard(resource = Resource.DUTY_POST, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> create(@RequestBody DutyPosts.Request request, CurrentUser user) {
        long id = posts.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/duty-posts/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.DUTY_POST, action = Action.READ)
    @GetMapping("/{id}")
    DutyPost find(@PathVariable long id, CurrentUser user) {
        return DutyPost.of(posts.find(id, user, Action.READ));
    }

    @Guard(resource = Resource.DUTY_POST, action = Action.UPDATE)
    @PatchMapping("/{id}")
    DutyPost change(@PathVariable long id, @RequestBody DutyPosts.Change change, CurrentUser user) {
        return DutyPost.of(posts.change(id, change, user));
    }
}

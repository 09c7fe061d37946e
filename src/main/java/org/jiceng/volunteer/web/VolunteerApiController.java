package org.jiceng.volunteer.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.activity.VolunteerRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Volunteers: a resident signs up themselves; the community's staff register someone without a phone. */
@RestController
@RequestMapping("/api/v1/volunteer/volunteers")
class VolunteerApiController {

    record Created(long id) {
    }

    private final VolunteerRegistry registry;

    VolunteerApiController(VolunteerRegistry registry) {
        this.registry = registry;
    }

    @Guard(resource = Resource.VOLUNTEER, action = Action.READ)
    @GetMapping
    Page<VolunteerRegistry.VolunteerView> list(@RequestParam(required = false) String community,
                                               @RequestParam(required = false) String after,
                                               @RequestParam(required = false) Integer limit, CurrentUser user) {
        return registry.list(user, community, after, Page.limit(limit));
    }

    @Guard(resource = Resource.VOLUNTEER, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> register(@RequestBody VolunteerRegistry.VolunteerRequest request, CurrentUser user) {
        long id = registry.register(request, user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/volunteers/" + id)).body(new Created(id));
    }

    /** The signed-in person's own volunteer record. */
    @Guard(resource = Resource.VOLUNTEER, action = Action.READ)
    @GetMapping("/mine")
    VolunteerRegistry.VolunteerView mine(CurrentUser user) {
        return registry.mine(user).orElseThrow(() -> new NotFoundException("您还没有登记为志愿者"));
    }

    @Guard(resource = Resource.VOLUNTEER, action = Action.READ)
    @GetMapping("/{id}")
    VolunteerRegistry.VolunteerView get(@PathVariable long id, CurrentUser user) {
        return registry.get(id, user);
    }

    @Guard(resource = Resource.VOLUNTEER, action = Action.UPDATE)
    @PatchMapping("/{id}")
    VolunteerRegistry.VolunteerView change(@PathVariable long id, @RequestBody VolunteerRegistry.VolunteerChange change,
                                           CurrentUser user) {
        return registry.change(id, change, user);
    }
}

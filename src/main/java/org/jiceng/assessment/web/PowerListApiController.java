package org.jiceng.assessment.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Input;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.lists.ListKind;
import org.jiceng.assessment.internal.lists.PowerLists;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lists that bound power (小微权力清单, 工作准入清单, 权责清单): the versions in force, each list with its items
 * and steps and its earlier versions, a text search over the items in force, and drafting and publishing.
 */
@RestController
@RequestMapping("/api/v1/lists")
class PowerListApiController {

    private final PowerLists lists;

    PowerListApiController(PowerLists lists) {
        this.lists = lists;
    }

    record Created(long id) {
    }

    @Guard(resource = Resource.POWER_LIST, action = Action.READ)
    @GetMapping
    Page<PowerLists.Summary> lists(@RequestParam(required = false) String kind,
                                   @RequestParam(required = false) String territory,
                                   @RequestParam(required = false) String after,
                                   @RequestParam(required = false) Integer limit, CurrentUser user) {
        return lists.lists(user, kind(kind), territory == null || territory.isBlank() ? null : territory.strip(), after,
                Page.limit(limit));
    }

    @Guard(resource = Resource.POWER_LIST, action = Action.READ)
    @GetMapping("/search")
    Page<PowerLists.Hit> search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String after,
                                @RequestParam(required = false) Integer limit) {
        return lists.search(q, kind(kind), after, Page.limit(limit));
    }

    @Guard(resource = Resource.POWER_LIST, action = Action.READ)
    @GetMapping("/{id}")
    PowerLists.Detail list(@PathVariable long id, CurrentUser user) {
        return lists.detail(id, user);
    }

    /** A new version, as a draft; it takes effect when published. */
    @Guard(resource = Resource.POWER_LIST, action = Action.MANAGE)
    @PostMapping
    ResponseEntity<Created> draft(@RequestBody PowerLists.ListRequest request, CurrentUser user) {
        long id = lists.draft(request, user);
        return ResponseEntity.created(URI.create("/api/v1/lists/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.POWER_LIST, action = Action.MANAGE)
    @PostMapping("/{id}/publish")
    PowerLists.Summary publish(@PathVariable long id, CurrentUser user) {
        return lists.publish(id, user);
    }

    static ListKind kind(String kind) {
        return Input.optionalOneOf(ListKind.class, kind, "kind", "清单类别", ListKind::label);
    }
}

package org.jiceng.assessment.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.lists.VillageTasks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tasks sent to villages, each citing an item of the 工作准入清单; the village accepts and completes them. */
@RestController
@RequestMapping("/api/v1/village-tasks")
class VillageTaskApiController {

    private final VillageTasks tasks;

    VillageTaskApiController(VillageTasks tasks) {
        this.tasks = tasks;
    }

    record Created(long id) {
    }

    /** {@code flagged=true}: the tasks sent outside the list, for the county's review. */
    @Guard(resource = Resource.VILLAGE_TASK, action = Action.READ)
    @GetMapping
    Page<VillageTasks.TaskView> tasks(@RequestParam(required = false) String status,
                                      @RequestParam(required = false) boolean flagged,
                                      @RequestParam(required = false) String after,
                                      @RequestParam(required = false) Integer limit, CurrentUser user) {
        return tasks.tasks(user, status == null || status.isBlank() ? null : status.strip(), flagged, after,
                Page.limit(limit));
    }

    @Guard(resource = Resource.VILLAGE_TASK, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> send(@RequestBody VillageTasks.TaskRequest request, CurrentUser user) {
        long id = tasks.send(request, user);
        return ResponseEntity.created(URI.create("/api/v1/village-tasks/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.VILLAGE_TASK, action = Action.READ)
    @GetMapping("/{id}")
    VillageTasks.TaskView task(@PathVariable long id, CurrentUser user) {
        return tasks.task(id, user);
    }

    @Guard(resource = Resource.VILLAGE_TASK, action = Action.ACT)
    @PostMapping("/{id}/accept")
    VillageTasks.TaskView accept(@PathVariable long id, CurrentUser user) {
        return tasks.accept(id, user);
    }

    @Guard(resource = Resource.VILLAGE_TASK, action = Action.ACT)
    @PostMapping("/{id}/complete")
    VillageTasks.TaskView complete(@PathVariable long id, @RequestBody(required = false) VillageTasks.NoteRequest request,
                                   CurrentUser user) {
        return tasks.complete(id, request, user);
    }
}

package org.jiceng.volunteer.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.activity.Teams;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A community's volunteer teams (党员先锋队, 巾帼, 青年, 银发 …), their members and leaders. */
@RestController
@RequestMapping("/api/v1/volunteer/teams")
class TeamApiController {

    record Created(long id) {
    }

    private final Teams teams;

    TeamApiController(Teams teams) {
        this.teams = teams;
    }

    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.READ)
    @GetMapping
    Page<Teams.TeamView> list(@RequestParam(required = false) String community,
                              @RequestParam(required = false) String after,
                              @RequestParam(required = false) Integer limit, CurrentUser user) {
        return teams.list(user, community, after, Page.limit(limit));
    }

    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> create(@RequestBody Teams.TeamRequest request, CurrentUser user) {
        long id = teams.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/teams/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.READ)
    @GetMapping("/{id}")
    Teams.TeamView get(@PathVariable long id, CurrentUser user) {
        return teams.get(id, user);
    }

    /** Adds a volunteer to the team, or names or unnames them leader (the community's staff only). */
    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.UPDATE)
    @PostMapping("/{id}/members")
    Teams.TeamView putMember(@PathVariable long id, @RequestBody Teams.MemberRequest request, CurrentUser user) {
        return teams.putMember(id, request, user);
    }

    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.UPDATE)
    @DeleteMapping("/{id}/members/{volunteerId}")
    Teams.TeamView removeMember(@PathVariable long id, @PathVariable long volunteerId, CurrentUser user) {
        return teams.removeMember(id, volunteerId, user);
    }
}

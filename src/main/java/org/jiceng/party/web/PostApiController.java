package org.jiceng.party.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.party.internal.PartyAccess;
import org.jiceng.party.internal.PartyService;
import org.jiceng.party.internal.PostAssignments;
import org.jiceng.party.web.PartyJson.Created;
import org.jiceng.party.web.PartyJson.Post;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 三长, 双楼长 and grid worker posts: residents see who holds them in their scope, staff assign them. */
@RestController
@RequestMapping("/api/v1/party/posts")
class PostApiController {

    private final PartyService party;
    private final PostAssignments assignments;

    PostApiController(PartyService party, PostAssignments assignments) {
        this.party = party;
        this.assignments = assignments;
    }

    @Guard(resource = Resource.PARTY_POST, action = Action.READ)
    @GetMapping
    Page<Post> posts(@RequestParam(required = false) String territory, @RequestParam(required = false) String after,
                     @RequestParam(required = false) Integer limit, CurrentUser user) {
        var page = party.posts(PartyJson.narrowed(PartyAccess.posts(user), territory), after, Page.limit(limit));
        return new Page<>(page.items().stream().map(Post::of).toList(), page.next());
    }

    @Guard(resource = Resource.PARTY_POST, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> assign(@RequestBody PostAssignments.Request request, CurrentUser user) {
        long id = assignments.assign(request, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }
}

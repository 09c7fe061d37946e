package org.jiceng.deliberation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import java.util.Arrays;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.deliberation.TopicAction;
import org.jiceng.deliberation.TopicStep;
import org.jiceng.deliberation.TopicView;
import org.jiceng.deliberation.internal.TopicService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Topics under {@code /api/v1/topics}: propose, list, read, move along the six steps, comment and support. */
@RestController
@RequestMapping("/api/v1/topics")
class TopicApiController {

    private final TopicService topics;

    TopicApiController(TopicService topics) {
        this.topics = topics;
    }

    @Guard(resource = Resource.TOPIC, action = Action.CREATE)
    @PostMapping
    ResponseEntity<TopicView> propose(@RequestBody TopicService.Proposal proposal, CurrentUser user) {
        TopicView topic = topics.propose(user, proposal);
        return ResponseEntity.created(URI.create("/api/v1/topics/" + topic.id())).body(topic);
    }

    @Guard(resource = Resource.TOPIC, action = Action.READ)
    @GetMapping
    Page<TopicView> list(@RequestParam(required = false) String territory, @RequestParam(required = false) String step,
                         @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                         CurrentUser user) {
        return topics.list(user, territory, step(step), after, Page.limit(limit));
    }

    static TopicStep step(String step) {
        if (step == null || step.isBlank()) {
            return null;
        }
        return Arrays.stream(TopicStep.values()).filter(s -> s.name().equals(step.strip())).findFirst()
                .orElseThrow(() -> new BadInputException("step 须为以下之一：" + Arrays.toString(TopicStep.values())));
    }

    @Guard(resource = Resource.TOPIC, action = Action.READ)
    @GetMapping("/{id}")
    TopicView one(@PathVariable long id, CurrentUser user) {
        return topics.get(user, id);
    }

    @Guard(resource = Resource.TOPIC, action = Action.READ)
    @GetMapping("/{id}/history")
    Page<TopicService.EventView> history(@PathVariable long id, CurrentUser user) {
        return new Page<>(topics.history(user, id), null);
    }

    @Guard(resource = Resource.TOPIC, action = Action.ACT)
    @PostMapping("/{id}/actions/{action}")
    TopicView act(@PathVariable long id, @PathVariable String action,
                  @RequestBody(required = false) TopicService.ActionRequest request, CurrentUser user) {
        TopicAction known = TopicAction.ofPath(action)
                .orElseThrow(() -> new NotFoundException("没有名为“" + action + "”的议题操作"));
        return topics.act(user, id, known, request == null ? new TopicService.ActionRequest(null, null) : request);
    }

    @Guard(resource = Resource.TOPIC, action = Action.READ)
    @GetMapping("/{id}/comments")
    Page<TopicService.CommentView> comments(@PathVariable long id, @RequestParam(required = false) String after,
                                            @RequestParam(required = false) Integer limit, CurrentUser user) {
        return topics.comments(user, id, after, Page.limit(limit));
    }

    @Guard(resource = Resource.TOPIC, action = Action.CREATE)
    @PostMapping("/{id}/comments")
    ResponseEntity<TopicService.CommentView> comment(@PathVariable long id, @RequestBody TopicService.CommentRequest request,
                                                     CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(topics.comment(user, id, request));
    }

    @Guard(resource = Resource.TOPIC, action = Action.CREATE)
    @PostMapping("/{id}/support")
    TopicView support(@PathVariable long id, CurrentUser user) {
        return topics.support(user, id);
    }
}

package org.jiceng.deliberation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.cases.CaseView;
import org.jiceng.deliberation.NoticeView;
import org.jiceng.deliberation.ResolutionView;
import org.jiceng.deliberation.internal.MeetingResolutionService;
import org.jiceng.deliberation.internal.NoticeService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Resolutions under {@code /api/v1/resolutions}: the cases opened to carry them out, and their publication. */
@RestController
@RequestMapping("/api/v1/resolutions")
class MeetingResolutionApiController {

    private final MeetingResolutionService resolutions;

    MeetingResolutionApiController(MeetingResolutionService resolutions) {
        this.resolutions = resolutions;
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping("/{id}")
    ResolutionView one(@PathVariable long id, CurrentUser user) {
        return resolutions.get(user, id);
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping("/{id}/cases")
    Page<MeetingResolutionService.CaseProgress> cases(@PathVariable long id, CurrentUser user) {
        return new Page<>(resolutions.cases(user, id), null);
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/{id}/cases")
    ResponseEntity<CaseView> openCase(@PathVariable long id, @RequestBody MeetingResolutionService.CaseRequest request,
                                      CurrentUser user) {
        CaseView filed = resolutions.openCase(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + filed.id())).body(filed);
    }

    @Guard(resource = Resource.NOTICE, action = Action.CREATE)
    @PostMapping("/{id}/notice")
    ResponseEntity<NoticeView> publish(@PathVariable long id,
                                       @RequestBody(required = false) NoticeService.PublishRequest request, CurrentUser user) {
        NoticeView notice = resolutions.publish(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(notice);
    }
}

package org.jiceng.deliberation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.deliberation.NoticeView;
import org.jiceng.deliberation.internal.NoticeService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notice boards under {@code /api/v1/notices}: residents read what shows today, staff publish. */
@RestController
@RequestMapping("/api/v1/notices")
class NoticeApiController {

    private final NoticeService notices;

    NoticeApiController(NoticeService notices) {
        this.notices = notices;
    }

    @Guard(resource = Resource.NOTICE, action = Action.READ)
    @GetMapping
    Page<NoticeView> list(@RequestParam(required = false) String territory,
                          @RequestParam(required = false, defaultValue = "false") boolean current,
                          @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                          CurrentUser user) {
        return notices.list(user, territory, current, after, Page.limit(limit));
    }

    @Guard(resource = Resource.NOTICE, action = Action.READ)
    @GetMapping("/{id}")
    NoticeView one(@PathVariable long id, CurrentUser user) {
        return notices.get(user, id);
    }

    @Guard(resource = Resource.NOTICE, action = Action.CREATE)
    @PostMapping
    ResponseEntity<NoticeView> publish(@RequestBody NoticeService.NoticeRequest request, CurrentUser user) {
        NoticeView notice = notices.publish(user, request);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(notice);
    }
}

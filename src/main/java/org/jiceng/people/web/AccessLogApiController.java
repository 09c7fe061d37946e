package org.jiceng.people.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.people.internal.AccessLogService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log of personal data for auditors and the county, filtered, newest first (keyset on id). */
@RestController
class AccessLogApiController {

    private final AccessLogService log;

    AccessLogApiController(AccessLogService log) {
        this.log = log;
    }

    @Guard(resource = Resource.ACCESS_LOG, action = Action.READ)
    @GetMapping("/api/v1/access-log")
    Page<AccessLogService.Entry> entries(@RequestParam(required = false) String territory,
                                         @RequestParam(required = false) String user,
                                         @RequestParam(required = false) String kind,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String after,
                                         @RequestParam(required = false) Integer limit, CurrentUser reader) {
        return log.page(reader, AccessLogService.Filter.parse(territory, user, kind, from, to), after, limit);
    }
}

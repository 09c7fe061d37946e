package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.cases.InboxMessage;
import org.jiceng.cases.SupervisionItem;
import org.jiceng.cases.SupervisionKind;
import org.jiceng.cases.internal.InboxService;
import org.jiceng.cases.internal.SupervisionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The in-app inbox ({@code /api/v1/inbox}) and the supervision list ({@code /api/v1/supervision}). */
@RestController
@RequestMapping("/api/v1")
class InboxApiController {

    private final InboxService inbox;
    private final SupervisionService supervision;

    InboxApiController(InboxService inbox, SupervisionService supervision) {
        this.inbox = inbox;
        this.supervision = supervision;
    }

    record Unread(int unread) {
    }

    @Guard(resource = Resource.INBOX, action = Action.READ)
    @GetMapping("/inbox")
    Page<InboxMessage> messages(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                                CurrentUser user) {
        long before = org.jiceng.Cursor.idBelow(after);
        int n = Page.limit(limit);
        return Page.byId(inbox.messages(user, before, n + 1), n, m -> m.id());
    }

    @Guard(resource = Resource.INBOX, action = Action.READ)
    @GetMapping("/inbox/unread")
    Unread unread(CurrentUser user) {
        return new Unread(inbox.unread(user));
    }

    @Guard(resource = Resource.INBOX, action = Action.UPDATE)
    @PostMapping("/inbox/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id, CurrentUser user) {
        inbox.markRead(user, id);
        return ResponseEntity.noContent().build();
    }

    /** Open supervision items (督办) the user oversees; {@code kind}: RESPONSE, CHECK_IN or RESOLVE. */
    @Guard(resource = Resource.SUPERVISION, action = Action.READ)
    @GetMapping("/supervision")
    Page<SupervisionItem> supervision(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer limit,
                                      CurrentUser user) {
        SupervisionKind wanted = kind == null ? null : SupervisionKind.of(kind)
                .orElseThrow(() -> new BadInputException("kind 须为 RESPONSE（响应）、CHECK_IN（报到）或 RESOLVE（办结）"));
        return new Page<>(supervision.open(user, wanted, Page.limit(limit)), null);
    }
}

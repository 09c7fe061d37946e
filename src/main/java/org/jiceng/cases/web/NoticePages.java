package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.cases.InboxMessage;
import org.jiceng.cases.SupervisionItem;
import org.jiceng.cases.SupervisionKind;
import org.jiceng.cases.internal.InboxService;
import org.jiceng.cases.internal.SupervisionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 消息 (the in-app inbox: new work for staff, news of their case for a reporter) and 督办 (open supervision
 * items: missed response, check-in and resolve deadlines the user oversees). The home page loads their counts.
 */
@Controller
class NoticePages {

    private static final int PAGE = 50;

    private final InboxService inbox;
    private final SupervisionService supervision;
    private final CasePageModel pages;

    NoticePages(InboxService inbox, SupervisionService supervision, CasePageModel pages) {
        this.inbox = inbox;
        this.supervision = supervision;
        this.pages = pages;
    }

    @Guard(resource = Resource.INBOX, action = Action.READ)
    @GetMapping("/messages")
    String messages(@RequestParam(required = false) Long after, CurrentUser user, Model model) {
        List<InboxMessage> found = inbox.messages(user, after == null ? Long.MAX_VALUE : after, PAGE + 1);
        model.addAttribute("messages", found.stream().limit(PAGE).toList());
        model.addAttribute("next", found.size() > PAGE ? found.get(PAGE - 1).id() : null);
        model.addAttribute("unread", inbox.unread(user));
        return "cases/messages";
    }

    /** Marks a message read and opens its case (or goes back to the list). */
    @Guard(resource = Resource.INBOX, action = Action.UPDATE)
    @PostMapping("/messages/{id:\\d+}/read")
    String read(@PathVariable long id, @RequestParam(required = false) Long caseId, CurrentUser user) {
        inbox.markRead(user, id);
        return caseId == null ? "redirect:/messages" : "redirect:/cases/" + caseId;
    }

    @Guard(resource = Resource.SUPERVISION, action = Action.READ)
    @GetMapping("/cases/supervision")
    String supervision(@RequestParam(required = false) String kind, CurrentUser user, Model model) {
        CasePageModel.require(CasePageModel.isStaff(user) || user.hasAny(Role.DEPT_STAFF, Role.AUDITOR),
                "督办清单只对工作人员开放");
        SupervisionKind wanted = kind == null || kind.isBlank() ? null : SupervisionKind.of(kind)
                .orElseThrow(() -> new BadInputException("没有“" + kind + "”这一类督办"));
        List<SupervisionItem> items = supervision.open(user, wanted, 500);
        model.addAttribute("items", items);
        model.addAttribute("kind", wanted == null ? null : wanted.name());
        model.addAttribute("kinds", java.util.Arrays.stream(SupervisionKind.values())
                .map(k -> new String[] {k.name(), k.overdueLabel()}).toList());
        model.addAttribute("unitNames", items.stream().filter(i -> i.unitId() != null).map(SupervisionItem::unitId)
                .distinct().collect(java.util.stream.Collectors.toMap(u -> u, pages::unitName)));
        return "cases/supervision";
    }

    /** The counts on the home page's cards, swapped in by htmx so the home page needs nothing of this module. */
    @Guard(resource = Resource.INBOX, action = Action.READ)
    @GetMapping("/messages/badge")
    String messagesBadge(CurrentUser user, Model model) {
        model.addAttribute("count", inbox.unread(user));
        return "cases/badge :: badge";
    }

    @Guard(resource = Resource.SUPERVISION, action = Action.READ)
    @GetMapping("/cases/supervision/badge")
    String supervisionBadge(CurrentUser user, Model model) {
        model.addAttribute("count", supervision.openCount(user));
        return "cases/badge :: badge";
    }

}

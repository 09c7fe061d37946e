package org.jiceng.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.identity.internal.AuditLabels;
import org.jiceng.identity.internal.AuditReader;
import org.jiceng.identity.internal.IdentityAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for auditors and county and town administrators, within their scope: in Chinese, in Beijing time,
 * filtered by a GET form (account, event, date range) that keeps what was asked, a page of 100 at a time.
 */
@Controller
class AuditPageController {

    private final AuditReader audit;

    AuditPageController(AuditReader audit) {
        this.audit = audit;
    }

    @Guard(resource = Resource.AUDIT_LOG, action = Action.READ)
    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String account, @RequestParam(required = false) String action,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String after, CurrentUser user, Model model,
                 HttpServletResponse response) {
        IdentityAccess.checkAuditReader(user);
        AuditReader.Query query = new AuditReader.Query(account, action, from, to, after);
        model.addAttribute("query", query);
        model.addAttribute("events", AuditLabels.EVENTS);
        try {
            var page = audit.page(IdentityAccess.readAuditScope(user), query);
            model.addAttribute("entries", page.items());
            model.addAttribute("next", page.next() == null ? null : UriComponentsBuilder.fromPath("/audit")
                    .queryParamIfPresent("account", given(account)).queryParamIfPresent("action", given(action))
                    .queryParamIfPresent("from", given(from)).queryParamIfPresent("to", given(to)).queryParam("after", page.next())
                    .build().encode().toUriString());
        } catch (BadInputException refused) {
            response.setStatus(400);
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("errorField", refused.field());
            model.addAttribute("entries", java.util.List.of());
        }
        return "identity/audit";
    }

    private static java.util.Optional<String> given(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }
}

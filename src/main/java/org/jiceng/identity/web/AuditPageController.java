package org.jiceng.identity.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import org.jiceng.CurrentUser;
import org.jiceng.identity.internal.IdentityAccess;
import org.jiceng.identity.internal.AuditReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log for auditors and county administrators, within their scope. */
@Controller
class AuditPageController {

    private final AuditReader audit;

    AuditPageController(AuditReader audit) {
        this.audit = audit;
    }

    @Guard(resource = Resource.AUDIT_LOG, action = Action.READ)
    @GetMapping("/audit")
    String audit(CurrentUser user, Model model) {
        IdentityAccess.checkAuditReader(user);
        model.addAttribute("entries", audit.recent(IdentityAccess.readAuditScope(user), 200));
        return "identity/audit";
    }
}

package org.jiceng.identity.web;

import org.jiceng.Action;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.identity.internal.PermissionsDoc;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 权限表: the permission policy, readable by a county (the same text as docs/permissions.md). */
@Controller
class PermissionsPageController {

    @Guard(resource = Resource.PERMISSIONS, action = Action.READ)
    @GetMapping("/permissions")
    String permissions(Model model) {
        model.addAttribute("groups", PermissionsDoc.groups());
        return "identity/permissions";
    }
}

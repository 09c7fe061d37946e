package org.jiceng.identity.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form (the home page is the workbench's). */
@Controller
class PageController {

    @Guard(resource = Resource.SIGN_IN, action = Action.CREATE)
    @GetMapping("/login")
    String login() {
        return "identity/login";   // a locked-out sign-in arrives here by forward, with loginThrottled set
    }
}

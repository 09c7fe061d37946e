package org.jiceng.dispatch.web;

import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.dispatch.internal.SimilarCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** Similar past cases of a case: {@code /api/v1/dispatch/similar/{caseId}} and the case page's section. */
@Controller
class DispatchSimilarController {

    private final SimilarCases similar;

    DispatchSimilarController(SimilarCases similar) {
        this.similar = similar;
    }

    @Guard(resource = Resource.CASE_NOTE, action = Action.READ)
    @GetMapping("/api/v1/dispatch/similar/{caseId}")
    @ResponseBody
    Map<String, Object> api(@PathVariable long caseId, CurrentUser user) {
        // a handful at most: one page, no cursor
        java.util.LinkedHashMap<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("items", similar.of(user, caseId));
        page.put("next", null);
        return page;
    }

    @Guard(resource = Resource.CASE_NOTE, action = Action.READ)
    @GetMapping("/dispatch/similar/{caseId}")
    String fragment(@PathVariable long caseId, CurrentUser user, Model model) {
        List<SimilarCases.SimilarCase> items = similar.of(user, caseId);
        model.addAttribute("similar", items);
        return "dispatch/similar :: similar";
    }
}

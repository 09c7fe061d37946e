package org.jiceng.dispatch.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.dispatch.internal.ModelReport;
import org.jiceng.dispatch.internal.Suggestions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Category and unit suggestions for a case text, and the model in service: {@code /api/v1/dispatch}. */
@RestController
@RequestMapping("/api/v1/dispatch")
class DispatchApiController {

    record SuggestRequest(String text, Double lat, Double lon) {
    }

    private final Suggestions suggestions;
    private final ModelReport model;

    DispatchApiController(Suggestions suggestions, ModelReport model) {
        this.suggestions = suggestions;
        this.model = model;
    }

    @Guard(resource = Resource.DISPATCH_SUGGESTION, action = Action.CREATE)
    @PostMapping("/suggest")
    Suggestions.Suggested suggest(@RequestBody SuggestRequest body, CurrentUser user) {
        return suggestions.suggest(user, body.text(), body.lat(), body.lon());
    }

    @Guard(resource = Resource.DISPATCH_MODEL, action = Action.READ)
    @GetMapping("/model")
    ModelReport.ModelView model(CurrentUser user) {
        return model.view(user);
    }
}

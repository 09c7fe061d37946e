package org.jiceng.volunteer.web;

import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.points.PointsRules;
import org.jiceng.volunteer.internal.points.RuleView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Points rules (积分规则) of a county or community: the one in force, its versions, and a new version. */
@RestController
@RequestMapping("/api/v1/volunteer/rules")
class PointsRuleApiController {

    private final PointsRules rules;

    PointsRuleApiController(PointsRules rules) {
        this.rules = rules;
    }

    record Rules(RuleView effective, List<RuleView> versions) {
    }

    /** The rule in force at a community (its own, else its county's) or a county, with the versions of both. */
    @Guard(resource = Resource.POINTS_RULE, action = Action.READ)
    @GetMapping
    Rules rules(@RequestParam String territory, CurrentUser user) {
        return new Rules(rules.effective(user, territory), rules.history(user, territory));
    }

    @Guard(resource = Resource.POINTS_RULE, action = Action.READ)
    @GetMapping("/{id}")
    RuleView one(@PathVariable long id, CurrentUser user) {
        return rules.get(user, id);
    }

    @Guard(resource = Resource.POINTS_RULE, action = Action.MANAGE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleView> publish(@RequestBody PointsRules.NewRule rule, CurrentUser user) {
        RuleView published = rules.publish(user, rule);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/rules/" + published.id())).body(published);
    }
}

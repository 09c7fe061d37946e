package org.jiceng.visits.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.visits.CarePlanView;
import org.jiceng.visits.internal.care.CarePlanService;
import org.jiceng.visits.internal.care.CareRequests;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一人一策 plans under {@code /api/v1/care-plans}. A plan outside the caller's scope answers as one that does not
 * exist (404); a change by one who may only read it, 403; a change on a stale version or a closed plan, 409.
 */
@RestController
@RequestMapping("/api/v1/care-plans")
class CarePlanApiController {

    private final CarePlanService plans;

    CarePlanApiController(CarePlanService plans) {
        this.plans = plans;
    }

    /**
     * Soonest due first; filters {@code territory} (a code prefix), {@code tag} (a care tag code), {@code overdue},
     * {@code responsible=me} (plans the caller is responsible for) and {@code status} (ACTIVE, the default, or CLOSED).
     */
    @Guard(resource = Resource.CARE_PLAN, action = Action.READ)
    @GetMapping
    Page<CarePlanView> list(@RequestParam(required = false) String territory, @RequestParam(required = false) String tag,
                            @RequestParam(required = false) Boolean overdue,
                            @RequestParam(required = false) String responsible,
                            @RequestParam(required = false) String status, @RequestParam(required = false) String after,
                            @RequestParam(required = false) Integer limit, CurrentUser user) {
        return plans.list(user, new CarePlanService.Query(territory, tag, overdue, responsible, status), after, limit);
    }

    /** The supervision list (逾期走访督办): overdue plans of the territory grouped by responsible person. */
    @Guard(resource = Resource.CARE_PLAN, action = Action.READ)
    @GetMapping("/overdue")
    CareRequests.Overdue overdue(@RequestParam(required = false) String territory, CurrentUser user) {
        return plans.overdue(user, territory);
    }

    /** The county's visit frequencies by care tag (the caller's county unless {@code county} is given). */
    @Guard(resource = Resource.CARE_PLAN, action = Action.READ)
    @GetMapping("/frequencies")
    CareRequests.Frequencies frequencies(@RequestParam(required = false) String county, CurrentUser user) {
        return plans.frequencies(user, county);
    }

    /** Replaces the county's table; plans that follow their tags move to the new figures at once. */
    @Guard(resource = Resource.CARE_PLAN, action = Action.MANAGE)
    @PutMapping("/frequencies")
    CareRequests.Frequencies putFrequencies(@RequestBody CareRequests.NewFrequencies request, CurrentUser user) {
        return plans.putFrequencies(user, request);
    }

    @Guard(resource = Resource.CARE_PLAN, action = Action.READ)
    @GetMapping("/{id}")
    CarePlanView one(@PathVariable long id, CurrentUser user) {
        return plans.detail(user, id);
    }

    @Guard(resource = Resource.CARE_PLAN, action = Action.UPDATE)
    @PatchMapping("/{id}")
    CarePlanView update(@PathVariable long id, @RequestBody CareRequests.Change change, CurrentUser user) {
        return plans.update(user, id, change);
    }

    /** Closes the plan, with the reason (e.g. the household left the special population). */
    @Guard(resource = Resource.CARE_PLAN, action = Action.UPDATE)
    @PostMapping("/{id}/close")
    CarePlanView close(@PathVariable long id, @RequestBody CareRequests.Closing closing, CurrentUser user) {
        return plans.close(user, id, closing);
    }
}

package org.jiceng.party.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.party.internal.membership.CentralHouseholds;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 党员中心户 under {@code /api/v1/party/central-households}: the staff's records with the households served, and the
 * community's 挂牌 list ({@code /board}) that its residents read, names and counts only.
 */
@RestController
@RequestMapping("/api/v1/party/central-households")
class CentralHouseholdApiController {

    private final CentralHouseholds centralHouseholds;

    CentralHouseholdApiController(CentralHouseholds centralHouseholds) {
        this.centralHouseholds = centralHouseholds;
    }

    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.READ)
    @GetMapping
    Page<?> list(@RequestParam(required = false) String territory, @RequestParam(required = false) Boolean current,
                 @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                 CurrentUser user) {
        return centralHouseholds.list(user, territory, current, after, Page.limit(limit));
    }

    /** The 挂牌 list of a community (村/社区 code): who the 党员中心户 are and how many households each serves. */
    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.READ)
    @GetMapping("/board")
    CentralHouseholds.Board board(@RequestParam(required = false) String village, CurrentUser user) {
        return centralHouseholds.board(user, village);
    }

    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.CREATE)
    @PostMapping
    ResponseEntity<CentralHouseholds.Detail> name(@RequestBody CentralHouseholds.Request request, CurrentUser user) {
        var detail = centralHouseholds.name(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/central-households/" + detail.centralHousehold().id()))
                .body(detail);
    }

    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.READ)
    @GetMapping("/{id:[0-9]+}")
    CentralHouseholds.Detail find(@PathVariable long id, CurrentUser user) {
        return centralHouseholds.find(id, user);
    }

    /** Replaces the households served (联户). */
    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.UPDATE)
    @PutMapping("/{id:[0-9]+}/households")
    CentralHouseholds.Detail link(@PathVariable long id, @RequestBody CentralHouseholds.Linking linking,
                                  CurrentUser user) {
        return centralHouseholds.link(id, linking, user);
    }

    /** 摘牌: the member no longer serves as a 党员中心户. */
    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.UPDATE)
    @PostMapping("/{id:[0-9]+}/end")
    CentralHouseholds.Detail end(@PathVariable long id, @RequestBody(required = false) CentralHouseholds.Ending ending,
                                 CurrentUser user) {
        return centralHouseholds.end(id, ending, user);
    }
}

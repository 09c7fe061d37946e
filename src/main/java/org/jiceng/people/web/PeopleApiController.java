package org.jiceng.people.web;

import org.jiceng.Cursor;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.people.HouseholdMove;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.internal.PeopleService;
import org.jiceng.people.internal.RegisterSearch;
import org.jiceng.people.internal.ShownResident;
import org.jiceng.territory.Level;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Households and residents under {@code /api/v1}: what PeopleAccess lets the caller read (their
 * territory, or a resident's own household), numbers masked, age instead of birth date; anything else is 404.
 */
@RestController
@RequestMapping("/api/v1")
class PeopleApiController {

    private final PeopleService people;
    private final RegisterSearch search;

    PeopleApiController(PeopleService people, RegisterSearch search) {
        this.people = people;
        this.search = search;
    }

    record HouseholdDetail(HouseholdView household, List<ShownResident> members, List<HouseholdMove> history) {
    }

    record HouseholdMoveRequest(String territoryCode, String address, String reason, Integer version) {
    }

    record NewHousehold(String territoryCode, String address, Long buildingId) {
    }

    record RevealRequest(String reason) {
    }

    record MoveRequest(Long toHouseholdId, String relation, String reason, Integer version) {
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.READ)
    @GetMapping("/households")
    Page<HouseholdView> households(@RequestParam String territory, @RequestParam(required = false) String after,
                                   @RequestParam(required = false) Integer limit, CurrentUser user) {
        if (Level.ofCode(territory) == null) {
            throw new BadInputException("territory 须为区划或网格代码前缀（2–15 位数字）");
        }
        int n = Page.limit(limit);
        long afterId = Cursor.idAbove(after);
        return Page.byId(people.listHouseholds(user, territory, afterId, n), n, HouseholdView::id);
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.READ)
    @GetMapping("/households/{id}")
    HouseholdDetail household(@PathVariable long id, CurrentUser user) {
        HouseholdView household = people.readableHousehold(user, id)
                .orElseThrow(() -> new NotFoundException("户 " + id + " 不存在或不在您的辖区内"));
        return new HouseholdDetail(household, people.members(id), people.history(user, id));
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.UPDATE)
    @PostMapping("/households/{id}/move")
    HouseholdDetail moveHousehold(@PathVariable long id, @RequestBody HouseholdMoveRequest body, CurrentUser user) {
        people.moveHousehold(user, id, body.territoryCode(), body.address(), body.reason(), body.version());
        return household(id, user);
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.CREATE)
    @PostMapping("/households")
    ResponseEntity<Map<String, Long>> createHousehold(@RequestBody NewHousehold body, CurrentUser user) {
        long id = people.createHousehold(user, body.territoryCode(), body.address(), body.buildingId());
        return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(Map.of("id", id));
    }

    @Guard(resource = Resource.RESIDENT_RECORD, action = Action.CREATE)
    @PostMapping("/residents")
    ResponseEntity<Map<String, Long>> createResident(@RequestBody PeopleService.NewResident body, CurrentUser user) {
        long id = people.createResident(user, body);
        return ResponseEntity.created(URI.create("/api/v1/residents/" + id)).body(Map.of("id", id));
    }

    @Guard(resource = Resource.RESIDENT_RECORD, action = Action.READ)
    @GetMapping("/residents/{id}")
    ShownResident resident(@PathVariable long id, CurrentUser user) {
        return people.readableResident(user, id).map(people::shown)
                .orElseThrow(() -> new NotFoundException("居民 " + id + " 不存在或不在您的辖区内"));
    }

    /**
     * By name in the caller's territory; by a full ID or phone number only for roles that may search by
     * number (403 for others). {@code reason} goes to the access log with the hit count, never the number.
     */
    @Guard(resource = Resource.RESIDENT_RECORD, action = Action.READ)
    @GetMapping("/residents")
    Page<ShownResident> search(@RequestParam String q, @RequestParam(required = false) String reason,
                               CurrentUser user) {
        return new Page<>(search.search(user, q, reason, false).residents(), null);
    }

    @Guard(resource = Resource.PERSONAL_NUMBER, action = Action.REVEAL)
    @PostMapping("/residents/{id}/reveal")
    PeopleService.Revealed reveal(@PathVariable long id, @RequestBody(required = false) RevealRequest body,
                                  CurrentUser user) {
        return people.reveal(user, id, body == null ? null : body.reason());
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.UPDATE)
    @PostMapping("/residents/{id}/move")
    ShownResident move(@PathVariable long id, @RequestBody MoveRequest body, CurrentUser user) {
        people.move(user, id, body.toHouseholdId(), body.relation(), body.reason(), body.version());
        return resident(id, user);
    }

}

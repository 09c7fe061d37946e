package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import java.time.OffsetDateTime;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.TimelineEntry;
import org.jiceng.cases.NearbyCase;
import org.jiceng.cases.internal.CaseFilter;
import org.jiceng.cases.internal.CaseService;
import org.jiceng.cases.internal.CaseVisibility;
import org.jiceng.cases.internal.DuplicateFinder;
import org.jiceng.cases.internal.FilingKeys;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases under {@code /api/v1/cases}: filing, reading, the list, the timeline and the actions. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    private final CaseService cases;
    private final CaseVisibility visibility;
    private final DuplicateFinder duplicates;
    private final FilingKeys keys;

    CaseApiController(CaseService cases, DuplicateFinder duplicates, FilingKeys keys, CaseVisibility visibility) {
        this.visibility = visibility;
        this.cases = cases;
        this.duplicates = duplicates;
        this.keys = keys;
    }

    record Filed(long id, String number, CaseState state, String gridCode, OffsetDateTime dueAt, boolean dueProvisional) {
    }

    @Guard(resource = Resource.CASE, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Filed> file(@RequestBody org.jiceng.cases.CaseIntake intake,
                               @RequestHeader(name = "Idempotency-Key", required = false) String key, CurrentUser user) {
        // a retry with the same key answers the case filed the first time, with the same status and body
        CaseView filed = key == null ? cases.file(user, intake)
                : keys.fileOnce("user:" + user.id(), key, String.valueOf(intake), () -> cases.file(user, intake),
                        CaseView::id, cases::findFiled).value();
        return ResponseEntity.created(URI.create("/api/v1/cases/" + filed.id())).body(new Filed(filed.id(), filed.number(),
                filed.state(), filed.territoryCode().length() == 15 ? filed.territoryCode() : null,
                filed.resolveDueAt(), filed.dueProvisional()));
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    /** A case by its id or its visible number (530326-…): {@code {id}} takes either. */
    @GetMapping("/{id}")
    CaseView one(@PathVariable("id") String idOrNumber, CurrentUser user) {
        return cases.find(user, cases.idOf(user, idOrNumber));
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/{id}/timeline")
    Page<TimelineEntry> timeline(@PathVariable("id") String idOrNumber, CurrentUser user) {
        return new Page<>(cases.timeline(user, cases.idOf(user, idOrNumber)), null);
    }

    /** The list: every parameter arrives as text and {@link CaseListQuery} checks it, answering 400 by its name. */
    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping
    Page<CaseView> list(@org.springdoc.core.annotations.ParameterObject CaseListQuery query, CurrentUser user) {
        if (query.phone() != null && !query.phone().isBlank()) {
            // an address stays in proxies' logs and browsers' histories: the phone goes in the body of /search
            throw new BadInputException("phone", "电话号码不能出现在网址中：请用 POST /api/v1/cases/search 按反映人电话查找");
        }
        return page(query, user);
    }

    /** Cases by the reporter's phone, sent in the body; only for those who may read reporters' contacts. */
    @Guard(resource = Resource.CASE, action = Action.READ)
    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    Page<CaseView> searchByPhone(@RequestBody PhoneSearch search, CurrentUser user) {
        if (search.phone() == null || search.phone().isBlank()) {
            throw new BadInputException("phone", "请输入反映人电话");
        }
        return page(CaseListQuery.byPhone(search.phone(), search.after(), search.limit()), user);
    }

    /** The body of a search by phone: the phone, and the cursor and size of a page as the list takes them. */
    record PhoneSearch(String phone, String after, String limit) {
    }

    private Page<CaseView> page(CaseListQuery query, CurrentUser user) {
        CaseFilter filter = query.filter();
        CaseListQuery.Before before = query.before();
        int n = query.pageSize();
        return Page.of(cases.list(user, filter, before.time(), before.id(), n + 1), n, CaseListQuery.Before::cursorOf);
    }

    /** Open cases of the category near the point: offered while filing, so the reporter can follow one. */
    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/nearby")
    Page<NearbyCase> nearby(@RequestParam String categoryCode, @RequestParam double lat, @RequestParam double lon,
                            CurrentUser user) {
        return new Page<>(duplicates.nearby(user, Action.READ, categoryCode, lat, lon), null);
    }

    /** Where the follower is reporting from: when given, the case must lie within its category's duplicate radius. */
    record FollowRequest(Double lat, Double lon) {
    }

    @Guard(resource = Resource.CASE, action = Action.FOLLOW)
    @PostMapping("/{id}/follow")
    CaseView follow(@PathVariable long id, @RequestBody(required = false) FollowRequest at, CurrentUser user) {
        return visibility.follow(user, id, at == null ? null : at.lat(), at == null ? null : at.lon());
    }

    /** What staff may change of a case outside the loop: whether it is public, and its category (a correction). */
    record CasePatch(Boolean publicCase, String categoryCode, Integer version) {
    }

    @Guard(resource = Resource.CASE, action = Action.UPDATE)
    @PatchMapping("/{id}")
    CaseView patch(@PathVariable long id, @RequestBody(required = false) CasePatch patch, CurrentUser user) {
        if (patch != null && patch.categoryCode() != null && patch.publicCase() == null) {
            return cases.recategorise(user, id, patch.categoryCode(), false, patch.version());
        }
        return visibility.setPublic(user, id, patch == null ? null : patch.publicCase(), patch == null ? null : patch.version());
    }

    @Guard(resource = Resource.CASE, action = Action.ACT)
    @PostMapping("/{id}/actions/{action}")
    ResponseEntity<CaseView> act(@PathVariable("id") String idOrNumber, @PathVariable String action,
                          @RequestBody(required = false) org.jiceng.cases.CaseActionRequest request, CurrentUser user) {
        CaseAction known = CaseAction.ofPath(action)
                .orElseThrow(() -> new NotFoundException("没有名为“" + action + "”的操作"));
        org.jiceng.cases.CaseActionRequest body = request != null ? request : org.jiceng.cases.CaseActionRequest.empty();
        return ResponseEntity.ok(cases.act(user, cases.idOf(user, idOrNumber), known, body));
    }
}

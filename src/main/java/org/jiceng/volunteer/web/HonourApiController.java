package org.jiceng.volunteer.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.honour.BlackList;
import org.jiceng.volunteer.internal.honour.HonourViews.BlackEntry;
import org.jiceng.volunteer.internal.honour.HonourViews.PublicBoard;
import org.jiceng.volunteer.internal.honour.HonourViews.RedList;
import org.jiceng.volunteer.internal.honour.RedLists;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Honour lists: a community's public board, its monthly 红榜, and the 黑榜 with its decisions and appeals. */
@RestController
@RequestMapping("/api/v1/volunteer/honours")
class HonourApiController {

    private final RedLists redLists;
    private final BlackList blackList;

    HonourApiController(RedLists redLists, BlackList blackList) {
        this.redLists = redLists;
        this.blackList = blackList;
    }

    /** The published board of a community and month: display names only. */
    @Guard(resource = Resource.HONOUR_LIST, action = Action.READ)
    @GetMapping
    PublicBoard board(@RequestParam(required = false) String village, @RequestParam(required = false) String month,
                      CurrentUser user) {
        return redLists.board(village == null ? community(user) : village, month, user);
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.CREATE)
    @PostMapping("/red-lists")
    ResponseEntity<RedList> draft(@RequestBody RedLists.DraftRequest request, CurrentUser user) {
        RedList list = redLists.draft(request, user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/honours/red-lists/" + list.id())).body(list);
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.READ)
    @GetMapping("/red-lists/{id}")
    RedList redList(@PathVariable long id, CurrentUser user) {
        return redLists.redList(id, user);
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.CREATE)
    @PostMapping("/red-lists/{id}/entries")
    RedList addEntry(@PathVariable long id, @RequestBody RedLists.EntryRequest request, CurrentUser user) {
        return redLists.addEntry(id, request, user);
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.CREATE)
    @PostMapping("/red-lists/{id}/publish")
    RedList publish(@PathVariable long id, CurrentUser user) {
        return redLists.publish(id, user);
    }

    /** Staff: the 黑榜 entries of their territory; a resident: the entries naming them. */
    @Guard(resource = Resource.HONOUR_LIST, action = Action.READ)
    @GetMapping("/black")
    Page<BlackEntry> blackEntries(@RequestParam(required = false) String territory,
                                  @RequestParam(required = false) String after,
                                  @RequestParam(required = false) Integer limit, CurrentUser user) {
        return blackList.entries(user, territory, after, Page.limit(limit));
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.CREATE)
    @PostMapping("/black")
    ResponseEntity<BlackEntry> decide(@RequestBody BlackList.DecisionRequest request, CurrentUser user) {
        BlackEntry entry = blackList.decide(request, user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/honours/black/" + entry.id())).body(entry);
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.READ)
    @GetMapping("/black/{id}")
    BlackEntry blackEntry(@PathVariable long id, CurrentUser user) {
        return blackList.entry(id, user);
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.ACT)
    @PostMapping("/black/{id}/told")
    BlackEntry told(@PathVariable long id, @RequestBody BlackList.ToldRequest request, CurrentUser user) {
        return blackList.told(id, request, user);
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.ACT)
    @PostMapping("/black/{id}/appeal")
    BlackEntry appeal(@PathVariable long id, @RequestBody BlackList.AppealRequest request, CurrentUser user) {
        return blackList.appeal(id, request, user);
    }

    @Guard(resource = Resource.HONOUR_LIST, action = Action.ACT)
    @PostMapping("/black/{id}/appeal-decision")
    BlackEntry decideAppeal(@PathVariable long id, @RequestBody BlackList.AppealDecision decision, CurrentUser user) {
        return blackList.decideAppeal(id, decision, user);
    }

    static String community(CurrentUser user) {
        String home = user.homeTerritory();
        return home.length() >= 12 ? home.substring(0, 12) : home;
    }
}

package org.jiceng.ledger.web;

import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.journal.Entries;
import org.jiceng.ledger.internal.journal.EntryViews.Entry;
import org.jiceng.ledger.internal.journal.EntryViews.EntryRequest;
import org.jiceng.ledger.internal.journal.EntryViews.ReverseRequest;
import org.jiceng.ledger.internal.journal.EntryViews.SubjectBalance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's journal: entries by number (cursor paging, a month's filter), one entry, the subjects' balances,
 * posting a balanced entry and reversing one (红字冲销). Amounts in fen.
 */
@RestController
@RequestMapping("/api/v1/ledger/accounts/{id}")
class EntryApiController {

    private final Entries entries;

    EntryApiController(Entries entries) {
        this.entries = entries;
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.READ)
    @GetMapping("/entries")
    Page<Entry> list(@PathVariable long id, @RequestParam(required = false) String month,
                     @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                     CurrentUser user) {
        return entries.page(user, id, month, after, Page.limit(limit));
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.READ)
    @GetMapping("/entries/{seq}")
    Entry one(@PathVariable long id, @PathVariable long seq, CurrentUser user) {
        return entries.entry(user, id, seq);
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.READ)
    @GetMapping("/balances")
    Map<String, List<SubjectBalance>> balances(@PathVariable long id, CurrentUser user) {
        return Map.of("items", entries.balances(user, id));
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.CREATE)
    @PostMapping("/entries")
    ResponseEntity<Entry> post(@PathVariable long id, @RequestBody EntryRequest request, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(entries.post(user, id, request));
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.ACT)
    @PostMapping("/entries/{seq}/reverse")
    ResponseEntity<Entry> reverse(@PathVariable long id, @PathVariable long seq, @RequestBody ReverseRequest request,
                                  CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(entries.reverse(user, id, seq, request));
    }
}

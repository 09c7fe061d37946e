package org.jiceng.ledger.web;

import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.account.AccountViews.Account;
import org.jiceng.ledger.internal.account.AccountViews.AccountChange;
import org.jiceng.ledger.internal.account.AccountViews.NewAccount;
import org.jiceng.ledger.internal.account.AccountViews.NewSubject;
import org.jiceng.ledger.internal.account.AccountViews.Subject;
import org.jiceng.ledger.internal.account.Accounts;
import org.jiceng.ledger.internal.journal.ChainVerifier;
import org.jiceng.ledger.internal.journal.Entries;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ledger accounts: listed in the reader's reach, opened and managed by the place's committees, their subjects, verify. */
@RestController
@RequestMapping("/api/v1/ledger/accounts")
class AccountLedgerApiController {

    private final Accounts accounts;
    private final Entries entries;

    AccountLedgerApiController(Accounts accounts, Entries entries) {
        this.accounts = accounts;
        this.entries = entries;
    }

    @Guard(resource = Resource.LEDGER_ACCOUNT, action = Action.READ)
    @GetMapping
    Page<Account> list(@RequestParam(required = false) Long estate, @RequestParam(required = false) String territory,
                       @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                       CurrentUser user) {
        return accounts.list(user, estate, territory, after, Page.limit(limit));
    }

    @Guard(resource = Resource.LEDGER_ACCOUNT, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Account> open(@RequestBody NewAccount request, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.open(user, request));
    }

    @Guard(resource = Resource.LEDGER_ACCOUNT, action = Action.READ)
    @GetMapping("/{id}")
    Account one(@PathVariable long id, CurrentUser user) {
        return accounts.get(user, id);
    }

    @Guard(resource = Resource.LEDGER_ACCOUNT, action = Action.MANAGE)
    @PatchMapping("/{id}")
    Account change(@PathVariable long id, @RequestBody AccountChange change, CurrentUser user) {
        return accounts.change(user, id, change);
    }

    @Guard(resource = Resource.LEDGER_ACCOUNT, action = Action.READ)
    @GetMapping("/{id}/subjects")
    Map<String, List<Subject>> subjects(@PathVariable long id, CurrentUser user) {
        return Map.of("items", accounts.subjects(user, id));
    }

    @Guard(resource = Resource.LEDGER_ACCOUNT, action = Action.MANAGE)
    @PostMapping("/{id}/subjects")
    ResponseEntity<Subject> addSubject(@PathVariable long id, @RequestBody NewSubject subject, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.addSubject(user, id, subject));
    }

    /** The outcome of verifying an account's chain; {@code firstBadSeq} and {@code problem} null when intact. */
    record Verification(long accountId, boolean intact, long checked, Long firstBadSeq, String problem, String head) {
    }

    @Guard(resource = Resource.LEDGER_ACCOUNT, action = Action.ACT)
    @GetMapping("/{id}/verify")
    Verification verify(@PathVariable long id, CurrentUser user) {
        ChainVerifier.Verdict verdict = entries.verify(user, id);
        return new Verification(id, verdict.intact(), verdict.checked(), verdict.firstBadSeq(), verdict.problem(),
                verdict.head());
    }
}

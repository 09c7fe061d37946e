package org.jiceng.ledger.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.account.AccountViews.Account;
import org.jiceng.ledger.internal.account.Accounts;
import org.jiceng.ledger.internal.journal.ChainVerifier;
import org.jiceng.ledger.internal.journal.Entries;
import org.jiceng.ledger.internal.journal.EntryViews.Entry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The accounts a person keeps or reads, and one account's journal with its subjects' balances. */
@Controller
class AccountLedgerPageController {

    private final Accounts accounts;
    private final Entries entries;
    private final LedgerAccess access;

    AccountLedgerPageController(Accounts accounts, Entries entries, LedgerAccess access) {
        this.accounts = accounts;
        this.entries = entries;
        this.access = access;
    }

    @Guard(resource = Resource.LEDGER_ACCOUNT, action = Action.READ)
    @GetMapping("/ledger/accounts")
    String list(@RequestParam(required = false) String after, CurrentUser user, Model model) {
        Page<Account> page = accounts.list(user, null, null, after, 50);
        model.addAttribute("accounts", page.items());
        model.addAttribute("next", page.next());
        return "ledger/account/list";
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.READ)
    @GetMapping("/ledger/accounts/{id}")
    String journal(@PathVariable long id, @RequestParam(required = false) String month,
                   @RequestParam(required = false) String after, @RequestParam(required = false) Boolean verify,
                   CurrentUser user, Model model) {
        return show(user, id, month, after, Boolean.TRUE.equals(verify), model);
    }

    /** The journal page; the entry form's and the reversal's refusals show it again. */
    String show(CurrentUser user, long id, String month, String after, boolean verify, Model model) {
        Page<Entry> page = entries.page(user, id, month, after, 50);
        Account account = accounts.get(user, id);
        LedgerAccess.Account target = access.account(id).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("entries", page.items());
        model.addAttribute("next", page.next());
        model.addAttribute("month", month == null ? "" : month.strip());
        model.addAttribute("balances", entries.balances(user, id));
        model.addAttribute("mayPost", access.allows(user, Resource.LEDGER_ENTRY, Action.CREATE, target));
        model.addAttribute("mayReverse", access.allows(user, Resource.LEDGER_ENTRY, Action.ACT, target));
        boolean mayVerify = access.allows(user, Resource.LEDGER_ACCOUNT, Action.ACT, target);
        model.addAttribute("mayVerify", mayVerify);
        if (verify && mayVerify) {
            ChainVerifier.Verdict verdict = entries.verify(user, id);
            model.addAttribute("verdict", verdict);
        }
        model.addAttribute("keeperNames", String.join("、", account.keepers().stream()
                .map(k -> k.name() + "（" + k.roleLabel() + "）").toList()));
        return "ledger/account/journal";
    }
}

package org.jiceng.ledger.web;

import java.time.Clock;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.budget.Budgets;
import org.jiceng.ledger.internal.dividend.Dividends;
import org.jiceng.ledger.internal.statement.StatementIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Budget against actual of an account and year, and the dividends of a collective with their holders' parts. */
@Controller
class BudgetPages {

    private final Budgets budgets;
    private final Dividends dividends;
    private final StatementIndex index;
    private final Clock clock;

    BudgetPages(Budgets budgets, Dividends dividends, StatementIndex index, Clock clock) {
        this.budgets = budgets;
        this.dividends = dividends;
        this.index = index;
        this.clock = clock;
    }

    @Guard(resource = Resource.LEDGER_BUDGET, action = Action.READ)
    @GetMapping("/ledger/budgets")
    String budget(@RequestParam(required = false) Long account, @RequestParam(required = false) String year,
                  CurrentUser user, Model model) {
        model.addAttribute("accounts", index.readable(user));
        String shownYear = year == null || year.isBlank() ? String.valueOf(Beijing.today(clock).getYear()) : year;
        model.addAttribute("year", shownYear);
        model.addAttribute("account", account);
        if (account != null) {
            model.addAttribute("budget", budgets.of(user, account, shownYear));
        }
        return "ledger/budget/budget";
    }

    @Guard(resource = Resource.DIVIDEND, action = Action.READ)
    @GetMapping("/ledger/dividends")
    String dividends(@RequestParam(required = false) Long account, CurrentUser user, Model model) {
        model.addAttribute("accounts", index.readable(user).stream().filter(a -> a.kind().startsWith("COLLECTIVE_")).toList());
        model.addAttribute("account", account);
        if (account != null) {
            model.addAttribute("dividends", dividends.list(user, account));
        }
        return "ledger/dividend/list";
    }

    @Guard(resource = Resource.DIVIDEND, action = Action.READ)
    @GetMapping("/ledger/dividends/{id}")
    String dividend(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("d", dividends.find(user, id));
        return "ledger/dividend/dividend";
    }
}

package org.jiceng.ledger.web;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.budget.Budgets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Budgets against actuals of an account and year: {@code /api/v1/ledger/budgets/{account}/{year}}. */
@RestController
@RequestMapping("/api/v1/ledger/budgets")
class BudgetApiController {

    record BudgetLines(List<Budgets.LineInput> lines) {
    }

    private final Budgets budgets;

    BudgetApiController(Budgets budgets) {
        this.budgets = budgets;
    }

    @Guard(resource = Resource.LEDGER_BUDGET, action = Action.READ)
    @GetMapping("/{account}/{year}")
    Budgets.BudgetView budget(@PathVariable long account, @PathVariable String year, CurrentUser user) {
        return budgets.of(user, account, year);
    }

    @Guard(resource = Resource.LEDGER_BUDGET, action = Action.UPDATE)
    @PutMapping("/{account}/{year}")
    Budgets.BudgetView set(@PathVariable long account, @PathVariable String year, @RequestBody BudgetLines body,
                           CurrentUser user) {
        return budgets.set(user, account, year, body.lines());
    }
}

package org.jiceng.volunteer.web;

import java.util.List;
import java.util.function.Supplier;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.timebank.TimeBank;
import org.jiceng.volunteer.internal.timebank.TimeBankLedger;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Account;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 时间银行 pages: a member's (or proxy's) accounts and the community's waiting services; one account with its
 * statement and the forms of whoever may add to it. A refusal comes back to the page with what was typed.
 */
@Controller
class TimeBankPageController {

    private static final int SHOWN = 100;

    private final TimeBank bank;
    private final TimeBankLedger ledger;

    TimeBankPageController(TimeBank bank, TimeBankLedger ledger) {
        this.bank = bank;
        this.ledger = ledger;
    }

    record ServiceForm(String servedName, Long servedAccountId, String description, String servedOn, Integer minutes) implements java.io.Serializable {
    }

    record WithdrawalForm(Integer minutes, String beneficiary, String description, String servedOn) implements java.io.Serializable {
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.READ)
    @GetMapping("/volunteer/time-bank")
    String index(CurrentUser user, Model model) {
        model.addAttribute("accounts", bank.accounts(user, null, null, SHOWN).items());
        boolean staff = !AccessPolicy.scope(user, Resource.TIME_BANK, Action.ACT).isEmpty();
        model.addAttribute("staff", staff);
        model.addAttribute("pending", staff ? ledger.services(user, null, "PENDING", null, SHOWN).items() : List.of());
        model.addAttribute("mayOpen", AccessPolicy.relations(user, Resource.TIME_BANK, Action.CREATE)
                .contains(org.jiceng.Relation.OWN) && user.homeTerritory().length() >= 12);
        return "volunteer/timebank/index";
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.CREATE)
    @PostMapping("/volunteer/time-bank/open")
    String open(@RequestParam(required = false) Long volunteerId, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, "/volunteer/time-bank", () -> {
            Account account = bank.open(new TimeBank.OpenRequest(volunteerId, null, null), user);
            redirect.addFlashAttribute("notice", "已开户");
            return "redirect:/volunteer/time-bank/accounts/" + account.id();
        });
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.READ)
    @GetMapping("/volunteer/time-bank/accounts/{id}")
    String account(@PathVariable long id, CurrentUser user, Model model) {
        Account account = bank.account(id, user);
        model.addAttribute("account", account);
        model.addAttribute("entries", ledger.entries(id, user, null, 500).items());
        model.addAttribute("services", ledger.servicesOf(id, user));
        model.addAttribute("proxies", bank.proxies(id, user));
        boolean holds = bank.holds(user, account);
        var target = AccessPolicy.Target.at(account.communityCode()).withIf(holds, org.jiceng.Relation.OWN);
        model.addAttribute("mayRecord", AccessPolicy.allows(user, Resource.TIME_BANK, Action.CREATE, target));
        model.addAttribute("mayProxy", AccessPolicy.allows(user, Resource.TIME_BANK, Action.CREATE,
                AccessPolicy.Target.at(account.communityCode())));
        model.addAttribute("mayTransfer", AccessPolicy.allows(user, Resource.TIME_BANK, Action.MANAGE, target));
        model.addAttribute("mayConfirm", !holds && AccessPolicy.allows(user, Resource.TIME_BANK, Action.ACT,
                AccessPolicy.Target.at(account.communityCode())));
        if (!model.containsAttribute("serviceForm")) {
            model.addAttribute("serviceForm", new ServiceForm(null, null, null, null, null));
        }
        if (!model.containsAttribute("withdrawalForm")) {
            model.addAttribute("withdrawalForm", new WithdrawalForm(null, null, null, null));
        }
        return "volunteer/timebank/account";
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.CREATE)
    @PostMapping("/volunteer/time-bank/accounts/{id}/services")
    String recordService(@PathVariable long id, @ModelAttribute ServiceForm form, CurrentUser user,
                         RedirectAttributes redirect) {
        redirect.addFlashAttribute("serviceForm", form);
        return attempt(redirect, "/volunteer/time-bank/accounts/" + id, () -> {
            ledger.recordService(id, new TimeBankLedger.ServiceRequest(form.servedName(), form.servedAccountId(),
                    form.description(), form.servedOn(), form.minutes()), user);
            redirect.addFlashAttribute("serviceForm", new ServiceForm(null, null, null, null, null));
            redirect.addFlashAttribute("notice", "服务已登记，待服务对象或社区确认后存入");
            return "redirect:/volunteer/time-bank/accounts/" + id;
        });
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.CREATE)
    @PostMapping("/volunteer/time-bank/accounts/{id}/withdrawals")
    String withdraw(@PathVariable long id, @ModelAttribute WithdrawalForm form, CurrentUser user,
                    RedirectAttributes redirect) {
        redirect.addFlashAttribute("withdrawalForm", form);
        return attempt(redirect, "/volunteer/time-bank/accounts/" + id, () -> {
            ledger.withdraw(id, new TimeBankLedger.WithdrawalRequest(form.minutes(), form.beneficiary(),
                    form.description(), form.servedOn()), user);
            redirect.addFlashAttribute("withdrawalForm", new WithdrawalForm(null, null, null, null));
            redirect.addFlashAttribute("notice", "已支取");
            return "redirect:/volunteer/time-bank/accounts/" + id;
        });
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.CREATE)
    @PostMapping("/volunteer/time-bank/accounts/{id}/proxies")
    String proxy(@PathVariable long id, @RequestParam(required = false) String username,
                 @RequestParam(required = false) String relation, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, "/volunteer/time-bank/accounts/" + id, () -> {
            bank.registerProxy(id, new TimeBank.ProxyRequest(username, relation), user);
            redirect.addFlashAttribute("notice", "代理人已登记");
            return "redirect:/volunteer/time-bank/accounts/" + id;
        });
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.MANAGE)
    @PostMapping("/volunteer/time-bank/accounts/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) String toCommunity,
                    @RequestParam(required = false) String reason, CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, "/volunteer/time-bank/accounts/" + id, () -> {
            bank.transfer(id, new TimeBank.TransferRequest(toCommunity, reason), user);
            redirect.addFlashAttribute("notice", "账户已转移");
            return "redirect:/volunteer/time-bank/accounts/" + id;
        });
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.ACT)
    @PostMapping("/volunteer/time-bank/services/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) Boolean confirmed,
                  @RequestParam(required = false) String note, @RequestParam(required = false) Long back,
                  CurrentUser user, RedirectAttributes redirect) {
        String page = back == null ? "/volunteer/time-bank" : "/volunteer/time-bank/accounts/" + back;
        return attempt(redirect, page, () -> {
            ledger.decide(id, new TimeBankLedger.Decision(confirmed, note), user);
            redirect.addFlashAttribute("notice", Boolean.TRUE.equals(confirmed) ? "已确认并存入" : "已退回");
            return "redirect:" + page;
        });
    }

    /** Runs a change; a refusal returns to {@code page} with its Chinese reason. */
    static String attempt(RedirectAttributes redirect, String page, Supplier<String> change) {
        try {
            return change.get();
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:" + page;
        }
    }
}

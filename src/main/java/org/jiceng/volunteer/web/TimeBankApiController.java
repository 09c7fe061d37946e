package org.jiceng.volunteer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.volunteer.internal.timebank.TimeBank;
import org.jiceng.volunteer.internal.timebank.TimeBankLedger;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Account;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Entry;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Proxy;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Service;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 时间银行: accounts, services given (waiting for confirmation, then deposited), withdrawals for the member or a
 * family member, proxies, transfers between communities of the county, and statements.
 */
@RestController
@RequestMapping("/api/v1/volunteer/time-bank")
class TimeBankApiController {

    private final TimeBank bank;
    private final TimeBankLedger ledger;

    TimeBankApiController(TimeBank bank, TimeBankLedger ledger) {
        this.bank = bank;
        this.ledger = ledger;
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.CREATE)
    @PostMapping("/accounts")
    ResponseEntity<Account> open(@RequestBody(required = false) TimeBank.OpenRequest request, CurrentUser user) {
        Account account = bank.open(request, user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/time-bank/accounts/" + account.id())).body(account);
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.READ)
    @GetMapping("/accounts")
    Page<Account> accounts(@RequestParam(required = false) String territory, @RequestParam(required = false) String after,
                           @RequestParam(required = false) Integer limit, CurrentUser user) {
        return bank.accounts(user, territory, after, Page.limit(limit));
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.READ)
    @GetMapping("/accounts/{id}")
    Account account(@PathVariable long id, CurrentUser user) {
        return bank.account(id, user);
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.READ)
    @GetMapping("/accounts/{id}/entries")
    Page<Entry> entries(@PathVariable long id, @RequestParam(required = false) String after,
                        @RequestParam(required = false) Integer limit, CurrentUser user) {
        return ledger.entries(id, user, after, Page.limit(limit));
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.READ)
    @GetMapping("/accounts/{id}/statement.xlsx")
    void statement(@PathVariable long id, CurrentUser user, HttpServletResponse response) throws IOException {
        bank.account(id, user);
        response.setContentType(XlsxSheet.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment("时间银行对账单-" + id + ".xlsx"));
        ledger.statement(id, user, response.getOutputStream());
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.READ)
    @GetMapping("/accounts/{id}/proxies")
    List<Proxy> proxies(@PathVariable long id, CurrentUser user) {
        return bank.proxies(id, user);
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.CREATE)
    @PostMapping("/accounts/{id}/proxies")
    ResponseEntity<Proxy> registerProxy(@PathVariable long id, @RequestBody TimeBank.ProxyRequest request,
                                        CurrentUser user) {
        return ResponseEntity.status(201).body(bank.registerProxy(id, request, user));
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.MANAGE)
    @PostMapping("/accounts/{id}/transfer")
    Account transfer(@PathVariable long id, @RequestBody TimeBank.TransferRequest request, CurrentUser user) {
        return bank.transfer(id, request, user);
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.READ)
    @GetMapping("/accounts/{id}/services")
    List<Service> servicesOf(@PathVariable long id, CurrentUser user) {
        return ledger.servicesOf(id, user);
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.CREATE)
    @PostMapping("/accounts/{id}/services")
    ResponseEntity<Service> recordService(@PathVariable long id, @RequestBody TimeBankLedger.ServiceRequest request,
                                          CurrentUser user) {
        Service service = ledger.recordService(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/time-bank/services/" + service.id())).body(service);
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.CREATE)
    @PostMapping("/accounts/{id}/withdrawals")
    ResponseEntity<Entry> withdraw(@PathVariable long id, @RequestBody TimeBankLedger.WithdrawalRequest request,
                                   CurrentUser user) {
        return ResponseEntity.status(201).body(ledger.withdraw(id, request, user));
    }

    /** Services of the staff's territory, waiting or decided. */
    @Guard(resource = Resource.TIME_BANK, action = Action.ACT)
    @GetMapping("/services")
    Page<Service> services(@RequestParam(required = false) String territory, @RequestParam(required = false) String status,
                           @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                           CurrentUser user) {
        return ledger.services(user, territory, status, after, Page.limit(limit));
    }

    @Guard(resource = Resource.TIME_BANK, action = Action.ACT)
    @PostMapping("/services/{id}/decision")
    Service decide(@PathVariable long id, @RequestBody TimeBankLedger.Decision decision, CurrentUser user) {
        return ledger.decide(id, decision, user);
    }
}

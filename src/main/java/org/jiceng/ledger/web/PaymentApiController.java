package org.jiceng.ledger.web;

import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.payment.PaymentService;
import org.jiceng.ledger.internal.payment.PaymentView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments out of a ledger account and their 双密码 approvals. Above the account's threshold a payment posts once two
 * people in two roles named on the account approved; asking is the asker's approval. A refusal gives its reason.
 */
@RestController
@RequestMapping("/api/v1/ledger/payments")
class PaymentApiController {

    private final PaymentService payments;

    PaymentApiController(PaymentService payments) {
        this.payments = payments;
    }

    record Items(List<PaymentView> items) {
    }

    record Approval(String role) {
    }

    record Refusal(String reason) {
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.CREATE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PaymentView> ask(@RequestBody PaymentService.Ask ask, CurrentUser user) {
        PaymentView payment = payments.ask(user, ask);
        return ResponseEntity.created(URI.create("/api/v1/ledger/payments/" + payment.id())).body(payment);
    }

    /** One account's payments ({@code account}), or those of every account the caller keeps or oversees. */
    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.READ)
    @GetMapping
    Items list(@RequestParam(required = false) Long account, @RequestParam(required = false) String state,
               @RequestParam(defaultValue = "50") int limit, CurrentUser user) {
        return new Items(payments.list(user, account, state, limit));
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.READ)
    @GetMapping("/{id}")
    PaymentView one(@PathVariable long id, CurrentUser user) {
        return payments.find(user, id);
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.ACT)
    @PostMapping("/{id}/approve")
    PaymentView approve(@PathVariable long id, @RequestBody(required = false) Approval approval, CurrentUser user) {
        return payments.approve(user, id, approval == null ? null : approval.role());
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.ACT)
    @PostMapping(path = "/{id}/refuse", consumes = MediaType.APPLICATION_JSON_VALUE)
    PaymentView refuse(@PathVariable long id, @RequestBody Refusal refusal, CurrentUser user) {
        return payments.refuse(user, id, refusal.reason());
    }
}

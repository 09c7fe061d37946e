package org.jiceng.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.payment.PaymentDesk;
import org.jiceng.ledger.internal.payment.PaymentService;
import org.jiceng.ledger.internal.payment.PaymentView;
import org.jiceng.PageSteps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 双密码 pages, made for a phone: the payments waiting for the person's approval (one tap to approve, a reason to
 * refuse), a payment with its receipt, and the form a bookkeeper asks to pay with, the receipt attached.
 */
@Controller
class PaymentPageController {

    private final PaymentService payments;
    private final PaymentDesk desk;
    private final LedgerAccess access;

    PaymentPageController(PaymentService payments, PaymentDesk desk, LedgerAccess access) {
        this.payments = payments;
        this.desk = desk;
        this.access = access;
    }

    /** The form as typed: one subject line; the API takes several. */
    record PaymentForm(Long accountId, String amount, String payee, String purpose, String payFrom, String subject,
                       Boolean publicAsIs) {
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.READ)
    @GetMapping("/ledger/payments")
    String list(CurrentUser user, Model model) {
        List<PaymentView> pending = payments.list(user, null, "PENDING", 100);
        model.addAttribute("waiting", pending.stream().filter(p -> payments.mayApprove(user, p)).toList());
        model.addAttribute("others", pending.stream().filter(p -> !payments.mayApprove(user, p)).toList());
        model.addAttribute("recent", payments.list(user, null, null, 20).stream()
                .filter(p -> !p.state().equals("PENDING")).toList());
        model.addAttribute("mayAsk", !desk.bookAccounts(user).isEmpty());
        return "ledger/payment/list";
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.READ)
    @GetMapping("/ledger/payments/{id}")
    String one(@PathVariable long id, CurrentUser user, Model model) {
        PaymentView payment = payments.find(user, id);
        model.addAttribute("payment", payment);
        model.addAttribute("mayApprove", payments.mayApprove(user, payment));
        model.addAttribute("mayRefuse", payments.mayRefuse(user, payment));
        // the original receipt is the keepers' and oversight's; the town's staff see what the residents see
        model.addAttribute("voucherPath", access.account(payment.accountId())
                .filter(a -> access.allows(user, Resource.VOUCHER, Action.READ, a)).isPresent()
                ? "/api/v1/ledger/vouchers/" + payment.voucherId() : "/api/v1/ledger/vouchers/" + payment.voucherId() + "/public");
        return "ledger/payment/one";
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.ACT)
    @PostMapping("/ledger/payments/{id}/approve")
    String approve(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        PageSteps.attempt(redirect, () -> {
            PaymentView payment = payments.approve(user, id, null);
            return payment.state().equals("POSTED")
                    ? "已签批：双密码齐全，支付已记入账本第 " + payment.entrySeq() + " 笔分录" : "已签批，等待另一方签批";
        });
        return "redirect:/ledger/payments/" + id;
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.ACT)
    @PostMapping("/ledger/payments/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, CurrentUser user,
                  RedirectAttributes redirect) {
        PageSteps.attempt(redirect, () -> {
            payments.refuse(user, id, reason);
            return "已拒绝这笔支付";
        });
        return "redirect:/ledger/payments/" + id;
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.CREATE)
    @GetMapping("/ledger/payments/new")
    String form(@RequestParam(required = false) Long account, CurrentUser user, Model model) {
        model.addAttribute("form", new PaymentForm(account, null, null, null, null, null, false));
        return form(user, model);
    }

    @Guard(resource = Resource.LEDGER_PAYMENT, action = Action.CREATE)
    @PostMapping("/ledger/payments/new")
    String ask(@ModelAttribute("form") PaymentForm form, BindingResult result,
               @RequestParam(required = false) MultipartFile file, CurrentUser user, Model model,
               HttpServletResponse response) throws IOException {
        try {
            PaymentView payment = desk.askWithReceipt(user, new PaymentService.Ask(form.accountId(), form.amount(),
                            form.payee(), form.purpose(), form.payFrom(),
                            List.of(new PaymentService.AskLine(form.subject(), form.amount())), null, null),
                    file == null || file.isEmpty() ? null : file.getBytes(), Boolean.TRUE.equals(form.publicAsIs()));
            return "redirect:/ledger/payments/" + payment.id();
        } catch (BadInputException | ConflictException refused) {
            FormErrors.reject(result, refused, field -> field.startsWith("lines[") && field.endsWith(".subject")
                    ? "subject" : field.startsWith("lines") ? "amount" : field);
        }
        response.setStatus(400);
        return form(user, model);
    }

    private String form(CurrentUser user, Model model) {
        List<PaymentDesk.BookAccount> accounts = desk.bookAccounts(user);
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, Map<String, String>> subjects = new LinkedHashMap<>();
        for (PaymentDesk.BookAccount account : accounts) {
            choices.put(String.valueOf(account.id()), account.name() + "（限额 " + account.thresholdYuan() + " 元）");
            Map<String, String> codes = new LinkedHashMap<>();
            account.subjects().forEach(s -> codes.put(s.code(), s.code() + " " + s.name()));
            subjects.put(account.name(), codes);
        }
        model.addAttribute("accounts", accounts);
        model.addAttribute("accountChoices", choices);
        model.addAttribute("subjectGroups", subjects);
        return "ledger/payment/new";
    }
}

package org.jiceng.ledger.internal.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Fen;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.jiceng.ledger.internal.voucher.VoucherService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments out of a ledger account (支出). A bookkeeper named on the account asks, with the receipt; at or below
 * the account's threshold the payment posts to the journal at once, above it once {@link TwoKeyRule} is met. Each
 * approval and the posting it completes are one transaction under the payment's row lock, and the change of state
 * is guarded by its version: a payment posts once, however many approve at the same moment.
 */
@Service
public class PaymentService {

    /** What a bookkeeper asks to pay; amounts in yuan as typed ("1234.56"). */
    public record Ask(Long accountId, String amount, String payee, String purpose, String payFrom, List<AskLine> lines,
                      Long voucherId, String role) {
    }

    /** A subject the payment debits and how much of the amount goes to it. */
    public record AskLine(String subject, String amount) {
    }

    static final int MAX_LIMIT = 200;

    private final PaymentRepository payments;
    private final LedgerAccess access;
    private final VoucherService vouchers;
    private final Journal journal;
    private final JdbcClient jdbc;
    private final Clock clock;

    PaymentService(PaymentRepository payments, LedgerAccess access, VoucherService vouchers, Journal journal,
                   JdbcClient jdbc, Clock clock) {
        this.payments = payments;
        this.access = access;
        this.vouchers = vouchers;
        this.journal = journal;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public PaymentView ask(CurrentUser user, Ask ask) {
        if (ask.accountId() == null) {
            throw new BadInputException("accountId", "请选择账本");
        }
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_PAYMENT, Action.CREATE, ask.accountId());
        long amount = Fen.parse("amount", ask.amount());
        if (amount <= 0) {
            throw new BadInputException("amount", "支付金额须大于 0");
        }
        String payee = text("payee", ask.payee(), "收款人", 100);
        String purpose = text("purpose", ask.purpose(), "用途", 200);
        String payFrom = text("payFrom", ask.payFrom(), "付款科目", 20);
        List<PaymentView.Line> lines = lines(ask.lines(), amount, payFrom);
        checkSubjects(account, payFrom, lines);
        if (ask.voucherId() == null) {
            throw new BadInputException("voucherId", "每笔支出都要附凭证：请上传发票或收据");
        }
        vouchers.ofAccount(ask.voucherId(), account.id());
        Keeper asker = keeperRole(user, account.id(), ask.role(), true, List.of());
        long threshold = jdbc.sql("select approval_threshold from ledger.account where id = :id")
                .param("id", account.id()).query(Long.class).single();
        Instant now = now();
        long id;
        try {
            id = payments.insert(new PaymentRepository.Asked(account.id(), account.county(), account.territoryCode(),
                    amount, payee, purpose, payFrom, ask.voucherId(), threshold, user.id(), asker.role(), asker.name(),
                    now, lines));
        } catch (org.springframework.dao.DuplicateKeyException usedAlready) {
            throw new ConflictException("这张凭证已用于另一笔支付；一张凭证只证明一笔支出");
        }
        payments.approve(id, account.county(), user.id(), asker.role(), asker.name(), now);
        PaymentView payment = payments.find(id).orElseThrow();
        if (!payment.needsTwoKeys()) {
            return post(payment, user, now);
        }
        return payment;
    }

    /** Approves in the person's role on the account; the second approval of two people in two roles posts it. */
    @Transactional
    public PaymentView approve(CurrentUser user, long id, String role) {
        PaymentView payment = locked(user, id);
        List<TwoKeyRule.Approval> given = given(payment);
        Keeper approver = keeperRole(user, payment.accountId(), role, false, given);
        TwoKeyRule.refusal(given, user.id(), approver.role()).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        Instant now = now();
        payments.approve(id, payments.county(id), user.id(), approver.role(), approver.name(), now);
        given = new ArrayList<>(given);
        given.add(new TwoKeyRule.Approval(user.id(), approver.role()));
        PaymentView approved = payments.find(id).orElseThrow();
        return TwoKeyRule.complete(given) ? post(approved, user, now) : approved;
    }

    /** Refuses the payment with its reason: it ends there (the asker may withdraw it the same way). */
    @Transactional
    public PaymentView refuse(CurrentUser user, long id, String reason) {
        PaymentView payment = locked(user, id);
        keeperRole(user, payment.accountId(), null, false, List.of());
        String why = text("reason", reason, "拒绝的理由", 500);
        if (!payments.decide(id, payments.county(id), payment.version(), "REFUSED", null, why, user.id(), now())) {
            throw new ConflictException("这笔支付刚被他人处理过，请刷新后再看");
        }
        return payments.find(id).orElseThrow();
    }

    public PaymentView find(CurrentUser user, long id) {
        PaymentView payment = payments.find(id).orElseThrow(() -> new NotFoundException("支付 " + id + " 不存在"));
        requireOnAccount(user, payment, Action.READ);
        return payment;
    }

    /** One account's payments, or, without an account, those of the accounts the user keeps or oversees. */
    public List<PaymentView> list(CurrentUser user, Long accountId, String state, int limit) {
        if (state != null && !Set.of("PENDING", "POSTED", "REFUSED").contains(state)) {
            throw new BadInputException("state", "状态只能是 PENDING（待签批）、POSTED（已入账）或 REFUSED（已拒绝）");
        }
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        if (accountId != null) {
            access.require(user, Resource.LEDGER_PAYMENT, Action.READ, accountId);
            return payments.ofAccount(accountId, state, n);
        }
        return payments.visibleTo(user.id(), AccessPolicy.scope(user, Resource.LEDGER_PAYMENT, Action.READ),
                Beijing.today(clock), state, n);
    }

    /** Whether the user could approve the pending payment now: named on its account in a role not yet used. */
    public boolean mayApprove(CurrentUser user, PaymentView payment) {
        if (!payment.state().equals("PENDING") || payment.approvedBy(user.id())) {
            return false;
        }
        List<TwoKeyRule.Approval> given = given(payment);
        return keeperRoles(user, payment.accountId()).stream()
                .anyMatch(k -> TwoKeyRule.refusal(given, user.id(), k.role()).isEmpty());
    }

    public boolean mayRefuse(CurrentUser user, PaymentView payment) {
        return payment.state().equals("PENDING") && !keeperRoles(user, payment.accountId()).isEmpty();
    }

    private PaymentView post(PaymentView payment, CurrentUser user, Instant now) {
        List<NewEntry.Line> lines = new ArrayList<>();
        payment.lines().forEach(l -> lines.add(NewEntry.Line.debit(l.subject(), l.amountFen())));
        lines.add(NewEntry.Line.credit(payment.payFrom(), payment.amountFen()));
        String memo = "支付" + payment.payee() + "：" + payment.purpose() + "（支付单 " + payment.id() + "）";
        Journal.Posted posted = journal.post(payment.accountId(),
                NewEntry.of(Beijing.today(clock), memo, lines).withVoucher(payment.voucherId()), user.id());
        if (!payments.decide(payment.id(), payments.county(payment.id()), payment.version(), "POSTED", posted.seq(),
                null, user.id(), now)) {
            throw new ConflictException("这笔支付刚被他人处理过，请刷新后再看");
        }
        return payments.find(payment.id()).orElseThrow();
    }

    private PaymentView locked(CurrentUser user, long id) {
        PaymentView payment = payments.lock(id).orElseThrow(() -> new NotFoundException("支付 " + id + " 不存在"));
        requireOnAccount(user, payment, Action.ACT);
        if (!payment.state().equals("PENDING")) {
            throw new ConflictException("这笔支付已经" + payment.stateLabel() + "，不能再签批或拒绝");
        }
        return payment;
    }

    private void requireOnAccount(CurrentUser user, PaymentView payment, Action action) {
        try {
            access.require(user, Resource.LEDGER_PAYMENT, action, payment.accountId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("支付 " + payment.id() + " 不存在");
        }
    }

    private static List<TwoKeyRule.Approval> given(PaymentView payment) {
        return payment.approvals().stream()
                .map(a -> new TwoKeyRule.Approval(a.userId(), KeeperRole.valueOf(a.role()))).toList();
    }

    record Keeper(KeeperRole role, String name) {
    }

    List<Keeper> keeperRoles(CurrentUser user, long accountId) {
        return jdbc.sql("""
                        select role, name from ledger.keeper where account_id = :account and user_id = :user
                          and since <= :today and (until is null or until >= :today) order by role""")
                .param("account", accountId).param("user", user.id()).param("today", Beijing.today(clock))
                .query((rs, n) -> new Keeper(KeeperRole.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    /**
     * The role the user acts in: the one named, else their only fitting role on the account. Asking needs a
     * bookkeeping role; approving, a role no approval has used yet.
     */
    private Keeper keeperRole(CurrentUser user, long accountId, String named, boolean asking,
                              List<TwoKeyRule.Approval> given) {
        List<Keeper> roles = keeperRoles(user, accountId).stream().filter(k -> !asking || k.role().keepsBooks()).toList();
        if (roles.isEmpty()) {
            throw new ForbiddenException(asking ? "您不是这个账本的记账人，不能提出支付"
                    : "您不是这个账本的经管人，不能签批或拒绝它的支付");
        }
        if (named != null && !named.isBlank()) {
            return roles.stream().filter(k -> k.role().name().equals(named)).findFirst()
                    .orElseThrow(() -> new BadInputException("role", "您在这个账本上没有这个身份"));
        }
        Set<KeeperRole> used = new LinkedHashSet<>(given.stream().map(TwoKeyRule.Approval::role).toList());
        List<Keeper> open = roles.stream().filter(k -> !used.contains(k.role())).toList();
        if (open.size() > 1) {
            throw new BadInputException("role", "您在这个账本上有多个身份，请选择以哪个身份办理");
        }
        return open.isEmpty() ? roles.getFirst() : open.getFirst();
    }

    private static List<PaymentView.Line> lines(List<AskLine> asked, long amount, String payFrom) {
        if (asked == null || asked.isEmpty()) {
            throw new BadInputException("lines", "请填写支出科目");
        }
        if (asked.size() > 20) {
            throw new BadInputException("lines", "一笔支付最多分 20 个科目");
        }
        List<PaymentView.Line> lines = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < asked.size(); i++) {
            AskLine line = asked.get(i);
            String field = "lines[" + i + "]";
            String subject = text(field + ".subject", line == null ? null : line.subject(), "支出科目", 20);
            if (subject.equals(payFrom)) {
                throw new BadInputException(field + ".subject", "支出科目不能与付款科目相同");
            }
            long fen = Fen.parse(field + ".amount", line.amount());
            if (fen <= 0) {
                throw new BadInputException(field + ".amount", "每个科目的金额须大于 0");
            }
            sum = Math.addExact(sum, fen);
            lines.add(new PaymentView.Line(subject, fen));
        }
        if (sum != amount) {
            throw new BadInputException("lines", "各科目金额合计 " + Fen.yuan(sum) + " 元，与支付金额 " + Fen.yuan(amount)
                    + " 元不符");
        }
        return lines;
    }

    private void checkSubjects(LedgerAccess.Account account, String payFrom, List<PaymentView.Line> lines) {
        Set<String> named = new LinkedHashSet<>();
        named.add(payFrom);
        lines.forEach(l -> named.add(l.subject()));
        List<String> known = jdbc.sql("""
                        select code from ledger.subject where account_id = :account and county = :county and code in (:codes)""")
                .param("account", account.id()).param("county", account.county()).param("codes", named)
                .query(String.class).list();
        named.removeAll(known);
        if (!named.isEmpty()) {
            throw new BadInputException(named.contains(payFrom) ? "payFrom" : "lines",
                    "本账本没有这些科目：" + String.join("、", named));
        }
    }

    private static String text(String field, String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field, "请填写" + what);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BadInputException(field, what + "不能超过 " + max + " 个字");
        }
        return stripped;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

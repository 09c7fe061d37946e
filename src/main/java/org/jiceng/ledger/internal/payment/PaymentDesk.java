package org.jiceng.ledger.internal.payment;

import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.ledger.internal.voucher.VoucherService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the payment pages need beyond the API: the accounts a person keeps books on, and asking with the receipt. */
@Service
public class PaymentDesk {

    /** An account the person may ask to pay from, with its subjects. */
    public record BookAccount(long id, String name, String thresholdYuan, List<Subject> subjects) {
    }

    public record Subject(String code, String name, String kind) {
    }

    private final JdbcClient jdbc;
    private final PaymentService payments;
    private final VoucherService vouchers;
    private final java.time.Clock clock;

    PaymentDesk(JdbcClient jdbc, PaymentService payments, VoucherService vouchers, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.vouchers = vouchers;
        this.clock = clock;
    }

    /** The accounts on which the person is named today in a bookkeeping role. */
    public List<BookAccount> bookAccounts(CurrentUser user) {
        List<Object[]> accounts = jdbc.sql("""
                        select distinct a.id, a.name, a.approval_threshold from ledger.account a
                        join ledger.keeper k on k.account_id = a.id and k.county = a.county
                        where k.user_id = :user and k.role in ('OWNERS_COMMITTEE', 'PROPERTY_COMPANY', 'VILLAGE_COMMITTEE')
                          and k.since <= :today and (k.until is null or k.until >= :today)
                        order by a.id""")
                .param("user", user.id()).param("today", Beijing.today(clock))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list();
        return accounts.stream().map(a -> new BookAccount((Long) a[0], (String) a[1], org.jiceng.Fen.yuan((Long) a[2]),
                jdbc.sql("select code, name, kind from ledger.subject where account_id = :id order by code")
                        .param("id", a[0]).query((rs, n) -> new Subject(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list())).toList();
    }

    /** Uploads the receipt and asks to pay with it, together: a refused payment leaves no receipt behind. */
    @Transactional
    public PaymentView askWithReceipt(CurrentUser user, PaymentService.Ask ask, byte[] receipt, boolean publicAsIs) {
        if (ask.accountId() == null) {
            throw new org.jiceng.BadInputException("accountId", "请选择账本");
        }
        long voucher = vouchers.upload(user, ask.accountId(), receipt, publicAsIs).id();
        return payments.ask(user, new PaymentService.Ask(ask.accountId(), ask.amount(), ask.payee(), ask.purpose(),
                ask.payFrom(), ask.lines(), voucher, ask.role()));
    }
}

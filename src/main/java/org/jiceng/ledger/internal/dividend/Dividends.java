package org.jiceng.ledger.internal.dividend;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Text;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dividends of a village collective (量化入股分红): the distributable total split by shares with
 * {@link LargestRemainder}, posted as one journal entry (debit the distributable subject, credit the payable one),
 * and the list of holders' parts kept beside it, public to the village's residents. Holders' names are shown in
 * full to those who keep or oversee the account and masked (张*) to everyone else.
 */
@Service
public class Dividends {

    static final int MAX_HOLDERS = 20_000;

    public record NewDividend(String title, String declaredOn, String total, String debitSubject, String creditSubject,
                              List<Holder> holders) {
    }

    public record Holder(String name, Long shares) {
    }

    public record Part(int no, String holder, long shares, long amount, String amountYuan) {
    }

    public record DividendView(long id, long accountId, String title, LocalDate declaredOn, long total, String totalYuan,
                               long shares, long entrySeq, int holderCount, List<Part> parts) {
    }

    private final JdbcClient jdbc;
    private final LedgerAccess access;
    private final Journal journal;
    private final Clock clock;

    Dividends(JdbcClient jdbc, LedgerAccess access, Journal journal, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public DividendView declare(CurrentUser user, long accountId, NewDividend d) {
        access.require(user, Resource.DIVIDEND, Action.CREATE, accountId);
        return find(user, record(user.id(), accountId, d));
    }

    /** Checks, posts and keeps a distribution by {@code userId}; whether they may is the caller's to check. */
    @Transactional
    public long record(long userId, long accountId, NewDividend d) {
        LedgerAccess.Account account = access.account(accountId)
                .orElseThrow(() -> new NotFoundException("账本 " + accountId + " 不存在"));
        String kind = jdbc.sql("select kind from ledger.account where id = :id").param("id", accountId)
                .query(String.class).single();
        if (!kind.startsWith("COLLECTIVE_")) {
            throw new ConflictException("只有村(社区)集体经济的账本才能做量化入股分红");
        }
        String title = text(d.title(), "title", "分红名称", 100);
        LocalDate declaredOn = date(d.declaredOn());
        long total = Fen.parse("total", d.total());
        if (total == 0) {
            throw new BadInputException("total", "可分配总额须大于 0");
        }
        String debit = text(d.debitSubject(), "debitSubject", "借方科目（可分配收益）", 20);
        String credit = text(d.creditSubject(), "creditSubject", "贷方科目（应付股利）", 20);
        List<Holder> holders = d.holders() == null ? List.of() : d.holders();
        if (holders.isEmpty() || holders.size() > MAX_HOLDERS) {
            throw new BadInputException("holders", "请列出持股人（1 至 " + MAX_HOLDERS + " 位）");
        }
        long[] shares = new long[holders.size()];
        List<String> names = new ArrayList<>();
        long allShares = 0;
        for (int i = 0; i < holders.size(); i++) {
            Holder h = holders.get(i);
            names.add(text(h == null ? null : h.name(), "holders", "第 " + (i + 1) + " 位持股人的姓名", 60));
            if (h.shares() == null || h.shares() <= 0 || h.shares() > 1_000_000_000L) {
                throw new BadInputException("holders", "第 " + (i + 1) + " 位持股人的股数须为正整数");
            }
            shares[i] = h.shares();
            allShares += h.shares();
        }
        long[] parts = LargestRemainder.split(total, shares);
        Journal.Posted posted = journal.post(accountId, NewEntry.of(declaredOn, "量化入股分红：" + title,
                List.of(NewEntry.Line.debit(debit, total), NewEntry.Line.credit(credit, total))), userId);
        long id = jdbc.sql("""
                        insert into ledger.dividend (account_id, county, title, declared_on, total, shares, entry_seq,
                                                     created_by, created_at)
                        values (:account, :county, :title, :on, :total, :shares, :seq, :by, :at) returning id""")
                .param("account", accountId).param("county", account.county()).param("title", title)
                .param("on", declaredOn).param("total", total).param("shares", allShares).param("seq", posted.seq())
                .param("by", userId).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        for (int i = 0; i < parts.length; i++) {
            jdbc.sql("""
                            insert into ledger.dividend_share (dividend_id, county, holder_no, holder, shares, amount)
                            values (:id, :county, :no, :holder, :shares, :amount)""")
                    .param("id", id).param("county", account.county()).param("no", i + 1).param("holder", names.get(i))
                    .param("shares", shares[i]).param("amount", parts[i]).update();
        }
        return id;
    }

    public DividendView find(CurrentUser user, long id) {
        Long accountId = jdbc.sql("select account_id from ledger.dividend where id = :id").param("id", id)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("分红 " + id + " 不存在"));
        LedgerAccess.Account account = access.require(user, Resource.DIVIDEND, Action.READ, accountId);
        boolean full = fullNames(user, account);
        List<Part> parts = jdbc.sql("""
                        select holder_no, holder, shares, amount from ledger.dividend_share
                        where dividend_id = :id and county = :county order by holder_no""")
                .param("id", id).param("county", account.county())
                .query((rs, n) -> new Part(rs.getInt(1), full ? rs.getString(2) : masked(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4), Fen.yuan(rs.getLong(4)))).list();
        return header(id, account.county(), parts);
    }

    /** The account's distributions, newest first, without their parts. */
    public List<DividendView> list(CurrentUser user, long accountId) {
        LedgerAccess.Account account = access.require(user, Resource.DIVIDEND, Action.READ, accountId);
        List<Long> ids = jdbc.sql("""
                        select id from ledger.dividend where account_id = :account and county = :county
                        order by declared_on desc, id desc limit 200""")
                .param("account", accountId).param("county", account.county()).query(Long.class).list();
        return ids.stream().map(id -> header(id, account.county(), List.of())).toList();
    }

    private DividendView header(long id, String county, List<Part> parts) {
        return jdbc.sql("""
                        select d.id, d.account_id, d.title, d.declared_on, d.total, d.shares, d.entry_seq,
                               (select count(*) from ledger.dividend_share s where s.dividend_id = d.id and s.county = d.county)
                        from ledger.dividend d where d.id = :id and d.county = :county""")
                .param("id", id).param("county", county)
                .query((rs, n) -> new DividendView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), Fen.yuan(rs.getLong(5)), rs.getLong(6),
                        rs.getLong(7), rs.getInt(8), parts)).single();
    }

    private boolean fullNames(CurrentUser user, LedgerAccess.Account account) {
        return access.isKeeper(user, account.id()) || !user.hasAny(org.jiceng.Role.RESIDENT, org.jiceng.Role.HOUSEHOLD_CHIEF)
                || user.grants().stream().anyMatch(g -> g.role() != org.jiceng.Role.RESIDENT
                && g.role() != org.jiceng.Role.HOUSEHOLD_CHIEF);
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the surname tells a neighbour enough to find their line. */
    static String masked(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    static String text(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field, "请填写" + label);
        }
        if (Text.length(value.strip()) > max) {
            throw new BadInputException(field, label + "最多 " + max + " 个字");
        }
        return value.strip();
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException("declaredOn", "请填写分红日期");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("declaredOn", "日期须为“年-月-日”格式，例如 2026-12-01");
        }
    }
}

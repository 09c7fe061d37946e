package org.jiceng.ledger.internal.statement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.LedgerAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates and reads the monthly statements. A statement is fixed by the chain's head when it was generated
 * ({@code through_seq}) and by the previous statement's ({@code after_seq}, {@code after_month}): it lists every
 * entry up to that head dated before the month's end that the previous one did not, so each entry appears on
 * exactly one statement, opening balances are the previous closing ones, and the sheet reads the same whatever is
 * posted later. Statements are generated in month order; a month before the latest one is not generated again.
 */
@Service
public class Statements {

    static final String VOUCHER_LINK = "/api/v1/ledger/vouchers/%d/public";

    private final JdbcClient jdbc;
    private final LedgerAccess access;
    private final Clock clock;

    Statements(JdbcClient jdbc, LedgerAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public StatementView generate(CurrentUser user, long accountId, String monthText) {
        access.require(user, Resource.LEDGER_STATEMENT, Action.CREATE, accountId);
        YearMonth month = month(monthText);
        generate(accountId, month, user.id());
        return read(accountId, month).orElseThrow();
    }

    /** Generates the month's statement of the account; false when it exists already. The month must be over. */
    @Transactional
    public boolean generate(long accountId, YearMonth month, Long by) {
        if (!Beijing.today(clock).isAfter(month.atEndOfMonth())) {
            throw new ConflictException(month + " 尚未结束，月度公示在下月第一个工作日生成");
        }
        String county = jdbc.sql("select county from ledger.account where id = :a for update").param("a", accountId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("账本 " + accountId + " 不存在"));
        record Previous(String month, long through) {
        }
        List<Previous> later = jdbc.sql("""
                        select month, through_seq from ledger.statement where account_id = :a and county = :c
                        and month >= :m order by month desc limit 1""")
                .param("a", accountId).param("c", county).param("m", month.toString())
                .query((rs, n) -> new Previous(rs.getString(1), rs.getLong(2))).list();
        if (!later.isEmpty()) {
            if (later.getFirst().month().equals(month.toString())) {
                return false;
            }
            throw new ConflictException("已生成 " + later.getFirst().month() + " 的月度公示，不能再补生成更早的月份");
        }
        Optional<Previous> previous = jdbc.sql("""
                        select month, through_seq from ledger.statement where account_id = :a and county = :c
                        order by month desc limit 1""")
                .param("a", accountId).param("c", county)
                .query((rs, n) -> new Previous(rs.getString(1), rs.getLong(2))).optional();
        long head = jdbc.sql("select head_seq from ledger.account where id = :a and county = :c")
                .param("a", accountId).param("c", county).query(Long.class).single();
        jdbc.sql("""
                        insert into ledger.statement (account_id, county, month, through_seq, after_seq, after_month,
                                                      generated_at, generated_by)
                        values (:a, :c, :m, :through, :after, :afterMonth, :at, :by)""")
                .param("a", accountId).param("c", county).param("m", month.toString()).param("through", head)
                .param("after", previous.map(Previous::through).orElse(0L))
                .param("afterMonth", previous.map(Previous::month).orElse(null))
                .param("at", Timestamp.from(clock.instant())).param("by", by).update();
        return true;
    }

    public StatementView view(CurrentUser user, long accountId, String monthText) {
        access.require(user, Resource.LEDGER_STATEMENT, Action.READ, accountId);
        YearMonth month = month(monthText);
        return read(accountId, month).orElseThrow(() -> new NotFoundException(month + " 的月度公示尚未生成"));
    }

    /** The months whose statements the account has, newest first. */
    public List<String> months(long accountId) {
        return jdbc.sql("select month from ledger.statement where account_id = :a order by month desc limit 120")
                .param("a", accountId).query(String.class).list();
    }

    Optional<StatementView> read(long accountId, YearMonth month) {
        record Stored(String county, String name, String kind, String territory, long through, long after,
                      String afterMonth, OffsetDateTime at) {
        }
        Optional<Stored> stored = jdbc.sql("""
                        select a.county, a.name, a.kind, a.territory_code, s.through_seq, s.after_seq, s.after_month,
                               s.generated_at
                        from ledger.statement s join ledger.account a on a.id = s.account_id and a.county = s.county
                        where s.account_id = :a and s.month = :m""")
                .param("a", accountId).param("m", month.toString())
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class))).optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Stored s = stored.get();
        LocalDate end = month.plusMonths(1).atDay(1);
        LocalDate afterEnd = s.afterMonth() == null ? LocalDate.of(1, 1, 1)
                : YearMonth.parse(s.afterMonth()).plusMonths(1).atDay(1);
        Map<String, String[]> subjects = new LinkedHashMap<>();
        jdbc.sql("select code, name, kind from ledger.subject where account_id = :a and county = :c order by code")
                .param("a", accountId).param("c", s.county())
                .query((rs, n) -> subjects.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)})).list();
        Map<String, long[]> sums = new LinkedHashMap<>();
        subjects.keySet().forEach(code -> sums.put(code, new long[3]));
        jdbc.sql("""
                        select p.subject, sum(p.debit) - sum(p.credit)
                        from ledger.entry e join ledger.posting p
                          on p.account_id = e.account_id and p.county = e.county and p.seq = e.seq
                        where e.account_id = :a and e.county = :c and e.seq <= :after and e.entry_date < :afterEnd
                        group by p.subject""")
                .param("a", accountId).param("c", s.county()).param("after", s.after()).param("afterEnd", afterEnd)
                .query((rs, n) -> sums.get(rs.getString(1))[0] = rs.getLong(2)).list();
        List<StatementView.Line> lines = new ArrayList<>();
        record Row(long seq, LocalDate date, String memo, Long reverses, Long voucher, String hash, String subject,
                   long debit, long credit) {
        }
        List<Row> rows = jdbc.sql("""
                        select e.seq, e.entry_date, e.memo, e.reverses_seq, e.voucher_id, e.hash, p.subject, p.debit, p.credit
                        from ledger.entry e join ledger.posting p
                          on p.account_id = e.account_id and p.county = e.county and p.seq = e.seq
                        where e.account_id = :a and e.county = :c and e.seq <= :through and e.entry_date < :end
                          and not (e.seq <= :after and e.entry_date < :afterEnd)
                        order by e.seq, p.line""")
                .param("a", accountId).param("c", s.county()).param("through", s.through()).param("end", end)
                .param("after", s.after()).param("afterEnd", afterEnd)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                        rs.getLong(9))).list();
        long debitTotal = 0;
        long creditTotal = 0;
        List<StatementView.Posting> postings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String[] subject = subjects.get(r.subject());
            postings.add(new StatementView.Posting(r.subject(), subject[0], r.debit(), r.credit(), Fen.yuan(r.debit()),
                    Fen.yuan(r.credit())));
            long[] sum = sums.get(r.subject());
            sum[1] += r.debit();
            sum[2] += r.credit();
            debitTotal += r.debit();
            creditTotal += r.credit();
            if (i == rows.size() - 1 || rows.get(i + 1).seq() != r.seq()) {
                long entryDebit = postings.stream().mapToLong(StatementView.Posting::debit).sum();
                lines.add(new StatementView.Line(r.seq(), r.date(), r.memo(), r.reverses(), r.voucher(),
                        r.voucher() == null ? null : VOUCHER_LINK.formatted(r.voucher()), r.date().isBefore(month.atDay(1)),
                        entryDebit, Fen.yuan(entryDebit), r.hash(), List.copyOf(postings)));
                postings.clear();
            }
        }
        List<StatementView.Balance> balances = new ArrayList<>();
        sums.forEach((code, sum) -> {
            if (sum[0] == 0 && sum[1] == 0 && sum[2] == 0) {
                return;
            }
            String kind = subjects.get(code)[1];
            int sign = kind.equals("ASSET") || kind.equals("EXPENSE") ? 1 : -1;
            long opening = sign * sum[0];
            long closing = sign * (sum[0] + sum[1] - sum[2]);
            balances.add(new StatementView.Balance(code, subjects.get(code)[0], kind, opening, sum[1], sum[2], closing,
                    Fen.yuan(opening), Fen.yuan(sum[1]), Fen.yuan(sum[2]), Fen.yuan(closing)));
        });
        long headSeq = lines.isEmpty() ? s.through() : lines.getLast().seq();
        String headHash = lines.isEmpty() ? hashOf(accountId, s.county(), s.through()) : lines.getLast().hash();
        return Optional.of(new StatementView(accountId, s.name(), s.kind(), s.territory(), month.toString(),
                Beijing.shown(s.at()), s.through(), headSeq, headHash, balances, lines, debitTotal, creditTotal,
                Fen.yuan(debitTotal), Fen.yuan(creditTotal)));
    }

    private String hashOf(long accountId, String county, long seq) {
        return jdbc.sql("select hash from ledger.entry where account_id = :a and county = :c and seq = :s")
                .param("a", accountId).param("c", county).param("s", seq).query(String.class).optional()
                .orElse("0".repeat(64));
    }

    static YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text == null ? "" : text.strip());
            if (month.getYear() >= 2000 && month.getYear() <= 2999) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new BadInputException("month", "月份须为“年-月”格式，例如 2026-11");
    }
}

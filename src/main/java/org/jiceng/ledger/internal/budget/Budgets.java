package org.jiceng.ledger.internal.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.Resource;
import org.jiceng.Text;
import org.jiceng.ledger.internal.LedgerAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets against actuals (年初预算, 年终结算) of one account and year, by subject. The actual of a subject is
 * summed from the year's postings on its natural side (debit for assets and expenses, credit for the rest); the
 * variance is actual minus budget in fen, and the execution rate actual / budget is kept as an exact fraction,
 * shown as a percentage rounded half-up to one decimal for display only.
 */
@Service
public class Budgets {

    public record LineInput(String subject, String amount, String note) {
    }

    public record Line(String subject, String subjectName, String kind, Long budget, String budgetYuan, long actual,
                       String actualYuan, Long variance, String varianceYuan, Long rateNumerator, Long rateDenominator,
                       String rate, String note) {
    }

    public record BudgetView(long accountId, int year, boolean settled, String stage, long budgetTotal,
                             String budgetTotalYuan, List<Line> lines) {
    }

    private final JdbcClient jdbc;
    private final LedgerAccess access;
    private final Clock clock;

    Budgets(JdbcClient jdbc, LedgerAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public BudgetView of(CurrentUser user, long accountId, String yearText) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_BUDGET, Action.READ, accountId);
        int year = year(yearText);
        record Subject(String code, String name, String kind) {
        }
        Map<String, Subject> subjects = new LinkedHashMap<>();
        jdbc.sql("select code, name, kind from ledger.subject where account_id = :a and county = :c order by code")
                .param("a", accountId).param("c", account.county())
                .query((rs, n) -> subjects.put(rs.getString(1), new Subject(rs.getString(1), rs.getString(2), rs.getString(3))))
                .list();
        Map<String, long[]> budgets = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        jdbc.sql("select subject, amount, note from ledger.budget_line where account_id = :a and county = :c and year = :y")
                .param("a", accountId).param("c", account.county()).param("y", year)
                .query((rs, n) -> {
                    budgets.put(rs.getString(1), new long[]{rs.getLong(2)});
                    notes.put(rs.getString(1), rs.getString(3));
                    return null;
                }).list();
        Map<String, long[]> sums = new HashMap<>();
        jdbc.sql("""
                        select p.subject, sum(p.debit), sum(p.credit)
                        from ledger.entry e join ledger.posting p
                          on p.account_id = e.account_id and p.county = e.county and p.seq = e.seq
                        where e.account_id = :a and e.county = :c and e.entry_date >= :from and e.entry_date < :to
                        group by p.subject""")
                .param("a", accountId).param("c", account.county()).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> sums.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)})).list();
        List<Line> lines = new ArrayList<>();
        long budgetTotal = 0;
        for (Subject s : subjects.values()) {
            long[] budget = budgets.get(s.code());
            long[] sum = sums.getOrDefault(s.code(), new long[]{0, 0});
            if (budget == null && sum[0] == 0 && sum[1] == 0) {
                continue;
            }
            long actual = debitSide(s.kind()) ? sum[0] - sum[1] : sum[1] - sum[0];
            Long planned = budget == null ? null : budget[0];
            if (planned != null) {
                budgetTotal += planned;
            }
            Long variance = planned == null ? null : actual - planned;
            lines.add(new Line(s.code(), s.name(), s.kind(), planned, planned == null ? null : Fen.yuan(planned), actual,
                    Fen.yuan(actual), variance, variance == null ? null : Fen.yuan(variance),
                    planned == null || planned == 0 ? null : actual, planned == null || planned == 0 ? null : planned,
                    rate(actual, planned), notes.get(s.code())));
        }
        boolean settled = year < Beijing.today(clock).getYear();
        return new BudgetView(accountId, year, settled, settled ? "年终结算" : "年初预算与执行", budgetTotal,
                Fen.yuan(budgetTotal), lines);
    }

    /** Sets the year's budget of the named subjects (others keep theirs); all lines or none. */
    @Transactional
    public BudgetView set(CurrentUser user, long accountId, String yearText, List<LineInput> input) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_BUDGET, Action.UPDATE, accountId);
        int year = year(yearText);
        if (input == null || input.isEmpty() || input.size() > 500) {
            throw new BadInputException("lines", "请填写预算科目（1 至 500 行）");
        }
        List<String> known = jdbc.sql("select code from ledger.subject where account_id = :a and county = :c")
                .param("a", accountId).param("c", account.county()).query(String.class).list();
        for (int i = 0; i < input.size(); i++) {
            LineInput line = input.get(i);
            String subject = line == null || line.subject() == null ? "" : line.subject().strip();
            if (!known.contains(subject)) {
                throw new BadInputException("lines", "第 " + (i + 1) + " 行：本账本没有这个科目代码");
            }
            long amount = Fen.parse("lines", line.amount());
            String note = line.note() == null || line.note().isBlank() ? null : Text.check("note", line.note().strip(), 200);
            jdbc.sql("""
                            insert into ledger.budget_line (account_id, county, year, subject, amount, note, set_by, set_at)
                            values (:a, :c, :y, :s, :amount, :note, :by, :at)
                            on conflict (account_id, county, year, subject)
                            do update set amount = excluded.amount, note = excluded.note, set_by = excluded.set_by,
                                          set_at = excluded.set_at""")
                    .param("a", accountId).param("c", account.county()).param("y", year).param("s", subject)
                    .param("amount", amount).param("note", note).param("by", user.id())
                    .param("at", Timestamp.from(clock.instant())).update();
        }
        return of(user, accountId, String.valueOf(year));
    }

    static boolean debitSide(String kind) {
        return kind.equals("ASSET") || kind.equals("EXPENSE");
    }

    /** actual / budget as a percentage, one decimal, half-up; "—" without a budget to compare with. */
    static String rate(long actual, Long budget) {
        if (budget == null || budget == 0) {
            return "—";
        }
        return BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(budget), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static int year(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            if (year >= 2000 && year <= 2999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadInputException("year", "年度须为四位数字，例如 2026");
    }
}

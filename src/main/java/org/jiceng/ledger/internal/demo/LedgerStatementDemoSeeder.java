package org.jiceng.ledger.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.budget.Budgets;
import org.jiceng.ledger.internal.dividend.Dividends;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.jiceng.ledger.internal.statement.Statements;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the collective account of 堂琅社区 (kept by its committee and supervised by its 监委会) and one
 * of a village of 迤车镇, each — when it has no entries yet — with three months of entries, a dividend, and in
 * 堂琅 this year's budget, and the statements of the months already over, so the statement, budget and dividend pages
 * have something to show. Accounts made elsewhere are used when they exist.
 */
@Component
@Profile("!command")
@Order(82)
class LedgerStatementDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LedgerStatementDemoSeeder.class);
    static final String TANGLANG = "530326001001";
    static final String YICHE = "530326103";
    static final List<String[]> SUBJECTS = List.of(
            new String[]{"102", "银行存款", "ASSET"}, new String[]{"211", "应付款", "LIABILITY"},
            new String[]{"331", "收益分配", "EQUITY"}, new String[]{"511", "发包及上交收入", "INCOME"},
            new String[]{"522", "补助收入", "INCOME"}, new String[]{"541", "管理费用", "EXPENSE"},
            new String[]{"551", "其他支出", "EXPENSE"});

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final IdentityApi identity;
    private final TerritoryApi territory;
    private final Journal journal;
    private final Budgets budgets;
    private final Dividends dividends;
    private final Statements statements;
    private final Clock clock;

    LedgerStatementDemoSeeder(DatabaseMode mode, JdbcClient jdbc, IdentityApi identity, TerritoryApi territory,
                              Journal journal, Budgets budgets, Dividends dividends, Statements statements, Clock clock) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.identity = identity;
        this.territory = territory;
        this.journal = journal;
        this.budgets = budgets;
        this.dividends = dividends;
        this.statements = statements;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<CurrentUser> shequ = identity.findByUsername("shequ");
        Optional<CurrentUser> jianwei = identity.findByUsername("jianwei");
        Optional<CurrentUser> yiche = identity.findByUsername("yiche");
        if (!mode.demo() || shequ.isEmpty() || jianwei.isEmpty() || yiche.isEmpty()) {
            return;
        }
        long tanglang = account(TANGLANG, "堂琅社区集体资金", shequ.get().id());
        keeper(tanglang, shequ.get(), "VILLAGE_COMMITTEE");
        keeper(tanglang, jianwei.get(), "VILLAGE_SUPERVISOR");
        seed(tanglang, shequ.get(), true);
        List<DivisionView> villages = territory.children(YICHE, null, 1);
        if (!villages.isEmpty()) {
            DivisionView village = villages.getFirst();
            long foreign = account(village.code(), village.name() + "集体资金", yiche.get().id());
            keeper(foreign, yiche.get(), "TOWN_SUPERVISOR");
            seed(foreign, yiche.get(), false);
        }
    }

    private void seed(long account, CurrentUser by, boolean full) {
        subjects(account);
        long head = jdbc.sql("select head_seq from ledger.account where id = :a").param("a", account).query(Long.class).single();
        LocalDate today = Beijing.today(clock);
        YearMonth first = YearMonth.from(today).minusMonths(3);
        if (head > 0) {
            // the account's book was opened by the journal's demo: the dividend is added to it and its past
            // months are published as they stand
            if (full) {
                dividend(account, by, first.plusMonths(1).atDay(28));
            }
            for (int m = 0; m < 3; m++) {
                try {
                    statements.generate(account, first.plusMonths(m), null);
                } catch (RuntimeException e) {
                    log.warn("演示账本 {} 的 {} 月度公示未能生成：{}", account, first.plusMonths(m), e.getMessage());
                }
            }
            return;
        }
        for (int m = 0; m < 3; m++) {
            YearMonth month = first.plusMonths(m);
            post(account, by, month.atDay(5), "收取" + month.getMonthValue() + "月集体土地发包款", "102", "511", 1_250_000 + m * 10_000);
            post(account, by, month.atDay(12), "支付村(社区)办公水电费", "541", "102", 38_650 + m * 1_200);
            if (full) {
                post(account, by, month.atDay(20), "上级拨付村级组织运转补助", "102", "522", 800_000);
                post(account, by, month.atDay(25), "人居环境整治保洁费", "551", "102", 216_000);
            }
        }
        if (full) {
            String year = String.valueOf(today.getYear());
            budgets.set(by, account, year, List.of(new Budgets.LineInput("511", "150000.00", "土地发包"),
                    new Budgets.LineInput("522", "96000.00", "运转补助"),
                    new Budgets.LineInput("541", "5000.00", "办公经费"), new Budgets.LineInput("551", "30000.00", "保洁")));
        }
        dividend(account, by, first.plusMonths(1).atDay(28));
        for (int m = 0; m < 3; m++) {
            statements.generate(account, first.plusMonths(m), null);
        }
        log.info("演示账本 {}：三个月分录与月度公示已生成", account);
    }

    private void dividend(long account, CurrentUser by, LocalDate on) {
        List<Dividends.Holder> holders = new ArrayList<>();
        String[] names = {"王建国", "李秀英", "张志强", "刘丽华", "陈海燕", "杨国华", "赵永福"};
        long[] shares = {3, 4, 2, 5, 3, 3, 1};
        for (int i = 0; i < names.length; i++) {
            holders.add(new Dividends.Holder(names[i], shares[i]));
        }
        dividends.record(by.id(), account, new Dividends.NewDividend("集体经济量化入股分红（演示）", on.toString(),
                "10000.00", "331", "211", holders));
    }

    private void post(long account, CurrentUser by, LocalDate date, String memo, String debit, String credit, long fen) {
        journal.post(account, NewEntry.of(date, memo, List.of(NewEntry.Line.debit(debit, fen),
                NewEntry.Line.credit(credit, fen))), by.id());
    }

    private long account(String village, String name, long createdBy) {
        return jdbc.sql("""
                        select id from ledger.account where territory_code = :t and kind = 'COLLECTIVE_FUNDS'
                        order by id limit 1""").param("t", village).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into ledger.account (county, territory_code, kind, name, created_by)
                                values (:county, :t, 'COLLECTIVE_FUNDS', :name, :by) returning id""")
                        .param("county", village.substring(0, 6)).param("t", village).param("name", name)
                        .param("by", createdBy).query(Long.class).single());
    }

    private void keeper(long account, CurrentUser user, String role) {
        jdbc.sql("""
                        insert into ledger.keeper (account_id, county, user_id, role, name, since)
                        select id, county, :user, :role, :name, :since from ledger.account where id = :a
                        on conflict do nothing""")
                .param("a", account).param("user", user.id()).param("role", role).param("name", user.displayName())
                .param("since", LocalDate.of(2020, 1, 1)).update();
    }

    private void subjects(long account) {
        for (String[] s : SUBJECTS) {
            jdbc.sql("""
                            insert into ledger.subject (account_id, county, code, name, kind)
                            select id, county, :code, :name, :kind from ledger.account where id = :a
                            on conflict do nothing""")
                    .param("a", account).param("code", s[0]).param("name", s[1]).param("kind", s[2]).update();
        }
    }
}

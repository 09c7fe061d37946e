package org.jiceng.ledger.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.deliberation.DeliberationApi;
import org.jiceng.deliberation.EstateView;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.account.AccountViews;
import org.jiceng.ledger.internal.account.Accounts;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.jiceng.ledger.internal.journal.NewEntry.Line;
import org.jiceng.platform.DatabaseMode;
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
 * Demo mode only, once: in 堂琅社区 the 物业费 account of the demo estate (kept by yeweihui and wuye) and the
 * community's 资金 account (kept by shequ and jianwei), each with four months of entries and one 红字冲销, so the
 * journal, the balances and verify have something to show.
 */
@Component
@Profile("!command")
@Order(80)
class LedgerDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LedgerDemoSeeder.class);
    static final String TANGLANG = "530326001001";

    private final DatabaseMode mode;
    private final TerritoryApi territory;
    private final DeliberationApi deliberation;
    private final IdentityApi identity;
    private final Accounts accounts;
    private final Journal journal;
    private final JdbcClient jdbc;
    private final Clock clock;

    LedgerDemoSeeder(DatabaseMode mode, TerritoryApi territory, DeliberationApi deliberation, IdentityApi identity,
                     Accounts accounts, Journal journal, JdbcClient jdbc, Clock clock) {
        this.mode = mode;
        this.territory = territory;
        this.deliberation = deliberation;
        this.identity = identity;
        this.accounts = accounts;
        this.journal = journal;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || territory.division(TANGLANG).isEmpty()) {
            return;
        }
        boolean seeded = jdbc.sql("select exists (select 1 from ledger.account where territory_code = :t)")
                .param("t", TANGLANG).query(Boolean.class).single();
        Optional<CurrentUser> wuye = identity.findByUsername("wuye");
        Optional<CurrentUser> shequ = identity.findByUsername("shequ");
        if (seeded || wuye.isEmpty() || shequ.isEmpty()) {
            return;
        }
        CurrentUser system = new CurrentUser(0, "system", "演示数据",
                List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, TANGLANG, null)));
        LocalDate today = Beijing.today(clock);
        Optional<EstateView> estate = deliberation.estates(system).stream()
                .filter(e -> e.territoryCode().startsWith(TANGLANG)).findFirst();
        int entries = 0;
        if (estate.isPresent() && identity.findByUsername("yeweihui").isPresent()) {
            long fee = accounts.open(system, new AccountViews.NewAccount("PROPERTY_FEE", estate.get().id(), null, null, null,
                    List.of(new AccountViews.NewKeeper("yeweihui", "OWNERS_COMMITTEE"),
                            new AccountViews.NewKeeper("wuye", "PROPERTY_COMPANY")))).id();
            entries += propertyFees(fee, wuye.get().id(), today);
        }
        List<AccountViews.NewKeeper> keepers = identity.findByUsername("jianwei").isPresent()
                ? List.of(new AccountViews.NewKeeper("shequ", "VILLAGE_COMMITTEE"), new AccountViews.NewKeeper("jianwei", "VILLAGE_SUPERVISOR"))
                : List.of(new AccountViews.NewKeeper("shequ", "VILLAGE_COMMITTEE"));
        long funds = accounts.open(system, new AccountViews.NewAccount("COLLECTIVE_FUNDS", null, TANGLANG, null, 1_000_000L,
                keepers)).id();
        entries += collectiveFunds(funds, shequ.get().id(), today);
        log.info("演示公开账本：堂琅社区 {} 个账本，{} 笔分录", estate.isPresent() ? 2 : 1, entries);
    }

    /** Four months of an estate's fees: collected, then wages, utilities and cleaning paid; one amount corrected. */
    private int propertyFees(long account, long by, LocalDate today) {
        int n = 0;
        for (int back = 3; back >= 0; back--) {
            LocalDate month = today.minusMonths(back).withDayOfMonth(1);
            String m = month.getMonthValue() + " 月";
            post(account, by, day(month, 5, today), "收取" + m + "物业费（312 户）",
                    Line.debit("1002", 4_862_400), Line.credit("6001", 4_862_400));
            post(account, by, day(month, 10, today), "支付" + m + "保安、保洁人员工资",
                    Line.debit("6401", 2_160_000), Line.credit("1002", 2_160_000));
            post(account, by, day(month, 12, today), "缴纳" + m + "公共区域水电费",
                    Line.debit("6402", 318_650), Line.credit("1002", 318_650));
            post(account, by, day(month, 15, today), m + "绿化修剪与垃圾清运",
                    Line.debit("6403", 650_000), Line.credit("1002", 650_000));
            n += 4;
        }
        LocalDate last = today.withDayOfMonth(1);
        Journal.Posted wrong = post(account, by, day(last, 16, today), "更换 2 栋单元门禁",
                Line.debit("6405", 1_280_000), Line.credit("1002", 1_280_000));
        journal.reverse(account, wrong.seq(), "金额多记一位，应为 1,280.00 元", day(last, 16, today), by);
        post(account, by, day(last, 16, today), "更换 2 栋单元门禁（更正）",
                Line.debit("6405", 128_000), Line.credit("1002", 128_000));
        return n + 3;
    }

    /** Four months of a community's money: the county's running funds, a land contract, meetings and public works. */
    private int collectiveFunds(long account, long by, LocalDate today) {
        int n = 0;
        for (int back = 3; back >= 0; back--) {
            LocalDate month = today.minusMonths(back).withDayOfMonth(1);
            String m = month.getMonthValue() + " 月";
            post(account, by, day(month, 3, today), "收到县财政拨付" + m + "村级组织运转经费",
                    Line.debit("102", 1_500_000), Line.credit("521", 1_500_000));
            post(account, by, day(month, 8, today), m + "社区办公用品及会议费",
                    Line.debit("541", 236_800), Line.credit("102", 236_800));
            post(account, by, day(month, 20, today), m + "公益性岗位补贴（清扫 4 人）",
                    Line.debit("551", 480_000), Line.credit("102", 480_000));
            n += 3;
        }
        post(account, by, day(today.minusMonths(2).withDayOfMonth(1), 25, today), "收取集体铺面年度租金（南门 3 间）",
                Line.debit("102", 3_600_000), Line.credit("511", 3_600_000));
        return n + 1;
    }

    private Journal.Posted post(long account, long by, LocalDate date, String memo, Line... lines) {
        return journal.post(account, NewEntry.of(date, memo, List.of(lines)), by);
    }

    /** The day of {@code month}, but never after today: the current month's entries so far. */
    private static LocalDate day(LocalDate month, int day, LocalDate today) {
        LocalDate wanted = month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
        return wanted.isAfter(today) ? today : wanted;
    }
}

package org.jiceng.ledger;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts for the statement, budget, dividend and import tests, made in SQL (their own API belongs to the
 * accounts' part of the module), each with the village collective's subjects and named keepers; entries posted
 * through the journal as its keepers would.
 */
final class StatementLedgers {

    static final String TANGLANG = "530326001001";

    private final JdbcClient jdbc;
    private final IdentityApi identity;
    private final Journal journal;

    StatementLedgers(JdbcClient jdbc, IdentityApi identity, Journal journal) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.journal = journal;
    }

    /** A village collective's account in {@code territory}, kept by {@code keepers} (username:ROLE). */
    long collective(String territory, String... keepers) {
        return account(territory, "COLLECTIVE_FUNDS", null, "测试集体资金", keepers);
    }

    /** An estate's property-fee account in {@code territory} of an estate nobody owns a unit of. */
    long estate(String territory, String... keepers) {
        return account(territory, "PROPERTY_FEE", 900_000_000L + System.nanoTime() % 1_000_000, "测试小区物业费", keepers);
    }

    private long account(String territory, String kind, Long estate, String name, String... keepers) {
        long id = jdbc.sql("""
                        insert into ledger.account (county, territory_code, kind, estate_id, name, created_by)
                        values (:county, :t, :kind, :estate, :name, 1) returning id""")
                .param("county", territory.substring(0, 6)).param("t", territory).param("kind", kind)
                .param("estate", estate).param("name", name).query(Long.class).single();
        String[][] subjects = {{"102", "银行存款", "ASSET"}, {"211", "应付款", "LIABILITY"}, {"331", "收益分配", "EQUITY"},
                {"511", "发包及上交收入", "INCOME"}, {"541", "管理费用", "EXPENSE"}};
        for (String[] s : subjects) {
            jdbc.sql("insert into ledger.subject (account_id, county, code, name, kind) values (:a, :c, :code, :name, :kind)")
                    .param("a", id).param("c", territory.substring(0, 6)).param("code", s[0]).param("name", s[1])
                    .param("kind", s[2]).update();
        }
        for (String keeper : keepers) {
            String[] k = keeper.split(":");
            CurrentUser user = user(k[0]);
            jdbc.sql("""
                            insert into ledger.keeper (account_id, county, user_id, role, name, since)
                            values (:a, :c, :u, :role, :name, date '2020-01-01')""")
                    .param("a", id).param("c", territory.substring(0, 6)).param("u", user.id()).param("role", k[1])
                    .param("name", user.displayName()).update();
        }
        return id;
    }

    CurrentUser user(String username) {
        return identity.findByUsername(username).orElseThrow();
    }

    Journal.Posted post(long account, LocalDate date, String memo, String debit, String credit, long fen) {
        return journal.post(account, NewEntry.of(date, memo, List.of(NewEntry.Line.debit(debit, fen),
                NewEntry.Line.credit(credit, fen))), user("shequ").id());
    }

    long head(long account) {
        return jdbc.sql("select head_seq from ledger.account where id = :a").param("a", account).query(Long.class).single();
    }

    String hash(long account, long seq) {
        return jdbc.sql("select hash from ledger.entry where account_id = :a and seq = :s").param("a", account)
                .param("s", seq).query(String.class).single();
    }
}

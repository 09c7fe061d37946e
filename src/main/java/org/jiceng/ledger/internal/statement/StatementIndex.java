package org.jiceng.ledger.internal.statement;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.ledger.internal.LedgerAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The accounts whose statements a person may read, with their months: those lying under one of the person's
 * grants (a committee's territory, a resident's village, where an estate's owners live) and those naming the person,
 * each checked against the policy, so a resident of the village sees its collective's account but an estate's only
 * when they own a unit there.
 */
@Service
public class StatementIndex {

    public record AccountStatements(long accountId, String name, String kind, String territoryCode, List<String> months) {
    }

    private final JdbcClient jdbc;
    private final LedgerAccess access;
    private final Statements statements;

    StatementIndex(JdbcClient jdbc, LedgerAccess access, Statements statements) {
        this.jdbc = jdbc;
        this.access = access;
        this.statements = statements;
    }

    public List<AccountStatements> readable(CurrentUser user) {
        Scope near = Scope.of(user.grants().stream().map(CurrentUser.Grant::territoryCode)
                .map(code -> code.length() > 12 ? code.substring(0, 12) : code).toArray(String[]::new));
        List<LedgerAccess.Account> candidates = new ArrayList<>();
        String sql = """
                select id, county, territory_code, estate_id from ledger.account
                where (%s) or id in (select account_id from ledger.keeper where user_id = :user)
                order by territory_code, id limit 200""".formatted(near.where("territory_code", "county"));
        jdbc.sql(sql).params(near.params()).param("user", user.id())
                .query((rs, n) -> candidates.add(new LedgerAccess.Account(rs.getLong(1), rs.getString(2),
                        rs.getString(3), (Long) rs.getObject(4)))).list();
        List<AccountStatements> readable = new ArrayList<>();
        for (LedgerAccess.Account account : candidates) {
            if (access.allows(user, Resource.LEDGER_STATEMENT, Action.READ, account)) {
                var named = jdbc.sql("select name, kind from ledger.account where id = :id").param("id", account.id())
                        .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).single();
                readable.add(new AccountStatements(account.id(), named[0], named[1], account.territoryCode(),
                        statements.months(account.id())));
            }
        }
        return readable;
    }
}

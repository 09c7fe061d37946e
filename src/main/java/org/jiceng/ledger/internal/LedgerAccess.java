package org.jiceng.ledger.internal;

import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.deliberation.DeliberationApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a ledger account stands to a person, for {@link AccessPolicy}: where it lies, whether the person is named
 * on it (KEEPER: an active keeper row of any role), and whether its money is theirs (COLLECTIVE_MEMBER: an
 * estate's account to an owner on the estate's roll, a village's account to a resident or 户长 of the village).
 * A person who may not even read the account is answered 404, so account numbers reveal nothing.
 */
@Component
public class LedgerAccess {

    /** An account as access sees it. */
    public record Account(long id, String county, String territoryCode, Long estateId) {
    }

    private final JdbcClient jdbc;
    private final DeliberationApi deliberation;
    private final java.time.Clock clock;

    LedgerAccess(JdbcClient jdbc, DeliberationApi deliberation, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.deliberation = deliberation;
        this.clock = clock;
    }

    public Optional<Account> account(long id) {
        return jdbc.sql("select id, county, territory_code, estate_id from ledger.account where id = :id")
                .param("id", id).query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4))).optional();
    }

    /** The account as a target of the policy, with the relations it has to {@code user}. */
    public Target target(CurrentUser user, Account account) {
        return Target.at(account.territoryCode())
                .withIf(isKeeper(user, account.id()), Relation.KEEPER)
                .withIf(isMember(user, account), Relation.COLLECTIVE_MEMBER);
    }

    /**
     * Checks that {@code user} may do {@code action} to {@code resource} of account {@code id}; answers the account.
     * 404 when the account does not exist or the user may not read it at all, 403 (naming who may) otherwise.
     */
    public Account require(CurrentUser user, Resource resource, Action action, long id) {
        Account account = account(id).orElseThrow(() -> new NotFoundException("账本 " + id + " 不存在"));
        Target target = target(user, account);
        if (!AccessPolicy.allows(user, Resource.LEDGER_ACCOUNT, Action.READ, target)) {
            throw new NotFoundException("账本 " + id + " 不存在");
        }
        AccessPolicy.check(user, resource, action, target);
        return account;
    }

    public boolean allows(CurrentUser user, Resource resource, Action action, Account account) {
        return AccessPolicy.allows(user, resource, action, target(user, account));
    }

    /** The user is named on the account today, in any role. */
    public boolean isKeeper(CurrentUser user, long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from ledger.keeper where account_id = :account and user_id = :user
                                       and since <= :today and (until is null or until >= :today))""")
                .param("account", accountId).param("user", user.id())
                .param("today", org.jiceng.Beijing.today(clock)).query(Boolean.class).single();
    }

    private boolean isMember(CurrentUser user, Account account) {
        if (account.estateId() != null) {
            return deliberation.isOwner(user.id(), account.estateId());
        }
        return user.grants().stream().anyMatch(g -> (g.role() == Role.RESIDENT || g.role() == Role.HOUSEHOLD_CHIEF)
                && g.territoryCode().startsWith(account.territoryCode()));
    }
}

package org.jiceng.volunteer.internal.timebank;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Account;

/**
 * Who may do what with a time-bank account, as {@link AccessPolicy} says: the member and a registered proxy hold
 * it (OWN), the community's staff keep it where they work. An account the person may not read is a 404.
 */
class TimeBankAccess {

    private final TimeBankRepository repository;

    TimeBankAccess(TimeBankRepository repository) {
        this.repository = repository;
    }

    /** Whether the user holds the account: its member, or a proxy registered for it. */
    boolean holds(CurrentUser user, Account account) {
        return (account.userId() != null && account.userId() == user.id()) || repository.isProxy(account.id(), user.id());
    }

    AccessPolicy.Target target(CurrentUser user, Account account) {
        return AccessPolicy.Target.at(account.communityCode()).withIf(holds(user, account), Relation.OWN);
    }

    /** The account, if the user may read it and do {@code action} to it; else 404 (unreadable) or 403. */
    Account check(CurrentUser user, long accountId, Action action) {
        Account account = repository.account(accountId).orElseThrow(() -> notFound(accountId));
        AccessPolicy.Target target = target(user, account);
        if (!AccessPolicy.allows(user, Resource.TIME_BANK, Action.READ, target)) {
            throw notFound(accountId);
        }
        AccessPolicy.check(user, Resource.TIME_BANK, action, target);
        return account;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("时间银行账户 " + id + " 不存在或不在您的辖区内");
    }
}

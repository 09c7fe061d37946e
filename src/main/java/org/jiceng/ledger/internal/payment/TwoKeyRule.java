package org.jiceng.ledger.internal.payment;

import java.util.List;
import java.util.Optional;

/**
 * 双密码 (seed 000's 共有基金账户): a payment above the account's threshold posts only once two different people,
 * named on the account in two different roles, have approved it. Asking counts as the asker's approval in the role
 * they ask in, so the asker and one other person in another role suffice, and the rule still ends with two people
 * in two roles: one person can never post alone, whether they hold one role or two.
 */
final class TwoKeyRule {

    /** An approval given: who, in which role. */
    record Approval(long userId, KeeperRole role) {
    }

    private TwoKeyRule() {
    }

    /** At or below the threshold a payment posts as it is asked. */
    static boolean needsTwoKeys(long amount, long threshold) {
        return amount > threshold;
    }

    /** Why {@code user} may not approve in {@code role} after {@code given}, or empty when they may. */
    static Optional<String> refusal(List<Approval> given, long user, KeeperRole role) {
        for (Approval approval : given) {
            if (approval.userId() == user) {
                return Optional.of("您已经以" + approval.role().label() + "的身份签批过这笔支付；双密码须由另一个人签批");
            }
        }
        for (Approval approval : given) {
            if (approval.role() == role) {
                return Optional.of("这笔支付已有" + role.label() + "签批；第二个签批须由账本上另一种身份的人作出");
            }
        }
        return Optional.empty();
    }

    /** Two people in two roles have approved. */
    static boolean complete(List<Approval> given) {
        long people = given.stream().map(Approval::userId).distinct().count();
        long roles = given.stream().map(Approval::role).distinct().count();
        return people >= 2 && roles >= 2;
    }
}

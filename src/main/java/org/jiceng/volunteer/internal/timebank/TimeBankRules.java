package org.jiceng.volunteer.internal.timebank;

import org.jiceng.BadInputException;
import org.jiceng.ConflictException;

/**
 * The arithmetic of a time-bank account, in whole minutes: a service is 1 minute to a day long, a deposit adds it,
 * a withdrawal takes at most what the account holds, so the balance is never negative.
 */
public final class TimeBankRules {

    /** One service, given or received, lasts at most a day. */
    public static final int MAX_MINUTES = 24 * 60;

    private TimeBankRules() {
    }

    public static int minutes(Integer minutes, String field) {
        if (minutes == null) {
            throw new BadInputException(field, "请填写时长（" + field + "，分钟）");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new BadInputException(field, "时长（" + field + "）须为 1 到 " + MAX_MINUTES + " 分钟");
        }
        return minutes;
    }

    /** The balance after a deposit of {@code minutes}. */
    public static int deposit(int balance, int minutes) {
        minutes(minutes, "minutes");
        return Math.addExact(balance, minutes);
    }

    /** The balance after a withdrawal of {@code minutes}; refused when the account holds less. */
    public static int withdraw(int balance, int minutes) {
        minutes(minutes, "minutes");
        if (minutes > balance) {
            throw new ConflictException("时间银行余额不足：现有 " + shown(balance) + "，本次支取 " + shown(minutes));
        }
        return balance - minutes;
    }

    /** Minutes as a person reads them: 2 小时 30 分钟. */
    public static String shown(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " 分钟";
        }
        return rest == 0 ? hours + " 小时" : hours + " 小时 " + rest + " 分钟";
    }
}

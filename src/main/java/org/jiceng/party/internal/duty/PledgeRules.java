package org.jiceng.party.internal.duty;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a pledge (承诺事项, seed 004), as pure functions answering a refusal in Chinese or nothing: a pledge
 * is due from today up to a year ahead; progress is noted and the pledge closed only while promised; it is kept
 * on a day between the day it was made and today. A pledge still promised after its due date is overdue.
 */
public final class PledgeRules {

    /** A pledge is due within a year: a longer promise is a plan, not a pledge one can be held to. */
    public static final int MAX_DAYS_AHEAD = 366;

    private PledgeRules() {
    }

    public static Optional<String> refuseDueDate(LocalDate today, LocalDate due) {
        if (due.isBefore(today)) {
            return Optional.of("兑现期限 " + due + " 不能早于今天");
        }
        if (due.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return Optional.of("兑现期限 " + due + " 不能晚于一年之后（" + today.plusDays(MAX_DAYS_AHEAD) + "）");
        }
        return Optional.empty();
    }

    /** Progress is noted, and a pledge kept or withdrawn, only while it is promised. */
    public static Optional<String> refuseChange(PledgeState state) {
        return state == PledgeState.PROMISED ? Optional.empty()
                : Optional.of("该承诺" + state.label() + "，不能再记进展或变更");
    }

    /** A pledge is kept on a day from the day it was made up to today. */
    public static Optional<String> refuseKeptOn(LocalDate pledgedOn, LocalDate today, LocalDate keptOn) {
        if (keptOn.isBefore(pledgedOn)) {
            return Optional.of("兑现日期 " + keptOn + " 不能早于承诺日期 " + pledgedOn);
        }
        if (keptOn.isAfter(today)) {
            return Optional.of("兑现日期 " + keptOn + " 不能晚于今天");
        }
        return Optional.empty();
    }

    public static boolean overdue(PledgeState state, LocalDate due, LocalDate today) {
        return state == PledgeState.PROMISED && today.isAfter(due);
    }
}

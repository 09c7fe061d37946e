package org.jiceng.cases;

import java.time.Instant;

/**
 * Published in the transaction of every transition; listeners record what it means in that same transaction.
 * {@code facts} are as after the move; {@code rating} is set by a rating, {@code mergedInto} by a merge.
 * Consumed by analytics' {@code ThreeRatesProjection} (the three rates) and {@code cases.internal.CaseNotifier}
 * (the inbox and the webhook: 事事有回音).
 */
public record CaseMoved(CaseFacts facts, CaseAction action, CaseState from, CaseState to, Instant at, String actor,
                        String note, Rating rating, Long mergedInto) {

    /** The reporter's answer (回访评价): solved or not, and how satisfied. */
    public record Rating(boolean solved, Satisfaction satisfaction) {
    }

    /** Whether the reporter and the public are told of this move (事事有回音). */
    public boolean isPublic() {
        return from != to && to.isPublic();
    }
}

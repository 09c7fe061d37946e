package org.jiceng.cases.internal;

import java.time.Instant;
import java.util.List;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.Satisfaction;

/**
 * What a move changes of a case besides its state, one record per kind of change; {@link MoveRepository} alone
 * knows which columns each one writes, so the steps of an action speak of what happened, not of columns.
 */
sealed interface CaseChange {

    /** Nothing but the state (a verification, an assisting unit's check-in). */
    record None() implements CaseChange {
    }

    /** Accepted, or checked in by the lead unit: the response is given. */
    record Responded(Instant at) implements CaseChange {
    }

    /** Taken in hand at the level of the person who took it. */
    record Handled(CaseLevel level, Instant at) implements CaseChange {
    }

    /** Whistled to a lead unit and its assisting units, by the node {@code dispatcherTerritory}, at the county. */
    record Dispatched(long leadUnitId, List<Long> assistUnitIds, Instant checkInDue, String dispatcherTerritory,
                      Instant at) implements CaseChange {
    }

    /** Given back by the lead unit to the level that whistled it. */
    record Returned(CaseLevel level, Instant at) implements CaseChange {
    }

    /** Sent up one level; the units whistled are let go. */
    record Escalated(CaseLevel level) implements CaseChange {
    }

    record ExtensionRequested(int workingDays, String reason) implements CaseChange {
    }

    /** The extension granted: the new resolve deadline; the request is cleared. */
    record ExtensionApproved(Instant resolveDue, boolean provisional) implements CaseChange {
    }

    /** Resolved at {@code level}, the level that handled it. */
    record Resolved(Instant at, String level) implements CaseChange {
    }

    record Replied(Instant at) implements CaseChange {
    }

    /** The reporter's rating; {@code closedAt} is null when the rating reopens the case. */
    record Rated(boolean solved, Satisfaction satisfaction, Instant closedAt) implements CaseChange {
    }

    record Merged(long intoCaseId, Instant at) implements CaseChange {
    }

    /** Closed without a rating: not accepted (不予受理), or a reply nobody rated in time. */
    record Closed(Instant at) implements CaseChange {
    }

    /** Handled again after an unhappy rating, with a fresh resolve deadline. */
    record Reopened(int reopenCount, Instant resolveDue, boolean provisional) implements CaseChange {
    }
}

package org.jiceng.party.internal.duty;

import java.time.LocalDate;

/** A member's pledge; {@code closedOn} and {@code closingNote} say when and how it was kept or withdrawn. */
public record PledgeView(long id, long memberId, String holderName, String territoryCode, String content,
                         LocalDate pledgedOn, LocalDate dueOn, PledgeState state, LocalDate closedOn,
                         String closingNote, int version) {

    public boolean overdueOn(LocalDate today) {
        return PledgeRules.overdue(state, dueOn, today);
    }

    /** Progress on a pledge, as noted. */
    public record Note(long id, LocalDate notedOn, String note) {
    }
}

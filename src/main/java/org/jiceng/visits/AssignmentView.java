package org.jiceng.visits;

import java.time.LocalDate;

/**
 * One 包保 assignment as the API and pages show it: what is held ({@code level} at {@code territoryCode}, the
 * household or the 户长 for those levels), who holds it (their contact phone masked), from when to when.
 */
public record AssignmentView(long id, String level, String levelLabel, String territoryCode, Long householdId,
                             Long chiefResidentId, String groupName, String holderKind, long holderId,
                             String holderName, String holderTitle, String holderPhone, LocalDate startsOn,
                             LocalDate endsOn, String endReason, int version) {

    /** Whether it holds on {@code day}: from its start to its end, both inclusive. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}

package org.jiceng.party.internal.duty;

import java.time.LocalDate;

/** A 设岗定责 post: what it is, its duties and area, who holds it and for how long. */
public record DutyPostView(long id, DutyPostKind kind, String name, String duties, String area, String territoryCode,
                           long memberId, String holderName, LocalDate startsOn, LocalDate endsOn, int version) {

    public boolean activeOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}

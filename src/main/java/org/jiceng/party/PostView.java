package org.jiceng.party;

import java.time.LocalDate;

/** A post held at a village or grid; {@code buildingId} and {@code residentId} refer to the people register. */
public record PostView(long id, PostKind kind, String territoryCode, String area, Long buildingId, Long residentId,
                       String holderName, LocalDate since, int version) {
}

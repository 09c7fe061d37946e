package org.jiceng.party;

import java.time.LocalDate;

/** A party organisation; {@code parentId} is null for the root, {@code focus} set for functional ones. */
public record OrganisationView(long id, Long parentId, String name, OrganisationLevel level, OrganisationKind kind,
                               String focus, String territoryCode, LocalDate establishedOn, LocalDate dissolvedOn,
                               int version) {

    public boolean active() {
        return dissolvedOn == null;
    }
}

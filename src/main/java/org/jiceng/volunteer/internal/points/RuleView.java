package org.jiceng.volunteer.internal.points;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One version of a points rule: of a county ({@code territoryCode} of 6 digits) or a community (12, overriding the
 * county's). Versions are never changed; a change is the next version.
 */
public record RuleView(long id, String county, String territoryCode, int version, int perHour, int partyPerHour,
                       List<Deed> deeds, String note, OffsetDateTime createdAt) {

    /** A kind of deed the version pays for. */
    public record Deed(String kind, int points, int dailyCap) {
    }

    public Optional<Deed> deed(String kind) {
        return deeds.stream().filter(d -> d.kind().equals(kind)).findFirst();
    }

    public boolean community() {
        return territoryCode.length() == 12;
    }
}

package org.jiceng.services.internal.catalogue;

import java.util.List;

/**
 * One version of a catalogue item as requests and pages use it. {@code kind} is {@code ITEM} or {@code BUNDLE}; a
 * bundle's {@code members} are the ids of the items it runs together (an ITEM has none). {@code timeLimitDays} is
 * the legal time limit in working days (0: settled on the spot, 即办).
 */
public record CatalogueItem(long id, String county, String code, String kind, int version, String state,
                            String territoryCode, String name, String category, String description,
                            Long officeUnitId, String officeName, List<String> materials, int timeLimitDays,
                            long feeFen, boolean agencyAllowed, List<Long> members) {

    public boolean bundle() {
        return "BUNDLE".equals(kind);
    }
}

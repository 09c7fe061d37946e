package org.jiceng.search.internal;

import java.time.Instant;
import java.util.List;

/**
 * One record as the index keeps it: title and body already redacted; {@code ownerId} the account whose own record
 * it is (a case's reporter), {@code unitIds} the departments it was sent to, {@code publicRecord} whether readers
 * beyond its territory may see it, {@code partyIds} the accounts of a dispute's parties — the facts the owning
 * module's read rule turns on.
 */
record SearchDocument(SearchKind kind, long recordId, String territoryCode, Instant at, String title, String body,
                      boolean publicRecord, Long ownerId, List<Long> unitIds, List<Long> partyIds) {

    /** A record read by territory alone (topics, minutes, notices). */
    static SearchDocument inTerritory(SearchKind kind, long recordId, String territoryCode, Instant at, String title,
                                      String body) {
        return new SearchDocument(kind, recordId, territoryCode, at, title, body, false, null, List.of(), List.of());
    }
}

package org.jiceng.search.internal;

import java.time.Instant;
import java.util.List;

/**
 * One record as the index keeps it: title and body already redacted; {@code ownerId} the account whose own record
 * it is (a case's reporter), {@code unitIds} the departments it was sent to, {@code publicRecord} whether readers
 * beyond its territory may see it — the facts the owning module's read rule turns on.
 */
record SearchDocument(SearchKind kind, long recordId, String territoryCode, Instant at, String title, String body,
                      boolean publicRecord, Long ownerId, List<Long> unitIds) {
}

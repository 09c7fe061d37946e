package org.jiceng.cases;

import java.time.OffsetDateTime;

/** An overdue item (督办): which case, which deadline (RESPONSE, CHECK_IN, RESOLVE), whose (unit), since when. */
public record SupervisionItem(long id, long caseId, String number, String kind, String kindLabel, Long unitId,
                              String territoryCode, OffsetDateTime dueAt, OffsetDateTime raisedAt) {
}

package org.jiceng.cases;

import java.time.OffsetDateTime;

/** A case as its handlers see it; the reporter's name is shown only to those who handle it. */
public record CaseView(long id, String number, CaseState state, String categoryCode, String categoryName,
                       String description, String territoryCode, Double lat, Double lon, String address,
                       String channel, String level, Long leadUnitId, OffsetDateTime receivedAt,
                       OffsetDateTime responseDueAt, OffsetDateTime checkInDueAt, OffsetDateTime resolveDueAt,
                       boolean dueProvisional, String reporterName, int version) {
}

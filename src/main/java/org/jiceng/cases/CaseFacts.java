package org.jiceng.cases;

import java.time.Instant;

/**
 * What every case event carries, so that listeners (analytics, notifications) keep their own projections
 * without reading the case tables. {@code territoryCode} is the grid (or village) of the place;
 * {@code leadUnitId} the department whistled as lead (主办), if any; {@code level} where it is handled now.
 */
public record CaseFacts(long caseId, String number, String territoryCode, String categoryCode, CaseChannel channel,
                        CaseLevel level, Long leadUnitId, Instant receivedAt, Instant responseDueAt, Long reporterId) {
}

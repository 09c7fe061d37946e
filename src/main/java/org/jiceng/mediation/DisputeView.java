package org.jiceng.mediation;

import java.time.OffsetDateTime;

/**
 * A dispute as those who may read it see it. {@code territoryCode} is the village (12 digits) or grid (15) it
 * belongs to; {@code caseId} the case it started from, if any; {@code referral} is set once it was referred.
 */
public record DisputeView(long id, String number, String title, String summary, DisputeType type, RiskLevel risk,
                          MediationLevel level, DisputeState state, String territoryCode, Long caseId,
                          String registeredBy, OffsetDateTime registeredAt, OffsetDateTime concludedAt,
                          Referral referral, String referralNote, int version) {
}

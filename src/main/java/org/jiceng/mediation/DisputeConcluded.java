package org.jiceng.mediation;

import java.time.Instant;

/**
 * Published in the transaction that ends a dispute's mediation: by an agreement ({@code AGREED}) or a referral
 * ({@code REFERRED}), at the level it was mediated at, for the figures of 不上交 others may keep.
 */
public record DisputeConcluded(long id, String territoryCode, DisputeType type, MediationLevel level,
                               DisputeState outcome, Long caseId, Instant at) {
}

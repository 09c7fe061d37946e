package org.jiceng.mediation;

import java.time.Instant;

/**
 * Published in the transaction that ends a dispute's mediation: by an agreement ({@code AGREED}) or a referral
 * ({@code REFERRED}), at the level it was mediated at. Kept for the coming assessment module, which counts
 * 不上交率 (disputes settled at the level they arose) per town and village from it; nothing consumes it yet.
 */
public record DisputeConcluded(long id, String territoryCode, DisputeType type, MediationLevel level,
                               DisputeState outcome, Long caseId, Instant at) {
}

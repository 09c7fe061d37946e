package org.jiceng.mediation;

import java.time.Instant;

/**
 * Published in the transaction that ends a dispute's mediation: by an agreement ({@code AGREED}) or a referral
 * ({@code REFERRED}), at the level it was mediated at. The assessment module counts 不上交率 per town and village
 * from it.
 */
public record DisputeConcluded(long id, String territoryCode, DisputeType type, MediationLevel level,
                               DisputeState outcome, Long caseId, Instant at) {
}

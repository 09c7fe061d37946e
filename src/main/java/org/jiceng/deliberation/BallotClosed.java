package org.jiceng.deliberation;

import java.time.Instant;

/** Published when a ballot is closed and counted, e.g. for a resolution to record the outcome. */
public record BallotClosed(long ballotId, String territoryCode, String title, boolean quorumMet, boolean passed,
                           Instant closedAt) {
}

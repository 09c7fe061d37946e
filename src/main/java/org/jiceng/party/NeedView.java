package org.jiceng.party;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of a community's needs list (需求清单). {@code claimedBy} and {@code claimNote} are who took it up
 * outside a project (a volunteer's name as they gave it) and what they said; both null until then.
 */
public record NeedView(long id, String communityCode, String title, String description, NeedKind kind,
                       LocalDate wantedBy, NeedStatus status, String claimedBy, String claimNote,
                       OffsetDateTime createdAt, int version) {
}

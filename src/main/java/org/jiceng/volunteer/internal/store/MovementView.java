package org.jiceng.volunteer.internal.store;

import java.time.OffsetDateTime;

/**
 * Units of a good in (a donation: {@code donor}, positive quantity) or out (a redemption by {@code volunteerId}
 * for {@code points}, negative quantity), with the points entry it wrote where it wrote one.
 */
public record MovementView(long id, long goodId, String goodName, String communityCode, String kind, int quantity,
                           String donor, Long volunteerId, String volunteerName, long points, Long entryId,
                           OffsetDateTime at) {
}

package org.jiceng.cases;

import java.time.OffsetDateTime;

/** An open case near a place being reported, offered so the reporter can follow it instead (no reporter shown). */
public record NearbyCase(long id, String number, String categoryName, String summary, CaseState state,
                         int distanceMetres, OffsetDateTime receivedAt) {
}

package org.jiceng.services.internal.booking;

import java.time.OffsetDateTime;

/**
 * A booking as the resident and the desk see it. {@code attendee} is the family member it is for (empty: the booker
 * themselves); {@code waitingPosition} is the place on the waiting list (0 when not waiting).
 */
public record BookingView(long id, long sessionId, long centreId, String centreName, String serviceName,
                          String serviceKind, OffsetDateTime startsAt, OffsetDateTime endsAt, String bookerName,
                          String attendee, String status, String statusName, int waitingPosition,
                          OffsetDateTime bookedAt, OffsetDateTime checkedInAt) {

    /** Who comes: the family member, or the booker. */
    public String who() {
        return attendee == null || attendee.isEmpty() ? bookerName : attendee;
    }
}

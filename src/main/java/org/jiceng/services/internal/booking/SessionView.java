package org.jiceng.services.internal.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A session of a centre's service with its seats: {@code booked} of {@code capacity}, and who waits. */
public record SessionView(long id, long centreId, String centreName, long serviceId, String serviceName,
                          String serviceKind, String serviceKindName, long priceFen, Long roomId, String roomName,
                          LocalDate day, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int booked,
                          int waiting, int waitingLimit, String status) {

    public boolean full() {
        return booked >= capacity;
    }

    public int left() {
        return Math.max(0, capacity - booked);
    }
}

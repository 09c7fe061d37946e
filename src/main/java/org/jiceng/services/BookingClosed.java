package org.jiceng.services;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published in the transaction that closes a booking of a service centre: checked in ({@code ATTENDED}), not come
 * by the end of its session ({@code NO_SHOW}) or cancelled ({@code CANCELLED}). The figures of bookings and
 * attendance count from it.
 */
public record BookingClosed(String county, long bookingId, String communityCode, long centreId, String centreName,
                            String serviceKind, LocalDate day, String outcome, Instant closedAt) {
}

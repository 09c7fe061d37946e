package org.jiceng.deliberation;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting: planned until its minutes are recorded, then held. {@code seriesId} names a recurring series. */
public record MeetingView(long id, String territoryCode, MeetingKind kind, String kindLabel, String title,
                          LocalDate heldOn, LocalTime startTime, String place, Long seriesId, boolean held,
                          String minutes, int attendance, int version) {
}

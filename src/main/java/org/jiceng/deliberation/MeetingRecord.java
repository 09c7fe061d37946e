package org.jiceng.deliberation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as its recorder writes it up afterwards: when and where, the topics and other items on its agenda,
 * who came (name and capacity, e.g. 居民代表) and the minutes.
 */
public record MeetingRecord(MeetingKind kind, String title, String territoryCode, LocalDate heldOn, LocalTime startTime,
                            String place, List<Long> topicIds, List<String> items, List<Attendee> attendees,
                            String minutes) {

    public record Attendee(String name, String role) {
    }
}

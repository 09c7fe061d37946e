package org.jiceng.volunteer.internal.activity;

import java.time.OffsetDateTime;

/**
 * A volunteer's place at an activity and their times: {@code flagged} when a forgotten check-out was closed by rule
 * at the activity's end and the organiser has still to look at it; {@code minutes} once confirmed.
 */
public record AttendanceView(long id, long activityId, String activityTitle, long volunteerId, String volunteerName,
                             String status, String statusName, int waitingPosition, OffsetDateTime checkedInAt,
                             OffsetDateTime checkedOutAt, boolean closedByRule, boolean flagged,
                             OffsetDateTime confirmedIn, OffsetDateTime confirmedOut, Integer minutes,
                             OffsetDateTime confirmedAt, int version) {

    static AttendanceView of(AttendanceRepository.AttendanceRow a, int waitingPosition) {
        return new AttendanceView(a.id(), a.activityId(), a.activityTitle(), a.volunteerId(), a.volunteerName(),
                a.status().name(), label(a.status()), waitingPosition, a.checkedInAt(), a.checkedOutAt(),
                a.closedByRule(), a.closedByRule() && !a.confirmed(), a.confirmedIn(), a.confirmedOut(), a.minutes(),
                a.confirmedAt(), a.version());
    }

    static String label(AttendanceRepository.Place place) {
        return switch (place) {
            case SIGNED_UP -> "已报名";
            case WAITING -> "候补";
            case CANCELLED -> "已取消";
        };
    }
}

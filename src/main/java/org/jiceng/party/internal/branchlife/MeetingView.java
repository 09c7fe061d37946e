package org.jiceng.party.internal.branchlife;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting, planned or held, with its attendance and photo ids when it was held. */
public record MeetingView(long id, long organisationId, String organisationName, String territoryCode,
                          MeetingKind kind, boolean held, LocalDate heldOn, LocalTime startTime, String place,
                          String topics, String minutes, int version, List<Attendance> attendance,
                          List<Long> photoIds) {

    public record Attendance(long memberId, String name, AttendanceStatus status, String reason) {
    }

    public long count(AttendanceStatus status) {
        return attendance.stream().filter(a -> a.status() == status).count();
    }

    public MeetingView with(List<Attendance> attendance, List<Long> photoIds) {
        return new MeetingView(id, organisationId, organisationName, territoryCode, kind, held, heldOn, startTime,
                place, topics, minutes, version, List.copyOf(attendance), List.copyOf(photoIds));
    }
}

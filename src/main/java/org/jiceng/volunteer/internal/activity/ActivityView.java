package org.jiceng.volunteer.internal.activity;

import java.time.OffsetDateTime;

/** An activity as the API and pages show it; {@code mayManage} and {@code mayConfirm} say what the reader may do. */
public record ActivityView(long id, String communityCode, long teamId, String teamName, String title, String place,
                           String description, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity,
                           int signedUp, int waiting, String status, String statusName, boolean mayManage,
                           boolean mayConfirm, int version) {

    static ActivityView of(ActivityRepository.ActivityRow a, boolean mayManage, boolean mayConfirm) {
        return new ActivityView(a.id(), a.communityCode(), a.teamId(), a.teamName(), a.title(), a.place(),
                a.description(), a.startsAt(), a.endsAt(), a.capacity(), a.signedUp(), a.waiting(), a.status().name(),
                a.status().label(), mayManage, mayConfirm, a.version());
    }

    public boolean full() {
        return signedUp >= capacity;
    }
}

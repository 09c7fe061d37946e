package org.jiceng.volunteer;

import java.time.Instant;

/**
 * Published in the transaction that confirms a volunteer's time at an activity (the organiser's confirmation, or
 * a forgotten check-out closed by rule, then {@code closedByRule}): points and honour lists count from it.
 * {@code attendanceId} names the record the hours trace to.
 */
public record VolunteerHoursConfirmed(String county, long attendanceId, long volunteerId, String communityCode,
                                      long activityId, String activityTitle, int minutes, boolean closedByRule,
                                      Instant confirmedAt) {
}

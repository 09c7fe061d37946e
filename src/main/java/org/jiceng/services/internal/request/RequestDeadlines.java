package org.jiceng.services.internal.request;

import java.time.Instant;
import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.cases.WorkingCalendar;

/**
 * An item's deadline on the case loop's working-day calendar: the time limit in working days from hand-over, the day
 * of hand-over not counted; while the office has returned it for materials the clock stops, and on resubmission the
 * days left run again. A 即办 item (0 days) is due by the end of the day it is handed over.
 */
public final class RequestDeadlines {

    private RequestDeadlines() {
    }

    /** When a line handed over at {@code from} with {@code daysLeft} working days left is due. */
    public static WorkingCalendar.Due due(WorkingCalendar calendar, Instant from, int daysLeft) {
        if (daysLeft < 1) {
            LocalDate day = from.atZone(Beijing.ZONE).toLocalDate();
            return new WorkingCalendar.Due(day.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant(),
                    !calendar.covers(day.getYear()));
        }
        return calendar.afterWorkingDays(from, daysLeft);
    }

    /** The working days after {@code from}'s date up to and including {@code to}'s date (0 on the same day). */
    public static int workingDaysBetween(WorkingCalendar calendar, Instant from, Instant to) {
        LocalDate day = from.atZone(Beijing.ZONE).toLocalDate();
        LocalDate last = to.atZone(Beijing.ZONE).toLocalDate();
        int days = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** The days left after {@code used} of {@code limit}, at least one: a resubmitted line always gets a day. */
    public static int daysLeft(int limit, int used) {
        return limit == 0 ? 0 : Math.max(1, limit - used);
    }

    /** Whether a line due at {@code due} falls due within one working day of {@code now} (the agent's reminder). */
    public static boolean dueWithinAWorkingDay(WorkingCalendar calendar, Instant now, Instant due) {
        return now.isBefore(due) && !calendar.afterWorkingDays(now, 1).at().isBefore(due);
    }
}

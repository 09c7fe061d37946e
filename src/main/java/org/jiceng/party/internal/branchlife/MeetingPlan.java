package org.jiceng.party.internal.branchlife;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The plan of a branch's meetings as calendar periods: a monthly kind is expected once in every month, a quarterly
 * one once in every quarter, from the period the organisation was established in. A period is missed when it is
 * over and no meeting of the kind was held in it; a kind is overdue when the last period before today's was missed.
 */
public final class MeetingPlan {

    private MeetingPlan() {
    }

    /** The first day of the period of {@code kind} that holds {@code day}. */
    public static LocalDate periodStart(MeetingKind kind, LocalDate day) {
        int every = kind.everyMonths();
        int month = (day.getMonthValue() - 1) / every * every + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    /** What a year of the plan expects of one kind, and what the held meetings of it covered. */
    public record Year(int expected, int covered, int missed, int held) {
    }

    /**
     * The periods of {@code year} that have begun by {@code today} and end after the organisation was established
     * (expected), those with a held meeting among {@code heldOn} (covered), and those over without one (missed).
     */
    public static Year year(MeetingKind kind, int year, LocalDate establishedOn, LocalDate today,
                            Collection<LocalDate> heldOn) {
        Set<LocalDate> heldPeriods = new HashSet<>();
        int held = 0;
        for (LocalDate day : heldOn) {
            if (day.getYear() == year) {
                heldPeriods.add(periodStart(kind, day));
                held++;
            }
        }
        int expected = 0;
        int covered = 0;
        int missed = 0;
        for (LocalDate start = LocalDate.of(year, 1, 1); start.getYear() == year && !start.isAfter(today);
             start = start.plusMonths(kind.everyMonths())) {
            LocalDate next = start.plusMonths(kind.everyMonths());
            if (establishedOn != null && !establishedOn.isBefore(next)) {
                continue;
            }
            expected++;
            if (heldPeriods.contains(start)) {
                covered++;
            } else if (!next.isAfter(today)) {
                missed++;
            }
        }
        return new Year(expected, covered, missed, held);
    }

    /**
     * Whether the period before today's was expected (the organisation stood before it ended) and passed without
     * a meeting of the kind: the last held is null or earlier than that period.
     */
    public static boolean overdue(MeetingKind kind, LocalDate lastHeld, LocalDate establishedOn, LocalDate today) {
        LocalDate current = periodStart(kind, today);
        LocalDate previous = current.minusMonths(kind.everyMonths());
        if (establishedOn != null && !establishedOn.isBefore(current)) {
            return false;
        }
        return lastHeld == null || lastHeld.isBefore(previous);
    }
}

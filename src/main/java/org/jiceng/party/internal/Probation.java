package org.jiceng.party.internal;

import java.time.LocalDate;
import org.jiceng.party.MemberStatus;

/**
 * The probation rule (预备期一年): a probationary member becomes a full member one year after admission.
 * A probation that began on 29 February ends on 28 February of the next year.
 */
public final class Probation {

    private Probation() {
    }

    /** The first day as a full member. */
    public static LocalDate fullOn(LocalDate joinedOn) {
        return joinedOn.plusYears(1);
    }

    /** The status a member admitted on {@code joinedOn} has on {@code today}. */
    public static MemberStatus statusOn(LocalDate joinedOn, LocalDate today) {
        return today.isBefore(fullOn(joinedOn)) ? MemberStatus.PROBATIONARY : MemberStatus.FULL;
    }

    /** The status as shown: a recorded probationary member whose year is over counts as full. */
    public static MemberStatus effective(MemberStatus recorded, LocalDate joinedOn, LocalDate today) {
        return recorded == MemberStatus.FULL ? MemberStatus.FULL : statusOn(joinedOn, today);
    }
}

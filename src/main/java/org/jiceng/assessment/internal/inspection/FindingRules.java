package org.jiceng.assessment.internal.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jiceng.ConflictException;

/**
 * The rules of a finding's life: which step may follow which state, when a finding is late, and when its
 * rectification counts as on time. Kept apart from the database so every boundary is tested on its own.
 */
public final class FindingRules {

    private FindingRules() {
    }

    /** The state a step leaves; a step the state does not allow is a 409 saying why. */
    public static FindingState after(FindingState from, FindingStep step) {
        FindingState to = switch (step) {
            case OPEN -> null;
            case PROGRESS, EVIDENCE -> from.withUnit() ? from : null;
            case SUBMIT -> from.withUnit() ? FindingState.SUBMITTED : null;
            case RETURN, ACCEPT -> from == FindingState.SUBMITTED
                    ? (step == FindingStep.ACCEPT ? FindingState.ACCEPTED : FindingState.RETURNED) : null;
            case CANCEL -> from == FindingState.ACCEPTED ? FindingState.CANCELLED : null;
        };
        if (to == null) {
            throw new ConflictException("问题" + from.label() + "，不能" + step.label() + refusalHint(from, step));
        }
        return to;
    }

    private static String refusalHint(FindingState from, FindingStep step) {
        if (step == FindingStep.CANCEL && from != FindingState.CANCELLED) {
            return "：须经巡察组验收通过后方可销账";
        }
        if ((step == FindingStep.ACCEPT || step == FindingStep.RETURN) && from.withUnit()) {
            return "：责任单位尚未提交验收";
        }
        return "";
    }

    /**
     * Late: still with the unit after its deadline, or submitted only after it. A submission waiting for the
     * inspection team is not late by the team's delay.
     */
    public static boolean late(FindingState state, LocalDate deadline, LocalDate submittedOn, LocalDate today) {
        if (state.withUnit()) {
            return today.isAfter(deadline);
        }
        return submittedOn != null && submittedOn.isAfter(deadline);
    }

    /** An accepted rectification is on time when the submission that was accepted came by the deadline. */
    public static boolean onTime(LocalDate submittedOn, LocalDate deadline) {
        return !submittedOn.isAfter(deadline);
    }

    /**
     * Whether a finding is due in the ledger's rate: rectified (accepted or cancelled), or its deadline passed.
     * A finding still within its time is neither on time nor late yet.
     */
    public static boolean due(FindingState state, LocalDate deadline, LocalDate today) {
        return state.rectified() || today.isAfter(deadline);
    }

    /**
     * The rate of on-time rectification as an exact fraction (on time over due); shown as a percentage rounded
     * half up to one decimal. No finding due yet: no rate.
     */
    public record Rate(long onTime, long due) {

        public Rate {
            if (onTime < 0 || due < 0 || onTime > due) {
                throw new IllegalArgumentException("rate " + onTime + "/" + due);
            }
        }

        /** The fraction to 10 decimals (for Excel, which shows its own rounding); null when nothing is due. */
        public BigDecimal fraction() {
            return due == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 10, RoundingMode.HALF_UP);
        }

        /** E.g. "66.7%（2/3）", or "—" when nothing is due. */
        public String shown() {
            if (due == 0) {
                return "—";
            }
            BigDecimal percent = BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
            return percent.toPlainString() + "%（" + onTime + "/" + due + "）";
        }
    }
}

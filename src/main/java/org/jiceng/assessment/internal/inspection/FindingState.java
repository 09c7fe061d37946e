package org.jiceng.assessment.internal.inspection;

/**
 * Where a finding's rectification stands: the unit rectifies (待整改, or 已退回 after a return), submits (待验收),
 * the inspection team accepts (已验收) and only then cancels it from the ledger (已销账).
 */
public enum FindingState {
    ASSIGNED("待整改"),
    SUBMITTED("待验收"),
    RETURNED("已退回"),
    ACCEPTED("已验收"),
    CANCELLED("已销账");

    private final String label;

    FindingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The unit is still working on it: progress and evidence may be recorded, and it may be submitted. */
    public boolean withUnit() {
        return this == ASSIGNED || this == RETURNED;
    }

    /** Rectified in the inspection team's eyes (accepted, or accepted and then cancelled). */
    public boolean rectified() {
        return this == ACCEPTED || this == CANCELLED;
    }
}

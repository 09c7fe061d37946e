package org.jiceng.mediation;

/** The states of a dispute: registered, being mediated, and the two outcomes; an agreement may be fulfilled. */
public enum DisputeState {
    REGISTERED("已登记"),
    MEDIATING("调解中"),
    AGREED("已达成协议"),
    FULFILLED("协议已履行"),
    REFERRED("调解不成，已引导");

    private final String label;

    DisputeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == REGISTERED || this == MEDIATING;
    }

    /** Settled by an agreement (fulfilled or not yet). */
    public boolean isSettled() {
        return this == AGREED || this == FULFILLED;
    }
}

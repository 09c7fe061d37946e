package org.jiceng.party.internal.duty;

/** The posts 设岗定责 gives members without office (seeds 000, 003, 004). */
public enum DutyPostKind {
    MODEL("党员示范岗"), VANGUARD("先锋岗"), AREA("责任区"), SHOCK_TEAM("突击队");

    private final String label;

    DutyPostKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.mediation;

/** Where the parties are guided when mediation fails. */
public enum Referral {
    LAWSUIT("诉讼"),
    ARBITRATION("仲裁"),
    PETITION("信访");

    private final String label;

    Referral(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

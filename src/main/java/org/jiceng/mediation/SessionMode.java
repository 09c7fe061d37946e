package org.jiceng.mediation;

/** How a mediation session was held: at a table, or online (指尖上的移动调解室, seed 001). */
public enum SessionMode {
    IN_PERSON("现场调解"),
    ONLINE("线上调解");

    private final String label;

    SessionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

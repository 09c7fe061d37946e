package org.jiceng.mediation;

/** The risk that a dispute turns into a criminal case or a mass incident (红黄绿三色预警). */
public enum RiskLevel {
    RED("红色（高风险）"),
    YELLOW("黄色（较高风险）"),
    GREEN("绿色（一般）");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.cases;

/** 满意 / 基本满意 / 不满意; the first two count as satisfied in the satisfaction rate. */
public enum Satisfaction {
    SATISFIED("满意"),
    BASIC("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.visits;

/** The five kinds of visit of 五包五访 (seed 003). */
public enum VisitKind {
    RECEPTION("接访"),
    APPOINTMENT("约访"),
    HOME("走访"),
    RETURN("回访"),
    PATROL("巡访");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.visits;

/**
 * Where the phone was when a visit was logged, against the household's grid. A visit from another grid is kept
 * and flagged (the household may have met the cadre elsewhere), never refused.
 */
public enum VisitPosition {
    SAME_GRID("在本户网格内"),
    OTHER_GRID("不在本户网格内"),
    NO_POSITION("未定位");

    private final String label;

    VisitPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.deliberation;

/** Who votes: the owners of an estate (by area and head count) or the households of a village (one vote each). */
public enum BallotKind {
    OWNERS("业主表决"), HOUSEHOLDS("一户一票");

    private final String label;

    BallotKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.party;

/** 正式党员 or 预备党员 (a probationary member for the first year after admission). */
public enum MemberStatus {
    FULL("正式党员"), PROBATIONARY("预备党员");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

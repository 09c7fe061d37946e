package org.jiceng.party.internal.branchlife;

/** How a member of the branch stood to a held meeting. */
public enum AttendanceStatus {
    PRESENT("出席"), LEAVE("请假"), ABSENT("缺席");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

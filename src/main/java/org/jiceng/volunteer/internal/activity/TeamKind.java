package org.jiceng.volunteer.internal.activity;

/** The kinds of team the seeds name; OTHER for what a community invents. */
enum TeamKind {
    PARTY_VANGUARD("党员先锋队"), WOMEN("巾帼志愿队"), YOUTH("青年志愿队"), SILVER("银发志愿队"), OTHER("其他");

    private final String label;

    TeamKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

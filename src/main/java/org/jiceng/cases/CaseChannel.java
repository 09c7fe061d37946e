package org.jiceng.cases;

/** How a case came in (DESIGN §4's intake channels). */
public enum CaseChannel {
    RESIDENT("群众上报"),
    PATROL("网格巡查"),
    STAFF("干部录入"),
    MEETING("会议收集"),
    VISIT("走访发现"),
    HOTLINE("12345 热线"),
    OPEN311("Open311 接口");

    private final String label;

    CaseChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.services.internal.centre;

/** What a centre offers; only meals carry a price (众筹食堂, paid in part by the resident). */
public enum ServiceKind {
    MEAL("众筹食堂"), AFTER_SCHOOL("四点半学堂"), CLASS("社区教育课程"), ROOM("场室预约"), CONSULTATION("咨询服务"),
    OTHER("其他服务");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

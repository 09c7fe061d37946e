package org.jiceng.deliberation;

/** The kinds of meeting where matters are deliberated (seeds 001, 004). */
public enum MeetingKind {
    MORNING("民情晨会"),
    COURTYARD("院坝会"),
    BUILDING("楼宇会"),
    HEARING("听证会"),
    BUILDING_LEADERS_DAY("楼长日"),
    FIVE_PARTY("五方协商会"),
    ANALYSIS("民情分析会"),
    OTHER("其他会议");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.cases;

/** The states of a case (DESIGN §4), after GB/T 30428's workflow and Beijing's 接诉即办. */
public enum CaseState {
    RECEIVED("已受理登记"),
    ACCEPTED("已受理"),
    DISPATCHED("已派遣（吹哨）"),
    IN_PROGRESS("办理中"),
    RESOLVED("已办结"),
    VERIFIED("已核查"),
    REPLIED("已回复"),
    CLOSED("已结案"),
    REJECTED("不予受理"),
    REOPENED("已重新办理");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the reporter and the public see this state change (事事有回音). */
    public boolean isPublic() {
        return this != DISPATCHED;
    }

    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }
}

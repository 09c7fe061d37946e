package org.jiceng.assessment.internal.inspection;

/** What is done to a finding, by whom, and the history entry it leaves. */
public enum FindingStep {
    OPEN("立项", false),
    PROGRESS("记录整改进展", false),
    EVIDENCE("上传佐证材料", false),
    SUBMIT("提交验收", false),
    RETURN("退回重改", true),
    ACCEPT("验收通过", true),
    CANCEL("销账", true);

    private final String label;
    private final boolean inspectors;

    FindingStep(String label, boolean inspectors) {
        this.label = label;
        this.inspectors = inspectors;
    }

    public String label() {
        return label;
    }

    /** Done by the inspection team rather than the responsible unit. */
    public boolean byInspector() {
        return inspectors;
    }
}

package org.jiceng.assessment.internal.inspection;

/** The kinds of problem an inspection lists (问题清单), after the headings inspection reports use. */
public enum FindingCategory {
    POLITICS("政治监督"),
    PARTY_BUILDING("基层党建"),
    CONDUCT("作风建设"),
    INTEGRITY("廉洁纪律"),
    FUNDS("资金资产"),
    GOVERNANCE("基层治理"),
    LIVELIHOOD("民生保障"),
    OTHER("其他");

    private final String label;

    FindingCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

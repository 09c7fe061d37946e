package org.jiceng.assessment.internal.lists;

/** The lists that bound power (seeds 003, 004). */
public enum ListKind {
    MICRO_POWER("小微权力清单"),
    ADMISSION("工作准入清单"),
    TOWN_DUTIES("权责清单");

    private final String label;

    ListKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

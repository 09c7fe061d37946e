package org.jiceng.party.internal.branchlife;

import org.jiceng.party.OrganisationLevel;

/**
 * 三会一课 (支部党员大会, 支委会, 党小组会, 党课) and 主题党日, each with how often a branch's plan expects it: every
 * {@code everyMonths} months, counted in calendar periods (a month, a quarter). 党小组会 are a group's, the others
 * a branch's (or a 党总支's).
 */
public enum MeetingKind {
    COMMITTEE("支委会", 1),
    GENERAL_ASSEMBLY("支部党员大会", 3),
    GROUP_MEETING("党小组会", 1),
    PARTY_LECTURE("党课", 3),
    THEME_DAY("主题党日", 1);

    private final String label;
    private final int everyMonths;

    MeetingKind(String label, int everyMonths) {
        this.label = label;
        this.everyMonths = everyMonths;
    }

    public String label() {
        return label;
    }

    public int everyMonths() {
        return everyMonths;
    }

    /** "每月" or "每季度": how the plan reads. */
    public String cadence() {
        return everyMonths == 1 ? "每月" : "每季度";
    }

    /** Whether an organisation of this level holds meetings of this kind. */
    public boolean heldBy(OrganisationLevel level) {
        return this == GROUP_MEETING ? level == OrganisationLevel.GROUP
                : level == OrganisationLevel.BRANCH || level == OrganisationLevel.GENERAL_BRANCH;
    }
}

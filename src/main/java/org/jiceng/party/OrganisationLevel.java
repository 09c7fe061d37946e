package org.jiceng.party;

/** Levels of a party organisation, from 党委 down to 党小组. */
public enum OrganisationLevel {
    COMMITTEE("党委"), GENERAL_BRANCH("党总支"), BRANCH("党支部"), GROUP("党小组");

    private final String label;

    OrganisationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Members are enrolled in a branch or one of its groups, never directly in a 党委 or 党总支. */
    public boolean enrolsMembers() {
        return this == BRANCH || this == GROUP;
    }
}

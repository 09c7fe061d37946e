package org.jiceng.party;

/** How an organisation came to be: 建制性, 功能型 (with a focus), 临时, 联合, or a grid's party group. */
public enum OrganisationKind {
    ESTABLISHED("建制性"), FUNCTIONAL("功能型"), TEMPORARY("临时"), JOINT("联合"), GRID_GROUP("网格党小组");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jiceng.ledger.internal.payment;

/** The roles a person is named in on an account ({@code ledger.keeper.role}), as the approvals show them. */
public enum KeeperRole {
    OWNERS_COMMITTEE("业主委员会", true),
    PROPERTY_COMPANY("物业服务企业", true),
    VILLAGE_COMMITTEE("村(社区)两委", true),
    VILLAGE_SUPERVISOR("村(居)务监督委员会", false),
    TOWN_SUPERVISOR("乡镇(街道)监督", false);

    private final String label;
    private final boolean keepsBooks;

    KeeperRole(String label, boolean keepsBooks) {
        this.label = label;
        this.keepsBooks = keepsBooks;
    }

    public String label() {
        return label;
    }

    /** Whether a person named in this role keeps the books, and so may ask to pay. */
    public boolean keepsBooks() {
        return keepsBooks;
    }
}

package org.jiceng.ledger.internal.account;

/**
 * Where a subject stands: assets and expenses grow by debits, the rest by credits, so a subject's balance is
 * shown on its own side, as a cadre reads a 科目余额表.
 */
public enum SubjectKind {
    ASSET("资产", true),
    LIABILITY("负债", false),
    EQUITY("净资产", false),
    INCOME("收入", false),
    EXPENSE("支出", true);

    private final String label;
    private final boolean debitNormal;

    SubjectKind(String label, boolean debitNormal) {
        this.label = label;
        this.debitNormal = debitNormal;
    }

    public String label() {
        return label;
    }

    /** The balance of a subject of this kind after {@code debit} and {@code credit}, on its own side. */
    public long balance(long debit, long credit) {
        return debitNormal ? debit - credit : credit - debit;
    }
}

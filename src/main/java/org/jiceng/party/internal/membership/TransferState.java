package org.jiceng.party.internal.membership;

import java.util.Map;
import java.util.Set;

/**
 * The states of a 组织关系转接: 申请 (the branch applies), 转出 (the letter is issued; a transfer in from outside
 * starts here, its letter in hand), then 已接收 or 退回. One table of the moves allowed; a move it lacks is refused
 * with the state named.
 */
public enum TransferState {
    APPLIED("申请"), SENT("转出"), RECEIVED("已接收"), RETURNED("退回");

    private static final Map<TransferState, Set<TransferState>> NEXT = Map.of(
            APPLIED, Set.of(SENT, RETURNED),
            SENT, Set.of(RECEIVED, RETURNED),
            RECEIVED, Set.of(),
            RETURNED, Set.of());

    private final String label;

    TransferState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean mayBecome(TransferState next) {
        return NEXT.get(this).contains(next);
    }

    public boolean open() {
        return this == APPLIED || this == SENT;
    }
}

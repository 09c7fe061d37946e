package org.jiceng.ledger.internal.payment;

import java.time.Instant;
import java.util.List;
import org.jiceng.Fen;

/** A payment as its keepers and overseers read it; amounts in fen, and in yuan for the eye. */
public record PaymentView(long id, long accountId, String accountName, String territoryCode, long amountFen,
                          String payee, String purpose, String payFrom, List<Line> lines, long voucherId,
                          long thresholdFen, String state, long askedBy, String askedRole, String askedName,
                          Instant askedAt, List<Approved> approvals, Long entrySeq, String refusal, Instant decidedAt,
                          int version) {

    /** A subject debited by the payment. */
    public record Line(String subject, long amountFen) {
        public String amount() {
            return Fen.yuan(amountFen);
        }
    }

    /** An approval given. */
    public record Approved(long userId, String role, String roleLabel, String name, Instant at) {
    }

    public String amount() {
        return Fen.yuan(amountFen);
    }

    public boolean needsTwoKeys() {
        return TwoKeyRule.needsTwoKeys(amountFen, thresholdFen);
    }

    public String stateLabel() {
        return switch (state) {
            case "PENDING" -> "待签批";
            case "POSTED" -> "已支付入账";
            default -> "已拒绝";
        };
    }

    public String askedRoleLabel() {
        return KeeperRole.valueOf(askedRole).label();
    }

    public boolean approvedBy(long userId) {
        return approvals.stream().anyMatch(a -> a.userId() == userId);
    }
}

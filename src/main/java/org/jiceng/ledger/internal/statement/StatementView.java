package org.jiceng.ledger.internal.statement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A month's statement (月度公示) of one account: the balance of each subject at the start and end of the month, every
 * entry it covers with its lines and the public view of its voucher, and the chain head (the sequence number and
 * hash of the last entry on it) that the printed sheet carries, so a resident can compare the paper with the system.
 * Balances are on each subject's natural side: debit for assets and expenses, credit for the rest.
 */
public record StatementView(long accountId, String accountName, String accountKind, String territoryCode, String month,
                            OffsetDateTime generatedAt, long throughSeq, long headSeq, String headHash,
                            List<Balance> balances, List<Line> lines, long debitTotal, long creditTotal,
                            String debitTotalYuan, String creditTotalYuan) {

    public record Balance(String subject, String subjectName, String kind, long opening, long debit, long credit,
                          long closing, String openingYuan, String debitYuan, String creditYuan, String closingYuan) {
    }

    /** One entry on the statement; {@code late}: dated in an earlier month but posted after that month's statement. */
    public record Line(long seq, LocalDate date, String memo, Long reversesSeq, Long voucherId, String voucherLink,
                       boolean late, long debit, String debitYuan, String hash, List<Posting> postings) {
    }

    public record Posting(String subject, String subjectName, long debit, long credit, String debitYuan,
                          String creditYuan) {
    }
}

package org.jiceng.ledger.internal.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the journal answers and takes over HTTP: entries with their lines and running balances, and requests. */
public final class EntryViews {

    private EntryViews() {
    }

    /**
     * An entry as stored, with the entry that reversed it (if any) and, for each line, its subject's balance after
     * this entry, on the subject's own side (assets and expenses by debit, the rest by credit).
     */
    public record Entry(long seq, LocalDate date, String memo, Long reversesSeq, Long reversedBySeq, Long voucherId,
                        long recordedBy, String recordedByName, OffsetDateTime recordedAt, String prevHash, String hash,
                        long totalFen, String total, List<Line> lines) {
    }

    public record Line(String subject, String subjectName, long debitFen, long creditFen, String debit, String credit,
                       long balanceFen, String balance) {
    }

    /** A subject's totals over the whole journal, for the 科目余额 table. */
    public record SubjectBalance(String code, String name, String kindLabel, long debitFen, long creditFen,
                                 long balanceFen, String debit, String credit, String balance) {
    }

    /** An entry to post: its day (yyyy-MM-dd), summary and lines, amounts in fen. */
    public record EntryRequest(String date, String memo, List<LineRequest> lines) {
    }

    public record LineRequest(String subject, Long debitFen, Long creditFen) {
    }

    /** A reversal (红字冲销): why, and its day (today when left out). */
    public record ReverseRequest(String reason, String date) {
    }
}

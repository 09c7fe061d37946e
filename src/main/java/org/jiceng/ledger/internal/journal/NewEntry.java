package org.jiceng.ledger.internal.journal;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry to post: its day, what it is for, its lines, and the entry it reverses (红字冲销) or the voucher that
 * proves it, where there is one.
 */
public record NewEntry(LocalDate date, String memo, List<Line> lines, Long reversesSeq, Long voucherId) {

    /** One line: a subject debited or credited, in fen; exactly one of the two is above zero. */
    public record Line(String subject, long debit, long credit) {

        public static Line debit(String subject, long fen) {
            return new Line(subject, fen, 0);
        }

        public static Line credit(String subject, long fen) {
            return new Line(subject, 0, fen);
        }
    }

    public NewEntry {
        lines = List.copyOf(lines);
    }

    public static NewEntry of(LocalDate date, String memo, List<Line> lines) {
        return new NewEntry(date, memo, lines, null, null);
    }

    public NewEntry withVoucher(long voucher) {
        return new NewEntry(date, memo, lines, reversesSeq, voucher);
    }
}

package org.jiceng.ledger.internal.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of an entry and its SHA-256. One line per field in a fixed order, text fields with their
 * backslashes and line breaks escaped, amounts as decimal fen, the time as UTC with exactly six decimals (the
 * microsecond PostgreSQL keeps): the same entry always gives the same bytes, on any machine, so a statement's printed chain head can be
 * checked against the system years later. Version 1 of the form is named in its first line.
 */
public final class EntryHash {

    /** The predecessor of an account's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    /** The stored form of an entry, as the chain covers it. */
    public record Canonical(long accountId, long seq, LocalDate date, String memo, Long reversesSeq, Long voucherId,
                            long recordedBy, Instant recordedAt, List<NewEntry.Line> lines, String prevHash) {
    }

    /** Always six decimals, so the text does not depend on how many of them happen to be zero. */
    static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    public static String of(Canonical entry) {
        return sha256(text(entry).getBytes(StandardCharsets.UTF_8));
    }

    /** The canonical text itself (docs/ledger.md shows one), whose SHA-256 is the entry's hash. */
    public static String text(Canonical entry) {
        StringBuilder text = new StringBuilder("jiceng-ledger-entry/1\n")
                .append("account=").append(entry.accountId()).append('\n')
                .append("seq=").append(entry.seq()).append('\n')
                .append("date=").append(entry.date()).append('\n')
                .append("memo=").append(escaped(entry.memo())).append('\n')
                .append("reverses=").append(entry.reversesSeq() == null ? "" : entry.reversesSeq()).append('\n')
                .append("voucher=").append(entry.voucherId() == null ? "" : entry.voucherId()).append('\n')
                .append("recorded-by=").append(entry.recordedBy()).append('\n')
                .append("recorded-at=").append(AT.format(entry.recordedAt())).append('\n');
        for (NewEntry.Line line : entry.lines()) {
            text.append("line=").append(escaped(line.subject())).append('|').append(line.debit()).append('|')
                    .append(line.credit()).append('\n');
        }
        text.append("prev=").append(entry.prevHash()).append('\n');
        return text.toString();
    }

    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

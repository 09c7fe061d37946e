package org.jiceng.ledger.internal.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jiceng.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Recomputes an account's chain from what is stored: every entry's hash from its canonical form, every link to
 * its predecessor, the numbering without gaps, the balance of each entry, and the account's head. Names the
 * first entry that does not match, so a tampered row is found, not merely suspected. Reads in slices of
 * {@value #SLICE} entries, so a chain of millions needs neither a long transaction nor much memory.
 */
@Service
public class ChainVerifier {

    static final int SLICE = 10_000;

    /** The outcome: how many entries were checked, and the first that failed with why, or none. */
    public record Verdict(long accountId, long checked, Long firstBadSeq, String problem, String head) {

        public boolean intact() {
            return firstBadSeq == null && problem == null;
        }
    }

    private final JdbcClient jdbc;

    ChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Verdict verify(long accountId) {
        return verify(accountId, n -> { });
    }

    /** As {@link #verify(long)}, telling {@code progress} how many entries are checked after each slice. */
    public Verdict verify(long accountId, LongConsumer progress) {
        record Head(String county, long seq, String hash) {
        }
        Head head = jdbc.sql("select county, head_seq, head_hash from ledger.account where id = :account")
                .param("account", accountId)
                .query((rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFoundException("账本 " + accountId + " 不存在"));
        String prev = EntryHash.GENESIS;
        long expected = 1;
        long after = 0;
        while (true) {
            List<Stored> slice = slice(accountId, head.county(), after);
            if (slice.isEmpty()) {
                break;
            }
            for (Stored entry : slice) {
                if (entry.seq() != expected) {
                    return new Verdict(accountId, expected - 1, expected, "第 " + expected + " 笔分录缺失", head.hash());
                }
                String problem = problem(accountId, entry, prev);
                if (problem != null) {
                    return new Verdict(accountId, expected - 1, entry.seq(), problem, head.hash());
                }
                prev = entry.hash();
                expected++;
            }
            after = slice.getLast().seq();
            progress.accept(after);
        }
        long checked = expected - 1;
        if (checked != head.seq() || !prev.equals(head.hash())) {
            long bad = checked < head.seq() ? checked + 1 : checked > head.seq() ? head.seq() + 1 : head.seq();
            return new Verdict(accountId, checked, bad,
                    "账本记录的链头（第 " + head.seq() + " 笔）与分录不符", head.hash());
        }
        return new Verdict(accountId, checked, null, null, head.hash());
    }

    private static String problem(long accountId, Stored entry, String prev) {
        if (!entry.prevHash().equals(prev)) {
            return "第 " + entry.seq() + " 笔分录记载的前一笔哈希与第 " + (entry.seq() - 1) + " 笔不符";
        }
        try {
            Journal.checkBalanced(new NewEntry(entry.date(), entry.memo(), entry.lines(), entry.reversesSeq(),
                    entry.voucherId()));
        } catch (RuntimeException unbalanced) {
            return "第 " + entry.seq() + " 笔分录不平衡：" + unbalanced.getMessage();
        }
        String hash = EntryHash.of(new EntryHash.Canonical(accountId, entry.seq(), entry.date(), entry.memo(),
                entry.reversesSeq(), entry.voucherId(), entry.recordedBy(), entry.recordedAt(), entry.lines(), prev));
        return hash.equals(entry.hash()) ? null : "第 " + entry.seq() + " 笔分录的内容与其哈希不符（被改动过）";
    }

    record Stored(long seq, LocalDate date, String memo, Long reversesSeq, Long voucherId, long recordedBy,
                  java.time.Instant recordedAt, String prevHash, String hash, List<NewEntry.Line> lines) {
    }

    private List<Stored> slice(long accountId, String county, long after) {
        // entries and their lines are read by two range scans of their primary keys and matched here: a join of
        // the two lets the planner, with statistics still stale after a bulk of postings, loop over every line
        java.util.Map<Long, Stored> bySeq = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select seq, entry_date, memo, reverses_seq, voucher_id, recorded_by, recorded_at, prev_hash, hash
                        from ledger.entry
                        where account_id = :account and county = :county and seq > :after and seq <= :until
                        order by seq""")
                .param("account", accountId).param("county", county).param("after", after)
                .param("until", after + SLICE)
                .query(rs -> {
                    long seq = rs.getLong(1);
                    bySeq.put(seq, new Stored(seq, rs.getObject(2, LocalDate.class), rs.getString(3),
                            (Long) rs.getObject(4), (Long) rs.getObject(5), rs.getLong(6),
                            rs.getObject(7, java.time.OffsetDateTime.class).toInstant(), rs.getString(8), rs.getString(9),
                            new ArrayList<>()));
                });
        if (bySeq.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        select seq, subject, debit, credit from ledger.posting
                        where account_id = :account and county = :county and seq > :after and seq <= :until
                        order by seq, line""")
                .param("account", accountId).param("county", county).param("after", after)
                .param("until", after + SLICE)
                .query(rs -> {
                    Stored entry = bySeq.get(rs.getLong(1));
                    if (entry != null) {
                        entry.lines().add(new NewEntry.Line(rs.getString(2), rs.getLong(3), rs.getLong(4)));
                    }
                });
        return new ArrayList<>(bySeq.values());
    }
}

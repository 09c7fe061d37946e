package org.jiceng.ledger.internal.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts entries to an account's chain. The account's row is locked for the transaction, so two postings to one
 * account take turns and each reads the head its predecessor left: the chain stays one line however many post
 * at once, while postings to different accounts never wait for each other. Access is the caller's to check.
 */
@Service
public class Journal {

    /** What one posting left: the entry's number in its account and its hash, the account's new head. */
    public record Posted(long accountId, long seq, String hash) {
    }

    /** The most lines one entry may have: a payroll or a dividend is split into several entries. */
    public static final int MAX_LINES = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    Journal(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Posted post(long accountId, NewEntry entry, long recordedBy) {
        checkBalanced(entry);
        Head head = lockHead(accountId);
        checkSubjects(accountId, head, entry);
        if (entry.reversesSeq() != null && (entry.reversesSeq() < 1 || entry.reversesSeq() > head.seq())) {
            throw new BadInputException("reversesSeq", "要冲销的第 " + entry.reversesSeq() + " 笔分录不存在");
        }
        long seq = head.seq() + 1;
        // PostgreSQL keeps microseconds: the hash covers the time exactly as it will be read back
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = EntryHash.of(new EntryHash.Canonical(accountId, seq, entry.date(), entry.memo(),
                entry.reversesSeq(), entry.voucherId(), recordedBy, recordedAt, entry.lines(), head.hash()));
        try {
            jdbc.sql("""
                            insert into ledger.entry (account_id, county, seq, entry_date, memo, reverses_seq, voucher_id,
                                                      recorded_by, recorded_at, prev_hash, hash)
                            values (:account, :county, :seq, :date, :memo, :reverses, :voucher, :by, :at, :prev, :hash)""")
                    .param("account", accountId).param("county", head.county()).param("seq", seq)
                    .param("date", entry.date()).param("memo", entry.memo()).param("reverses", entry.reversesSeq())
                    .param("voucher", entry.voucherId()).param("by", recordedBy)
                    .param("at", recordedAt.atOffset(java.time.ZoneOffset.UTC)).param("prev", head.hash()).param("hash", hash).update();
        } catch (org.springframework.dao.DuplicateKeyException reversedAlready) {
            throw new ConflictException("第 " + entry.reversesSeq() + " 笔分录已经冲销过，不能再冲销");
        }
        int line = 0;
        for (NewEntry.Line l : entry.lines()) {
            jdbc.sql("""
                            insert into ledger.posting (account_id, county, seq, line, subject, debit, credit)
                            values (:account, :county, :seq, :line, :subject, :debit, :credit)""")
                    .param("account", accountId).param("county", head.county()).param("seq", seq).param("line", ++line)
                    .param("subject", l.subject()).param("debit", l.debit()).param("credit", l.credit()).update();
        }
        jdbc.sql("update ledger.account set head_seq = :seq, head_hash = :hash where id = :account and county = :county")
                .param("seq", seq).param("hash", hash).param("account", accountId).param("county", head.county()).update();
        return new Posted(accountId, seq, hash);
    }

    /**
     * Posts the reversing entry (红字冲销) of entry {@code seq}: the same subjects with debit and credit swapped,
     * dated {@code entry.date()}, citing the entry it reverses. An entry is reversed once; a reversal is not
     * reversed (post the entry anew instead).
     */
    @Transactional
    public Posted reverse(long accountId, long seq, String reason, java.time.LocalDate date, long recordedBy) {
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason", "请写明冲销的原因");
        }
        // the lock first: two reversals of one entry take turns, and the second finds the first (409)
        Head head = lockHead(accountId);
        // a boolean, not the nullable column: a null row value would read as "no such entry"
        boolean isReversal = jdbc.sql("""
                        select reverses_seq is not null from ledger.entry
                        where account_id = :account and county = :county and seq = :seq""")
                .param("account", accountId).param("county", head.county()).param("seq", seq)
                .query(Boolean.class).optional()
                .orElseThrow(() -> new NotFoundException("第 " + seq + " 笔分录不存在"));
        if (isReversal) {
            throw new ConflictException("第 " + seq + " 笔分录本身是冲销分录，不能再冲销；请重新记一笔正确的分录");
        }
        boolean reversed = jdbc.sql("""
                        select exists (select 1 from ledger.entry where account_id = :account and county = :county
                                       and reverses_seq = :seq)""")
                .param("account", accountId).param("county", head.county()).param("seq", seq)
                .query(Boolean.class).single();
        if (reversed) {
            throw new ConflictException("第 " + seq + " 笔分录已经冲销过，不能再冲销");
        }
        List<NewEntry.Line> mirrored = new ArrayList<>();
        jdbc.sql("""
                        select subject, debit, credit from ledger.posting
                        where account_id = :account and county = :county and seq = :seq order by line""")
                .param("account", accountId).param("county", head.county()).param("seq", seq)
                .query((rs, n) -> mirrored.add(new NewEntry.Line(rs.getString(1), rs.getLong(3), rs.getLong(2)))).list();
        if (reason.strip().length() > 200) {
            throw new BadInputException("reason", "冲销原因请在 200 字以内");
        }
        String memo = "红字冲销第 " + seq + " 笔：" + reason.strip();
        return post(accountId, new NewEntry(date, memo, mirrored, seq, null), recordedBy);
    }

    record Head(String county, long seq, String hash) {
    }

    private Head lockHead(long accountId) {
        return jdbc.sql("select county, head_seq, head_hash from ledger.account where id = :account for update")
                .param("account", accountId)
                .query((rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFoundException("账本 " + accountId + " 不存在"));
    }

    static void checkBalanced(NewEntry entry) {
        if (entry.date() == null) {
            throw new BadInputException("date", "请填写记账日期");
        }
        if (entry.memo() == null || entry.memo().isBlank() || entry.memo().length() > 500) {
            throw new BadInputException("memo", "请填写摘要（500 字以内）");
        }
        if (entry.lines().size() < 2 || entry.lines().size() > MAX_LINES) {
            throw new BadInputException("lines", "一笔分录至少要有一借一贷两行，至多 " + MAX_LINES + " 行");
        }
        long debits = 0;
        long credits = 0;
        for (NewEntry.Line line : entry.lines()) {
            if (line.subject() == null || line.subject().isBlank()) {
                throw new BadInputException("lines", "每一行都要选择科目");
            }
            if (line.debit() < 0 || line.credit() < 0 || (line.debit() == 0) == (line.credit() == 0)) {
                throw new BadInputException("lines", "每一行只能填借方或贷方金额中的一个，且须大于 0");
            }
            debits = Math.addExact(debits, line.debit());
            credits = Math.addExact(credits, line.credit());
        }
        if (debits != credits) {
            throw new BadInputException("lines", "借贷不平：借方合计 " + org.jiceng.Fen.yuan(debits) + " 元，贷方合计 "
                    + org.jiceng.Fen.yuan(credits) + " 元");
        }
    }

    private void checkSubjects(long accountId, Head head, NewEntry entry) {
        Set<String> named = new TreeSet<>(entry.lines().stream().map(NewEntry.Line::subject).toList());
        Set<String> known = new TreeSet<>(jdbc.sql("""
                        select code from ledger.subject where account_id = :account and county = :county and code in (:codes)""")
                .param("account", accountId).param("county", head.county())
                .param("codes", named).query(String.class).list());
        named.removeAll(known);
        if (!named.isEmpty()) {
            throw new BadInputException("lines", "本账本没有这些科目：" + String.join("、", named));
        }
    }
}

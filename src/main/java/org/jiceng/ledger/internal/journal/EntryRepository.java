package org.jiceng.ledger.internal.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.ledger.internal.account.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the journal of one account: pages of entries by number, their lines, subjects' sums before a point. */
@Repository
class EntryRepository {

    private final JdbcClient jdbc;

    EntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long seq, LocalDate date, String memo, Long reversesSeq, Long voucherId, long recordedBy,
               OffsetDateTime recordedAt, String prevHash, String hash) {
    }

    record Posting(long seq, String subject, long debit, long credit) {
    }

    record SubjectRow(String code, String name, SubjectKind kind) {
    }

    /** Entries after {@code after} in number order, within [{@code from}, {@code to}) when given. */
    List<Row> entries(long account, String county, long after, LocalDate from, LocalDate to, int limit) {
        String sql = """
                select seq, entry_date, memo, reverses_seq, voucher_id, recorded_by, recorded_at, prev_hash, hash
                from ledger.entry where account_id = :account and county = :county and seq > :after"""
                + (from == null ? "" : " and entry_date >= :from and entry_date < :to") + " order by seq limit :limit";
        var query = jdbc.sql(sql).param("account", account).param("county", county).param("after", after)
                .param("limit", limit);
        if (from != null) {
            query = query.param("from", from).param("to", to);
        }
        return query.query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                (Long) rs.getObject(4), (Long) rs.getObject(5), rs.getLong(6), rs.getObject(7, OffsetDateTime.class),
                rs.getString(8), rs.getString(9))).list();
    }

    List<Posting> postings(long account, String county, long fromSeq, long toSeq) {
        return jdbc.sql("""
                        select seq, subject, debit, credit from ledger.posting
                        where account_id = :account and county = :county and seq between :from and :to order by seq, line""")
                .param("account", account).param("county", county).param("from", fromSeq).param("to", toSeq)
                .query((rs, n) -> new Posting(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Each subject's debits and credits over the entries numbered below {@code seq}: [debit, credit]. */
    Map<String, long[]> sumsBefore(long account, String county, long seq) {
        Map<String, long[]> sums = new HashMap<>();
        jdbc.sql("""
                        select subject, coalesce(sum(debit), 0), coalesce(sum(credit), 0) from ledger.posting
                        where account_id = :account and county = :county and seq < :seq group by subject""")
                .param("account", account).param("county", county).param("seq", seq)
                .query(rs -> {
                    sums.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return sums;
    }

    /** Which entry reversed each of the entries numbered {@code fromSeq}..{@code toSeq}. */
    Map<Long, Long> reversals(long account, String county, long fromSeq, long toSeq) {
        Map<Long, Long> by = new HashMap<>();
        jdbc.sql("""
                        select reverses_seq, seq from ledger.entry where account_id = :account and county = :county
                        and reverses_seq between :from and :to""")
                .param("account", account).param("county", county).param("from", fromSeq).param("to", toSeq)
                .query(rs -> {
                    by.put(rs.getLong(1), rs.getLong(2));
                });
        return by;
    }

    Map<String, SubjectRow> subjects(long account, String county) {
        Map<String, SubjectRow> subjects = new LinkedHashMap<>();
        jdbc.sql("select code, name, kind from ledger.subject where account_id = :account and county = :county order by code")
                .param("account", account).param("county", county)
                .query(rs -> {
                    subjects.put(rs.getString(1), new SubjectRow(rs.getString(1), rs.getString(2),
                            SubjectKind.valueOf(rs.getString(3))));
                });
        return subjects;
    }
}

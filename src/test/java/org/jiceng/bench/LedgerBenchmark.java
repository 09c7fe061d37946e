package org.jiceng.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jiceng.ledger.internal.journal.ChainVerifier;
import org.jiceng.ledger.internal.journal.EntryHash;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The ledger's journal (issue 19) at the size of a long-lived account: {@code JICENG_BENCH_LEDGER_ENTRIES} entries
 * (1,000,000 unless given) posted one by one to one account through {@link Journal#post} (each under the account's
 * row lock, hashed, in its own transaction), then the whole chain verified by {@link ChainVerifier}. Beside them,
 * measured in the same run: the very same rows inserted with bare JDBC into copies of the tables without triggers
 * or keys to other tables, one transaction per entry as the journal commits them, and a bare SHA-256 pass over the
 * same canonical bytes the verifier hashes. Run: {@code ./jiceng bench Ledger}.
 */
public final class LedgerBenchmark {

    private static final int SLICE = 10_000;

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);   // the embedded PostgreSQL and JDBC pools leave non-daemon threads behind
    }

    static long entries() {
        String asked = System.getenv("JICENG_BENCH_LEDGER_ENTRIES");
        return asked == null || asked.isBlank() ? 1_000_000 : Long.parseLong(asked.strip().replace("_", ""));
    }

    public static String run() throws Exception {
        long n = entries();
        StringBuilder md = new StringBuilder("### Ledger: posting and verifying a chain of " + String.format("%,d", n)
                + " entries\n\n");
        md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), fresh cluster, demo settings.\n\n");
        Path data = Files.createTempDirectory("jiceng-ledger-bench");
        try (ConfigurableApplicationContext app = BenchApp.quietDemo(data)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Journal journal = app.getBean(Journal.class);
            ChainVerifier verifier = app.getBean(ChainVerifier.class);
            DataSource db = app.getBean(DataSource.class);
            long account = account(jdbc);
            LocalDate day = LocalDate.of(2026, 1, 1);

            long started = System.nanoTime();
            for (long i = 1; i <= n; i++) {
                long fen = 100 + i % 100_000;
                journal.post(account, NewEntry.of(day.plusDays(i % 365), "基准分录 " + i,
                        List.of(NewEntry.Line.debit("6403", fen), NewEntry.Line.credit("1002", fen))), 1);
                progress("posted", i, n, started);
            }
            double postSeconds = seconds(started);

            started = System.nanoTime();
            long begun = started;
            ChainVerifier.Verdict verdict = verifier.verify(account, checked -> progress("verified", checked, n, begun));
            double verifySeconds = seconds(started);
            if (!verdict.intact() || verdict.checked() != n) {
                throw new IllegalStateException("the chain did not verify: " + verdict);
            }

            double insertSeconds = bareInsert(db, jdbc, account, n);
            double hashSeconds = bareHash(jdbc, account, n);

            md.append("| what | time | rate |\n|---|---:|---:|\n");
            row(md, "`Journal.post`, one entry (2 lines) a transaction, under the account's lock", postSeconds, n);
            row(md, "bare JDBC INSERT of the same rows (entry + 2 postings), one transaction an entry", insertSeconds, n);
            row(md, "`ChainVerifier.verify` of the whole chain (read, rebuild, hash, link)", verifySeconds, n);
            row(md, "bare SHA-256 over the same canonical bytes, in memory", hashSeconds, n);
            md.append(String.format("%nPosting costs %.1f× the bare insert; verifying costs %.1f× the bare hashing "
                    + "(the rest is reading the rows back). Chain head after %,d entries: `%s`.%n",
                    postSeconds / insertSeconds, verifySeconds / hashSeconds, n, verdict.head()));
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        return md.toString();
    }

    /** An account of the demo county with the two subjects the entries use, made directly: no keeper is needed. */
    private static long account(JdbcClient jdbc) {
        long id = jdbc.sql("""
                        insert into ledger.account (county, territory_code, kind, name, created_by)
                        values ('530326', '530326001001', 'COLLECTIVE_FUNDS', '基准账本', 1) returning id""")
                .query(Long.class).single();
        jdbc.sql("""
                        insert into ledger.subject (account_id, county, code, name, kind)
                        values (:id, '530326', '1002', '银行存款', 'ASSET'), (:id, '530326', '6403', '保洁绿化', 'EXPENSE')""")
                .param("id", id).update();
        return id;
    }

    /** The stored rows inserted again, as they are, into copies of the tables: what the disk and the wire cost. */
    private static double bareInsert(DataSource db, JdbcClient jdbc, long account, long n) throws Exception {
        jdbc.sql("create table ledger.bench_entry (like ledger.entry including defaults including constraints including indexes)").update();
        jdbc.sql("create table ledger.bench_posting (like ledger.posting including defaults including constraints including indexes)").update();
        try (Connection c = db.getConnection();
             PreparedStatement read = c.prepareStatement("""
                     select e.county, e.seq, e.entry_date, e.memo, e.recorded_by, e.recorded_at, e.prev_hash, e.hash
                     from ledger.entry e where e.account_id = ? and e.county = '530326' and e.seq > ? and e.seq <= ? order by e.seq""");
             PreparedStatement entry = c.prepareStatement("""
                     insert into ledger.bench_entry (account_id, county, seq, entry_date, memo, recorded_by, recorded_at, prev_hash, hash)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement posting = c.prepareStatement("""
                     insert into ledger.bench_posting (account_id, county, seq, line, subject, debit, credit) values (?, ?, ?, ?, ?, ?, ?)""")) {
            double total = 0;
            for (long after = 0; after < n; after += SLICE) {
                List<Object[]> rows = new ArrayList<>();
                read.setLong(1, account);
                read.setLong(2, after);
                read.setLong(3, after + SLICE);
                try (var rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getObject(3), rs.getString(4), rs.getLong(5),
                                rs.getObject(6), rs.getString(7), rs.getString(8)});
                    }
                }
                c.setAutoCommit(false);
                long started = System.nanoTime();
                for (Object[] r : rows) {
                    long seq = (Long) r[1];
                    long fen = 100 + seq % 100_000;
                    entry.setLong(1, account);
                    entry.setString(2, (String) r[0]);
                    entry.setLong(3, seq);
                    entry.setObject(4, r[2]);
                    entry.setString(5, (String) r[3]);
                    entry.setLong(6, (Long) r[4]);
                    entry.setObject(7, r[5]);
                    entry.setString(8, (String) r[6]);
                    entry.setString(9, (String) r[7]);
                    entry.executeUpdate();
                    for (int line = 1; line <= 2; line++) {
                        posting.setLong(1, account);
                        posting.setString(2, (String) r[0]);
                        posting.setLong(3, seq);
                        posting.setInt(4, line);
                        posting.setString(5, line == 1 ? "6403" : "1002");
                        posting.setLong(6, line == 1 ? fen : 0);
                        posting.setLong(7, line == 1 ? 0 : fen);
                        posting.executeUpdate();
                    }
                    c.commit();
                }
                total += seconds(started);
                c.setAutoCommit(true);
                System.out.printf("  bare insert: %,d of %,d%n", Math.min(after + SLICE, n), n);
            }
            return total;
        }
    }

    /** The canonical bytes of every entry, built slice by slice untimed, then only their SHA-256 timed. */
    private static double bareHash(JdbcClient jdbc, long account, long n) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        double total = 0;
        for (long after = 0; after < n; after += SLICE) {
            List<byte[]> texts = jdbc.sql("""
                            select seq, entry_date, memo, recorded_by, recorded_at, prev_hash from ledger.entry
                            where account_id = :account and county = '530326' and seq > :after and seq <= :until order by seq""")
                    .param("account", account).param("after", after).param("until", after + SLICE)
                    .query((rs, i) -> {
                        long seq = rs.getLong(1);
                        long fen = 100 + seq % 100_000;
                        return EntryHash.text(new EntryHash.Canonical(account, seq, rs.getObject(2, LocalDate.class),
                                rs.getString(3), null, null, rs.getLong(4),
                                rs.getObject(5, java.time.OffsetDateTime.class).toInstant(),
                                List.of(NewEntry.Line.debit("6403", fen), NewEntry.Line.credit("1002", fen)),
                                rs.getString(6))).getBytes(StandardCharsets.UTF_8);
                    }).list();
            long started = System.nanoTime();
            for (byte[] text : texts) {
                sha.digest(text);
            }
            total += seconds(started);
        }
        return total;
    }

    private static void progress(String what, long done, long n, long started) {
        if (done % Math.max(1, Math.min(50_000, n / 10)) == 0 || done == n) {
            System.out.printf("  %s %,d of %,d (%.0f s)%n", what, done, n, seconds(started));
        }
    }

    private static void row(StringBuilder md, String what, double seconds, long n) {
        md.append(String.format("| %s | %.1f s | %,.0f entries/s |%n", what, seconds, n / seconds));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}

package org.jiceng.search.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills {@code search.document} for {@link SearchBenchmark} as fast as a shared machine allows: several COPY streams
 * at once, each over chunks of ids with a random generator of the chunk's own (so the documents do not depend on the
 * number of streams), the rows' literal text built from pieces prepared once, the table unlogged and without indexes
 * during the load, then the indexes built by sorting with a large {@code maintenance_work_mem} and parallel workers.
 * The table stays unlogged: a read of an unlogged table is the same read as of a logged one, while {@code SET LOGGED}
 * would write the whole table once more into the WAL. Progress (rows, rate, ETA) every 30 s.
 */
final class SearchBenchLoad {

    private static final int CHUNK = 50_000;
    /**
     * The first step's name, which names the documents' shape too: a database loaded in another shape (before the
     * index held character pairs and days) is loaded anew, never resumed nor reused.
     */
    private static final String BEGUN = "begun: pairs, days of everywhere, counties and towns, in time order, partitions by county";
    private static final int FLUSH_BYTES = 1 << 18;

    private final DataSource db;
    private final long n;
    private final String[] words;
    private final SearchBenchmark.Zipf zipf;
    private final String[] villages;
    private final String[] villagePlaces;

    SearchBenchLoad(DataSource db, long n, String[] words, SearchBenchmark.Zipf zipf, int towns, int villagesPerTown) {
        this.db = db;
        this.n = n;
        this.words = words;
        this.zipf = zipf;
        villages = new String[towns * villagesPerTown];
        villagePlaces = new String[villages.length];
        for (int t = 0; t < towns; t++) {
            for (int v = 0; v < villagesPerTown; v++) {
                String village = SearchBenchmark.town(t) + String.format("%03d", 1 + v);
                villages[t * villagesPerTown + v] = village;
                villagePlaces[t * villagesPerTown + v] = String.join(" ",
                        SearchTerms.places(village).stream().map(SearchTerms::quoted).toList());
            }
        }
    }

    /**
     * Loads, indexes and analyses, resuming where an earlier run over the same data directory stopped: each chunk of
     * documents is committed with its mark in {@code public.search_bench_chunk}, each step done with its time in
     * {@code public.search_bench_step}; answers the load's statistics as a Markdown paragraph.
     */
    String load(int streams) throws Exception {
        long started = System.nanoTime();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists public.search_bench_step (step text primary key, documents bigint not null,"
                    + " seconds double precision not null)");
            s.execute("create table if not exists public.search_bench_chunk (chunk bigint primary key)");
            boolean resumed;
            try (ResultSet r = s.executeQuery("select count(*) from public.search_bench_step where step = '" + BEGUN + "'"
                    + " and documents = " + n)) {
                r.next();
                // an unlogged table is emptied by crash recovery: then the chunks' marks say nothing and all restarts
                resumed = r.getLong(1) == 1 && exists(s, "select exists (select 1 from search.document)");
            }
            if (!resumed) {
                s.execute("truncate public.search_bench_step, public.search_bench_chunk, search.document");
                // a partitioned table holds no rows of its own: each partition is made unlogged
                for (String partition : partitions(s)) {
                    s.execute("alter table " + partition + " set unlogged");
                }
                s.execute("drop index if exists search.document_words_idx");
                s.execute("drop index if exists search.document_territory_idx");
                s.execute("alter table search.document drop constraint if exists document_pkey");
                s.execute("insert into public.search_bench_step values ('" + BEGUN + "', " + n + ", 0)");
            } else {
                System.out.println("search bench: resuming an earlier load of " + String.format("%,d", n) + " documents");
            }
        }
        if (!done("copy")) {
            copy(streams, started);
        }
        step("gin", "create index if not exists document_words_idx on search.document using gin (words)");
        step("key", "alter table search.document add primary key (kind, record_id, county)");
        step("territory", "create index if not exists document_territory_idx on search.document (territory_code, at)");
        step("analyse", "vacuum analyze search.document");
        String sizes;
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select (select pg_size_pretty(sum(pg_table_size(relid)))"
                     + " from pg_partition_tree('search.document')), (select pg_size_pretty(sum(pg_relation_size(relid)))"
                     + " from pg_partition_tree('search.document_words_idx'))")) {
            r.next();
            sizes = "table " + r.getString(1) + ", GIN index " + r.getString(2);
        }
        double copySeconds = seconds("copy");
        return String.format(Locale.ROOT, "Load: %,d documents in %d COPY streams, %.0f s (%,.0f rows/s; table unlogged, "
                        + "no indexes); GIN build %.0f s (maintenance_work_mem 2 GB, 2 parallel workers); primary key and "
                        + "territory index %.0f s; VACUUM ANALYZE %.0f s; %s.%n%n",
                n, streams, copySeconds, n / copySeconds, seconds("gin"), seconds("key") + seconds("territory"),
                seconds("analyse"), sizes);
    }

    /** Whether the loaded database is complete at this size: every step done. */
    static boolean complete(DataSource db, long n) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            return exists(s, "select to_regclass('public.search_bench_step') is not null")
                    && exists(s, "select exists (select 1 from public.search_bench_step where step = '" + BEGUN + "')")
                    && exists(s, "select exists (select 1 from public.search_bench_step where step = 'analyse' and documents = " + n + ")")
                    && exists(s, "select exists (select 1 from search.document)");
        }
    }

    private static List<String> partitions(Statement s) throws SQLException {
        List<String> partitions = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select relid::text from pg_partition_tree('search.document') where isleaf")) {
            while (r.next()) {
                partitions.add(r.getString(1));
            }
        }
        return partitions;
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() && r.getBoolean(1);
        }
    }

    private boolean done(String step) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            return exists(s, "select exists (select 1 from public.search_bench_step where step = '" + step + "')");
        }
    }

    private double seconds(String step) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select seconds from public.search_bench_step where step = '" + step + "'")) {
            return r.next() ? r.getDouble(1) : Double.NaN;
        }
    }

    private void record(String step, double seconds) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(String.format(Locale.ROOT, "insert into public.search_bench_step values ('%s', %d, %f)"
                    + " on conflict (step) do update set seconds = excluded.seconds", step, n, seconds));
        }
    }

    private void step(String step, String sql) throws Exception {
        if (step.equals("key") && !done(step)) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                if (exists(s, "select exists (select 1 from pg_constraint where conname = 'document_pkey')")) {
                    record(step, 0);   // built by a run stopped before it noted the time
                }
            }
        }
        if (!done(step)) {
            record(step, timed(sql));
        }
    }

    private void copy(int streams, long started) throws Exception {
        java.util.Set<Long> copiedBefore = new java.util.HashSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select chunk from public.search_bench_chunk")) {
            while (r.next()) {
                copiedBefore.add(r.getLong(1));
            }
        }
        long chunks = (n + CHUNK - 1) / CHUNK;
        java.util.concurrent.ConcurrentLinkedQueue<Long> todo = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (long k = 0; k < chunks; k++) {
            if (!copiedBefore.contains(k)) {
                todo.add(k);
            }
        }
        long already = Math.min(n, copiedBefore.size() * (long) CHUNK);
        AtomicLong copied = new AtomicLong();
        // resumed loads add their times: the figure is the copy's whole wall-clock time
        double before = Double.isNaN(seconds("copy-part")) ? 0 : seconds("copy-part");
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            long done = copied.get();
            double rate = done / Math.max(seconds, 1e-3);
            System.out.printf(Locale.ROOT, "search bench: %,d of %,d documents copied (%,d this run, %.0f s), %,.0f rows/s,"
                    + " ETA %.0f min%n", already + done, n, done, seconds, rate,
                    rate > 0 ? (n - already - done) / rate / 60 : Double.NaN);
            try {
                record("copy-part", before + seconds);
            } catch (SQLException e) {
                System.out.println("search bench: copy time not recorded (" + e.getClass().getSimpleName() + ")");
            }
        }, 30, 30, TimeUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(streams);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                running.add(pool.submit(() -> {
                    stream(todo, copied);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            progress.shutdownNow();
        }
        record("copy", before + (System.nanoTime() - started) / 1e9);
    }

    /** One COPY stream: takes chunks until none is left, each committed with its mark in one transaction. */
    private void stream(java.util.Queue<Long> todo, AtomicLong copied) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            StringBuilder rows = new StringBuilder(FLUSH_BYTES + 8192);
            StringBuilder text = new StringBuilder(256);
            Long chunk;
            while ((chunk = todo.poll()) != null) {
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy search.document (county, kind,"
                        + " record_id, territory_code, at, title, body, words, public, owner_id, unit_ids) from stdin");
                SplittableRandom random = new SplittableRandom(SearchBenchmark.SEED * 31 + chunk);
                long last = Math.min(n, (chunk + 1) * CHUNK);
                for (long id = chunk * CHUNK + 1; id <= last; id++) {
                    row(rows, text, id, random);
                    if (rows.length() > FLUSH_BYTES / 3) {   // about three bytes a character
                        flush(copy, rows);
                    }
                }
                flush(copy, rows);
                copy.endCopy();
                try (Statement s = c.createStatement()) {
                    s.execute("insert into public.search_bench_chunk values (" + chunk + ")");
                }
                c.commit();
                copied.addAndGet(last - chunk * CHUNK);
            }
        }
    }

    /** When the simulated year ends, 14:00 in Beijing: the benchmark searches at this moment. */
    static final Instant END = Instant.parse("2026-12-01T06:00:00Z");
    private static final long YEAR = 365L * 86_400;

    /**
     * One case document, as {@link SearchTerms#vector} shapes a real one: the title's and body's Chinese characters
     * and pairs at their offsets, the title's number, the place at every level, the day and the month (everywhere, in the county, in the town). Documents are
     * numbered in the order they happen, evenly over the year, as a hotline files them.
     */
    private void row(StringBuilder row, StringBuilder text, long id, SplittableRandom random) {
        // towns differ in size as real ones do: a few busy ones, many quiet
        int towns = villages.length / 10;
        int t = (int) Math.min(towns - 1, (long) (towns * Math.pow(random.nextDouble(), 1.6)));
        int v = t * 10 + random.nextInt(10);
        String village = villages[v];
        int count = 15 + random.nextInt(16);
        text.setLength(0);
        text.append("诉求 ").append(id).append('\n');
        int bodyStart = text.length();
        for (int w = 0; w < count; w++) {
            text.append(words[zipf.next(random)]);
            if (w % 6 == 5) {
                text.append('，');
            }
        }
        Instant at = END.minusSeconds(YEAR).plusSeconds((id - 1) * YEAR / n);
        row.append(village, 0, 6).append("\tCASE\t").append(id).append('\t').append(village).append('\t')
                .append(at).append("\t诉求 ").append(id).append('\t').append(text, bodyStart, text.length()).append('\t');
        row.append("'").append(id).append("':4 ");
        SearchTerms.hanLexemes(text.toString(), row);
        row.append(villagePlaces[v]);
        for (String time : SearchTerms.times(village, at)) {
            row.append(' ').append(SearchTerms.quoted(time));
        }
        row.append('\t').append(random.nextInt(10) == 0 ? 't' : 'f').append("\t\\N\t{}\n");
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /** Runs a statement with room to sort and parallel workers, printing the index build's progress every 30 s. */
    private double timed(String sql) throws Exception {
        long started = System.nanoTime();
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> {
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select phase, blocks_done, blocks_total, tuples_done, tuples_total"
                         + " from pg_stat_progress_create_index")) {
                while (r.next()) {
                    System.out.printf(Locale.ROOT, "search bench: %s — %s, blocks %,d of %,d, tuples %,d of %,d, %.0f s%n",
                            sql.substring(0, Math.min(60, sql.length())), r.getString(1), r.getLong(2), r.getLong(3),
                            r.getLong(4), r.getLong(5), (System.nanoTime() - started) / 1e9);
                }
            } catch (SQLException e) {
                System.out.println("search bench: progress unknown (" + e.getClass().getSimpleName() + ")");
            }
        }, 30, 30, TimeUnit.SECONDS);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '2GB'");
            s.execute("set max_parallel_maintenance_workers = 2");
            s.execute(sql);
        } finally {
            progress.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "search bench: %s: %.0f s%n", sql, seconds);
        return seconds;
    }
}

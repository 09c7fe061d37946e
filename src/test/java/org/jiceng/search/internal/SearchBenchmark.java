package org.jiceng.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jiceng.CurrentUser;
import org.jiceng.JicengApplication;
import org.jiceng.Role;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The search index at a year of Beijing's 12345 (21,430,000 cases unless {@code JICENG_BENCH_SEARCH_DOCS} says
 * otherwise), spread over the 336 towns of a synthetic 16-district city (10 villages a town). Each document is a
 * case of 15–30 words drawn by a Zipf law from a vocabulary of 30,000 two-character Chinese words, indexed exactly
 * as {@link SearchTerms#vector} shapes a real one (each word at its character offset, its characters beside it, the
 * place at every level), COPYed into {@code search.document} with the GIN index built after the load. Then a town
 * official's search — the statement {@link SearchSql} builds for TOWN_STAFF of the busiest town, 1–3 words shaped as
 * a real query, ranked, first page of 20 — is timed over JDBC, beside two limits measured in the same run: the GIN
 * intersection of the same query and town counted without ranking, and a primary-key lookup.
 * Run: {@code ./jiceng bench Search}.
 */
public final class SearchBenchmark {

    private static final long SEED = 20_261_203L;
    private static final int VOCABULARY = 30_000;
    private static final int DISTRICTS = 16;
    private static final int TOWNS_PER_DISTRICT = 21;
    private static final int VILLAGES_PER_TOWN = 10;
    private static final int QUERIES = 300;
    private static final int WARM_UP = 50;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);   // the embedded PostgreSQL and JDBC pools leave non-daemon threads behind
    }

    static long documents() {
        String asked = System.getenv("JICENG_BENCH_SEARCH_DOCS");
        return asked == null || asked.isBlank() ? 21_430_000L : Long.parseLong(asked.strip().replace("_", ""));
    }

    public static String run() throws Exception {
        long n = documents();
        StringBuilder md = new StringBuilder("### Full-text search: a town's search over " + String.format("%,d", n)
                + " case documents\n\n");
        Path data = Files.createTempDirectory("jiceng-search-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JicengApplication.class)
                .run("--jiceng.data-dir=" + data, "--jiceng.db.url=", "--server.port=0", "--jiceng.demo.year=false",
                        "--jiceng.cases.background-sweeps=false", "--jiceng.search.index-interval=PT1H")) {
            DataSource db = app.getBean(DataSource.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            md.append(machine()).append("; PostgreSQL embedded (zonky), demo settings.\n\n");
            String[] words = vocabulary();
            Zipf zipf = new Zipf(VOCABULARY, 1.0);
            load(md, db, n, words, zipf);
            measure(md, jdbc, words, zipf);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(data);
            } catch (java.io.IOException e) {
                System.err.println("未能删除基准测试数据目录 " + data + "：" + e);
            }
        }
        return md.toString();
    }

    private static String machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        return String.format("Machine: %s, %d cores, %d GiB heap max; %s %s", cpu, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 30, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    /** Two-character words over 600 common-range Han characters, distinct, in a fixed order. */
    static String[] vocabulary() {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < VOCABULARY) {
            words.add(Character.toString(0x4E00 + 40 * random.nextInt(600) % 20_000)
                    + Character.toString(0x4E00 + (37 * random.nextInt(600) + 11) % 20_000));
        }
        return words.toArray(String[]::new);
    }

    static String town(int t) {
        return String.format("1101%02d%03d", 1 + t / TOWNS_PER_DISTRICT, 1 + t % TOWNS_PER_DISTRICT);
    }

    private static void load(StringBuilder md, DataSource db, long n, String[] words, Zipf zipf) throws Exception {
        int towns = DISTRICTS * TOWNS_PER_DISTRICT;
        SplittableRandom random = new SplittableRandom(SEED);
        Instant end = Instant.parse("2026-12-01T00:00:00Z");
        long year = 365L * 86_400;
        long started = System.nanoTime();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate search.document");
            s.execute("drop index search.document_words_idx");
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy search.document (county, kind, record_id,"
                    + " territory_code, at, title, body, words, public, owner_id, unit_ids) from stdin");
            StringBuilder row = new StringBuilder(2048);
            for (long id = 1; id <= n; id++) {
                // towns differ in size as real ones do: a few busy ones, many quiet
                int t = (int) Math.min(towns - 1, (long) (towns * Math.pow(random.nextDouble(), 1.6)));
                String village = town(t) + String.format("%03d", 1 + random.nextInt(VILLAGES_PER_TOWN));
                int count = 15 + random.nextInt(16);
                StringBuilder body = new StringBuilder(count * 3);
                StringBuilder vector = new StringBuilder(count * 24);
                for (int w = 0; w < count; w++) {
                    String word = words[zipf.next(random)];
                    int position = body.length() + 1;
                    body.append(word);
                    vector.append(SearchTerms.quoted(word)).append(':').append(position).append(' ')
                            .append(SearchTerms.quoted(word.substring(0, 1))).append(':').append(position).append(' ')
                            .append(SearchTerms.quoted(word.substring(1))).append(':').append(position + 1).append(' ');
                    if (w % 6 == 5) {
                        body.append('，');
                    }
                }
                for (String place : SearchTerms.places(village)) {
                    vector.append(SearchTerms.quoted(place)).append(' ');
                }
                Instant at = end.minusSeconds((long) (random.nextDouble() * year));
                row.setLength(0);
                row.append(village, 0, 6).append("\tCASE\t").append(id).append('\t').append(village).append('\t')
                        .append(at).append("\t诉求 ").append(id).append('\t').append(body).append('\t')
                        .append(vector.toString().strip().replace("\\", "\\\\")).append('\t')
                        .append(random.nextInt(10) == 0 ? 't' : 'f').append("\t\\N\t{}\n");
                byte[] bytes = row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                if (id % 500_000 == 0) {
                    System.out.printf(Locale.ROOT, "search bench: %,d of %,d documents copied, %.0f s%n", id, n,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            copy.endCopy();
        }
        double copied = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'");
            s.execute("create index document_words_idx on search.document using gin (words)");
        }
        double indexed = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "search bench: GIN index built in %.0f s%n", indexed);
        started = System.nanoTime();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze search.document");
        }
        md.append(String.format(Locale.ROOT, "%,d documents over %d towns of 16 districts; COPY %.0f s (%,.0f rows/s; "
                        + "the GIN index dropped), GIN build %.0f s, VACUUM ANALYZE %.0f s.%n%n", n, towns, copied,
                n / copied, indexed, (System.nanoTime() - started) / 1e9));
    }

    private static void measure(StringBuilder md, JdbcClient jdbc, String[] words, Zipf zipf) {
        String town = jdbc.sql("select left(territory_code, 9) from search.document group by 1 order by count(*) desc limit 1")
                .query(String.class).single();
        long inTown = jdbc.sql("select count(*) from search.document where territory_code >= :t and territory_code < :u")
                .param("t", town).param("u", town + "\uffff").query(Long.class).single();
        CurrentUser official = new CurrentUser(1, "bench", "基准", List.of(new CurrentUser.Grant(Role.TOWN_STAFF, town, null)));
        SplittableRandom random = new SplittableRandom(SEED + 1);
        long[] search = new long[QUERIES];
        long[] intersect = new long[QUERIES];
        long[] byKey = new long[QUERIES];
        long matched = 0;
        for (int i = -WARM_UP; i < QUERIES; i++) {
            int count = 1 + random.nextInt(3);
            List<String> parts = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            for (int w = 0; w < count; w++) {
                // people search the words that are common in complaints: the first 3,000 of the Zipf ranks
                String word = words[Math.min(zipf.next(random), 2_999)];
                parts.add("(" + SearchTerms.quoted(word) + " | (" + SearchTerms.quoted(word.substring(0, 1)) + " <-> "
                        + SearchTerms.quoted(word.substring(1)) + "))");
                plain.add(SearchTerms.quoted(word));
            }
            SearchRequest request = new SearchRequest(String.join(" ", plain),
                    new SearchTerms.Query(String.join(" & ", parts), plain), Set.of(SearchKind.CASE), null, null, null, null, 20);
            SearchSql sql = SearchSql.of(official, request);
            long t0 = System.nanoTime();
            int rows = jdbc.sql(sql.sql()).params(sql.params()).query().listOfRows().size();
            long t1 = System.nanoTime();
            long hits = jdbc.sql("select count(*) from search.document where words @@ cast(:q as tsquery)")
                    .param("q", "(" + String.join(" & ", plain) + ") & " + SearchTerms.quoted(SearchTerms.PLACE + town))
                    .query(Long.class).single();
            long t2 = System.nanoTime();
            jdbc.sql("select title from search.document where kind = 'CASE' and record_id = :id and county = :c")
                    .param("id", 1 + random.nextInt(1_000_000)).param("c", town.substring(0, 6)).query(String.class).optional();
            long t3 = System.nanoTime();
            if (i >= 0) {
                search[i] = t1 - t0;
                intersect[i] = t2 - t1;
                byKey[i] = t3 - t2;
                matched += hits;
                if (rows == 0 && hits > 0) {
                    throw new IllegalStateException("the search found nothing where the index has " + hits + " rows");
                }
            }
        }
        md.append(String.format(Locale.ROOT, "The busiest town %s holds %,d documents; %d queries of 1–3 words "
                + "(after %d to warm up), %,.0f matching documents a query on average in the town.%n%n",
                town, inTown, QUERIES, WARM_UP, (double) matched / QUERIES));
        md.append("| what | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|\n");
        row(md, "a town official's search: first page of 20, ranked (ts_rank_cd), the statement SearchSql builds", search);
        row(md, "limit: the GIN intersection of the same words and town, counted, no ranking", intersect);
        row(md, "limit: one document by primary key", byKey);
        md.append('\n');
    }

    private static void row(StringBuilder md, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", what, at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99)));
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** Ranks 0… drawn by a Zipf law of exponent {@code s}, by inverting its cumulative table. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int size, double s) {
            cumulative = new double[size];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                sum += 1 / Math.pow(k + 1, s);
                cumulative[k] = sum;
            }
            for (int k = 0; k < size; k++) {
                cumulative[k] /= sum;
            }
        }

        int next(SplittableRandom random) {
            int found = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
        }
    }
}

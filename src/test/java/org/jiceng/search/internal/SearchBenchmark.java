package org.jiceng.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.jiceng.platform.ThreadTime;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The search index at a year of Beijing's 12345 (21,430,000 cases unless {@code JICENG_BENCH_SEARCH_DOCS} says
 * otherwise), spread over the 336 towns of a synthetic 16-district city (10 villages a town). Each document is a
 * case of 15–30 words drawn by a Zipf law from a vocabulary of 30,000 two-character Chinese words, indexed exactly
 * as {@link SearchTerms#vector} shapes a real one (each character and each pair of neighbouring characters at its
 * offset, the place at every level, the day and the month), dated evenly over the year in the order of their ids and
 * COPYed in that order into {@code search.document} by {@link SearchBenchLoad}, as a hotline files them. With
 * {@code JICENG_BENCH_SEARCH_DATA=<dir>} the loaded database is kept there and a later run at the same size only
 * times. Then a town official's search — 1–3 words typed with spaces and cut by the analyser as the page cuts them,
 * {@link RankedMatches} for TOWN_STAFF of the busiest town (time windows, ranking, first page of 20) — is timed over
 * JDBC at the moment the simulated year ends, beside two limits measured in the same run: the newest 2,000 documents
 * of one village read with their words (what ranking a window must read at least), and a primary-key lookup.
 * Run: {@code ./jiceng bench Search}.
 */
public final class SearchBenchmark {

    static final long SEED = 20_261_203L;
    private static final int VOCABULARY = 30_000;
    private static final int DISTRICTS = 16;
    private static final int TOWNS_PER_DISTRICT = 21;
    private static final int VILLAGES_PER_TOWN = 10;
    private static final int QUERIES = 300;
    private static final int WARM_UP = 50;
    /** How many of the most common words people search. */
    private static final int SEARCHED_WORDS = 3_000;

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

    /** The loaded database to keep ({@code JICENG_BENCH_SEARCH_DATA}), or none: a temporary one, deleted after. */
    static Path keptData() {
        String asked = System.getenv("JICENG_BENCH_SEARCH_DATA");
        return asked == null || asked.isBlank() ? null : Path.of(asked.strip()).toAbsolutePath();
    }

    static int streams() {
        String asked = System.getenv("JICENG_BENCH_SEARCH_STREAMS");
        return asked == null || asked.isBlank() ? 2 : Integer.parseInt(asked.strip());
    }

    public static String run() throws Exception {
        long n = documents();
        StringBuilder md = new StringBuilder("### Full-text search: a town's search over " + String.format("%,d", n)
                + " case documents\n\n");
        Path kept = keptData();
        Path data = kept != null ? Files.createDirectories(kept) : Files.createTempDirectory("jiceng-search-bench");
        Path marker = data.resolve("search-bench-loaded.txt");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JicengApplication.class)
                .run("--jiceng.data-dir=" + data, "--jiceng.db.url=", "--server.port=0", "--jiceng.demo.year=false",
                        "--jiceng.cases.background-sweeps=false", "--jiceng.search.index-interval=PT1H",
                        "--jiceng.search.startup-rebuild=false")) {
            DataSource db = app.getBean(DataSource.class);
            md.append(machine()).append("; PostgreSQL embedded (zonky), demo settings.\n\n");
            String[] words = vocabulary();
            Zipf zipf = new Zipf(VOCABULARY, 1.0);
            if (SearchBenchLoad.complete(db, n) && Files.exists(marker)) {
                System.out.println("search bench: reusing the documents loaded in " + data);
                md.append("Documents loaded earlier in ").append(data).append(", only timed here. ")
                        .append(Files.readString(marker).lines().skip(1).findFirst().orElse("")).append("\n\n");
            } else {
                Files.deleteIfExists(marker);
                String stats = new SearchBenchLoad(db, n, words, zipf, DISTRICTS * TOWNS_PER_DISTRICT, VILLAGES_PER_TOWN)
                        .load(streams());
                md.append(stats);
                if (kept != null) {
                    Files.writeString(marker, n + "\n" + stats.strip() + "\n");
                }
            }
            String before = loadAverage();
            measure(md, app, words, zipf);
            md.append("Load average (1, 5, 15 min) before timing ").append(before).append(", after ")
                    .append(loadAverage()).append(".\n\n");
        } finally {
            if (kept == null) {
                try {
                    FileSystemUtils.deleteRecursively(data);
                } catch (java.io.IOException e) {
                    System.err.println("未能删除基准测试数据目录 " + data + "：" + e);
                }
            }
        }
        return md.toString();
    }

    private static String loadAverage() throws java.io.IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + ", " + parts[1] + ", " + parts[2];
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

    private static void measure(StringBuilder md, ConfigurableApplicationContext app, String[] words, Zipf zipf) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        RankedMatches matches = app.getBean(RankedMatches.class);
        // the first town draws the most documents (a town's share falls as a power of its index): no scan of the table
        String town = town(0);
        String village = town + "001";
        long inTown = jdbc.sql("select count(*) from search.document where territory_code >= :t and territory_code < :u")
                .param("t", town).param("u", town + "\uffff").query(Long.class).single();
        // the index is partitioned by county: the partition the town's searches read, and who shares it
        String partition = jdbc.sql("select tableoid::regclass::text from search.document where county = :c limit 1")
                .param("c", town.substring(0, 6)).query(String.class).single();
        String partitionHolds = jdbc.sql("select format('%s documents of %s %s, table %s, GIN index %s',"
                        + " to_char(count(*), 'FM999,999,999'), count(distinct county),"
                        + " case count(distinct county) when 1 then 'county' else 'counties' end,"
                        + " pg_size_pretty(pg_table_size(cast(:p as regclass))),"
                        + " pg_size_pretty(pg_relation_size((select indexrelid from pg_index i join pg_class x on x.oid = i.indexrelid"
                        + " where i.indrelid = cast(:p as regclass) and x.relam = (select oid from pg_am where amname = 'gin')))))"
                        + " from " + partition)
                .param("p", partition).query(String.class).single();
        CurrentUser official = new CurrentUser(1, "bench", "基准", List.of(new CurrentUser.Grant(Role.TOWN_STAFF, town, null)));
        SplittableRandom random = new SplittableRandom(SEED + 1);
        long[] search = new long[QUERIES];
        long[] newest = new long[QUERIES];
        long[] byKey = new long[QUERIES];
        // each search's time, by the window that held its page
        java.util.Map<String, List<Long>> byWindow = new java.util.LinkedHashMap<>();
        for (String window : List.of("the last day", "2–9 days", "10 days or more, whole months", "all time")) {
            byWindow.put(window, new ArrayList<>());
        }
        int empty = 0;
        List<Slow> slowest = new ArrayList<>();
        ThreadTime.set(SearchBenchLoad.END);   // the search happens as the simulated year ends
        try {
            for (int i = -WARM_UP; i < QUERIES; i++) {
                int count = 1 + random.nextInt(3);
                List<String> typed = new ArrayList<>();
                for (int w = 0; w < count; w++) {
                    // people search the words that are common in complaints: the first 3,000 of the Zipf ranks, drawn
                    // by the same law (a draw beyond them is drawn again; clamping it would make one word a fifth
                    // of all searches)
                    int rank = zipf.next(random);
                    while (rank >= SEARCHED_WORDS) {
                        rank = zipf.next(random);
                    }
                    typed.add(words[rank]);
                }
                // as a person types it, cut by the analyser as the search page cuts it
                SearchRequest request = new SearchRequest(String.join(" ", typed), SearchTerms.query(String.join(" ", typed)),
                        Set.of(SearchKind.CASE), null, null, null, null, 20);
                long t0 = System.nanoTime();
                RankedMatches.Page page = matches.ranked(official, request);
                long t1 = System.nanoTime();
                jdbc.sql("select sum(length(words)) from (select words from search.document where territory_code = :v"
                        + " and county = :c order by at desc limit " + SearchSql.RANKED_WINDOW + ") newest")
                        .param("v", village).param("c", town.substring(0, 6))
                        .query(Long.class).single();
                long t2 = System.nanoTime();
                jdbc.sql("select title from search.document where kind = 'CASE' and record_id = :id and county = :c")
                        .param("id", 1 + random.nextInt(1_000_000)).param("c", town.substring(0, 6)).query(String.class).optional();
                long t3 = System.nanoTime();
                if (i >= 0) {
                    search[i] = t1 - t0;
                    newest[i] = t2 - t1;
                    byKey[i] = t3 - t2;
                    empty += page.rows().isEmpty() ? 1 : 0;
                    String window = page.window() == null ? "all time" : page.window().days() == 1 ? "the last day"
                            : page.window().days() <= TimeWindows.DAYS_BY_DAY ? "2–9 days" : "10 days or more, whole months";
                    byWindow.get(window).add(t1 - t0);
                    slowest.add(new Slow(t1 - t0, String.join(" ", typed), window,
                            page.rows().isEmpty() ? 0 : page.rows().getFirst().matched()));
                }
            }
        } finally {
            ThreadTime.clear();
        }
        md.append(String.format(Locale.ROOT, "The busiest town %s holds %,d documents; its county's partition %s holds %s. "
                + "%d queries of 1–3 words "
                + "(after %d to warm up), cut by the analyser as the search page cuts them; %d of the %d found nothing. "
                + "The search runs at the end of the simulated year (%s).%n%n",
                town, inTown, partition, partitionHolds, QUERIES, WARM_UP, empty, QUERIES, SearchBenchLoad.END));
        md.append("Where the searches found their page (the first window holding " + SearchSql.RANKED_WINDOW
                + " matches, or all time), and their time there:\n\n| window | searches | p50 ms | p95 ms |\n|---|---:|---:|---:|\n");
        byWindow.forEach((window, times) -> {
            if (times.isEmpty()) {
                md.append(String.format(Locale.ROOT, "| %s | 0 | — | — |%n", window));
            } else {
                long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", window, sorted.length,
                        at(sorted, 0.50), at(sorted, 0.95)));
            }
        });
        md.append('\n');
        md.append("The slowest searches:\n\n| ms | words | window | matches ranked |\n|---:|---|---|---:|\n");
        slowest.stream().sorted(java.util.Comparator.comparingLong(Slow::nanos).reversed()).limit(8)
                .forEach(q -> md.append(String.format(Locale.ROOT, "| %.1f | %s | %s | %d |%n", q.nanos() / 1e6, q.words(),
                        q.window(), q.matched())));
        md.append('\n');
        md.append("| what | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|\n");
        row(md, "a town official's search: first page of 20, ranked (ts_rank_cd) among the newest "
                + SearchSql.RANKED_WINDOW + " matches, through the time windows (RankedMatches)", search);
        row(md, "limit: the " + SearchSql.RANKED_WINDOW + " newest documents of one village read with their words,"
                + " by the (territory_code, at) index, no words asked", newest);
        row(md, "limit: one document by primary key", byKey);
        md.append('\n');
    }

    private record Slow(long nanos, String words, String window, long matched) {
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

package org.jiceng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jiceng.analytics.CaseLoopSimulator;
import org.jiceng.analytics.internal.CaseTrack;
import org.jiceng.analytics.internal.ThreeRatesTally;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A year of Beijing's 12345 in one database (issue 24): 21,430,000 cases in {@code cases.case_file}, received over the
 * last 365 days, with their three-rate counters. The demo county stands for the busiest of 16 districts and holds
 * the share the search benchmark's city gives its busiest district (3,790,000, 17.7 %); the other cases are spread
 * over 15 more districts (county codes 530301–530315, each with the demo county's villages and grids renumbered).
 * Then the staff case desk ({@link CaseDeskBenchmark#measure}) and the monthly report
 * ({@link MonthlyReportBenchmark#measure}) are timed as before, now beside the whole city's rows.
 * {@code JICENG_BENCH_CITY_CASES} and {@code JICENG_BENCH_CASES} set the city's and the district's numbers;
 * {@code JICENG_BENCH_CITY_DATA=<dir>} keeps the loaded database there, so a later run only times.
 */
public final class CityYearBenchmark {

    private static final long SEED = 20_261_204L;
    private static final String COUNTY = "530326";
    private static final int OTHER_DISTRICTS = 15;

    private CityYearBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        String asked = System.getenv("JICENG_BENCH_CITY_CASES");
        long city = asked == null || asked.isBlank() ? 21_430_000L : Long.parseLong(asked.strip());
        long district = Math.min(city, BenchApp.cases(3_790_000L));
        String kept = System.getenv("JICENG_BENCH_CITY_DATA");
        Path data = kept == null || kept.isBlank() ? Files.createTempDirectory("jiceng-city-bench") : Path.of(kept);
        Files.createDirectories(data);
        StringBuilder md = new StringBuilder("### The case desk and the monthly report beside a year of Beijing's cases\n\n");
        // the search index is not what is measured here: no rebuild reading the city's cases behind the figures
        try (ConfigurableApplicationContext app = BenchApp.quietDemo(data, "--jiceng.search.startup-rebuild=false",
                "--jiceng.search.index-interval=PT1H")) {
            DataSource db = app.getBean(DataSource.class);
            md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), demo settings.\n\n");
            md.append(load(db, city, district));
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                // a kept report from an earlier run would be read, not computed: each run computes its own
                s.execute("truncate reports.monthly_report");
                md.append(String.format(Locale.ROOT, "Table cases.case_file %s with its indexes.%n%n",
                        first(s, "select pg_size_pretty(pg_total_relation_size('cases.case_file'))")));
            }
            md.append("#### The case desk of 古城街道\n\n");
            CaseDeskBenchmark.measure(md, app);
            md.append("#### The monthly report of 古城街道 and of the district\n\n");
            MonthlyReportBenchmark.measure(md, app);
        } finally {
            if (kept == null || kept.isBlank()) {
                try {
                    FileSystemUtils.deleteRecursively(data);
                } catch (java.io.IOException stillStopping) {
                    System.err.println("临时目录未能删除：" + data + "（" + stillStopping.getMessage() + "）");
                }
            }
        }
        return md.toString();
    }

    /**
     * COPYs the city's year without the table's secondary indexes and builds them after (as a bulk load would),
     * unless the data directory already holds this load; answers the load's figures as a paragraph.
     */
    private static String load(DataSource db, long city, long district) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists public.city_bench_load (city bigint, district bigint, said text)");
            try (ResultSet r = s.executeQuery("select said from public.city_bench_load where city = " + city
                    + " and district = " + district)) {
                if (r.next()) {
                    System.out.println("city bench: the data directory holds this load already; timing only");
                    return r.getString(1) + " (loaded earlier into the kept data directory)\n\n";
                }
            }
        }
        BenchApp.CountyLoop loop = BenchApp.CountyLoop.of(db, COUNTY);
        List<String> places = loop.places();
        List<String> elsewhere = new ArrayList<>();
        for (int d = 1; d <= OTHER_DISTRICTS; d++) {
            String county = String.format("5303%02d", d);
            places.forEach(p -> elsewhere.add(county + p.substring(6)));
        }
        Instant to = Instant.now();
        Instant from = to.minus(Duration.ofDays(365));
        CaseLoopSimulator inDistrict = new CaseLoopSimulator(places, loop.units(), loop.categories(), from, to);
        CaseLoopSimulator inOthers = new CaseLoopSimulator(elsewhere, loop.units(), loop.categories(), from, to);
        Map<String, String> indexes = new LinkedHashMap<>();
        long started = System.nanoTime();
        ThreeRatesTally tally = new ThreeRatesTally();
        long bytes;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate cases.case_file cascade");
            s.execute("truncate analytics.three_rates, analytics.case_track, analytics.case_event_queue");
            // indexes not behind a constraint are dropped for the COPY and built again after it
            try (ResultSet r = s.executeQuery("select indexname, indexdef from pg_indexes i where schemaname = 'cases'"
                    + " and tablename = 'case_file' and not exists (select from pg_constraint k"
                    + " where k.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)")) {
                while (r.next()) {
                    indexes.put(r.getString(1), r.getString(2));
                }
            }
            for (String index : indexes.keySet()) {
                s.execute("drop index cases." + index);
            }
            SplittableRandom random = new SplittableRandom(SEED);
            Map<String, Ids> byCounty = new java.util.HashMap<>();
            CaseRows rows = new CaseRows(c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy cases.case_file (" + CaseRows.COLUMNS + ") from stdin"));
            long lastSaid = System.nanoTime();
            for (long id = 1; id <= city; id++) {
                // the district's cases fall among the city's in the order they come
                CaseLoopSimulator simulator = random.nextLong(city) < district ? inDistrict : inOthers;
                CaseLoopSimulator.Story story = simulator.next(id, random);
                rows.add(sameCounty(story.row(), byCounty, random));
                CaseTrack track = null;
                for (Object event : story.events()) {
                    track = event instanceof CaseFiled f ? ThreeRatesTally.fold(track, f) : ThreeRatesTally.fold(track, (CaseMoved) event);
                }
                tally.add(null, track);
                if (System.nanoTime() - lastSaid > 30e9) {
                    lastSaid = System.nanoTime();
                    double seconds = (lastSaid - started) / 1e9;
                    System.out.printf(Locale.ROOT, "city bench: %,d of %,d cases copied, %,.0f rows/s, ETA %.0f min%n",
                            id, city, id / seconds, (city - id) / (id / seconds) / 60);
                }
            }
            rows.close();
            bytes = rows.bytes();
            s.execute("select setval(pg_get_serial_sequence('cases.case_file', 'id'), " + city + ")");
        }
        long copied = System.nanoTime() - started;
        started = System.nanoTime();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'");
            for (var index : indexes.entrySet()) {
                System.out.println("city bench: building " + index.getKey());
                s.execute(index.getValue());
            }
        }
        long built = System.nanoTime() - started;
        started = System.nanoTime();
        ThreeRatesBenchmark.copyCounters(db, tally.counters());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze cases.case_file");
            s.execute("analyze analytics.three_rates");
        }
        String said;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            said = String.format(Locale.ROOT, "%,d cases received over the last 365 days, %,d of them in the district "
                            + "measured (county %s, for the busiest of 16) and the rest in %d more; COPY of %,d MB without "
                            + "the %d secondary indexes %.0f s, the indexes built after it %.0f s, counters and VACUUM "
                            + "ANALYZE %.0f s; %s three-rate counter rows", city,
                    Long.parseLong(first(s, "select count(*) from cases.case_file where county = '" + COUNTY + "'")),
                    COUNTY, OTHER_DISTRICTS, bytes >> 20, indexes.size(), copied / 1e9, built / 1e9,
                    (System.nanoTime() - started) / 1e9, first(s, "select to_char(count(*), 'FM999,999,999') from analytics.three_rates"));
            s.execute("insert into public.city_bench_load values (" + city + ", " + district + ", '" + said + "')");
        }
        return said + ".\n\n";
    }

    /** The ids of one county's cases so far, in order. */
    private static final class Ids {
        long[] ids = new long[1 << 16];
        int size;

        void add(long id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    /**
     * The row with its merge target among its own county's earlier cases (the simulator draws any earlier id, and a
     * case is merged only within its county: the key is county and id); no merge when the county has none yet.
     */
    private static CaseLoopSimulator.Row sameCounty(CaseLoopSimulator.Row r, Map<String, Ids> byCounty, SplittableRandom random) {
        Ids earlier = byCounty.computeIfAbsent(r.territoryCode().substring(0, 6), c -> new Ids());
        Long target = r.mergedInto() == null || earlier.size == 0 ? null : earlier.ids[random.nextInt(earlier.size)];
        earlier.add(r.id());
        return new CaseLoopSimulator.Row(r.id(), r.number(), r.territoryCode(), r.categoryCode(), r.channel(), r.state(),
                r.level(), r.leadUnitId(), r.receivedAt(), r.responseDueAt(), r.respondedAt(), r.dispatchedAt(),
                r.resolvedAt(), r.repliedAt(), r.closedAt(), r.closedLevel(), target, r.rating(), r.reopenCount());
    }

    private static String first(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}

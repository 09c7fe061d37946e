package org.jiceng.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.analytics.CaseLoopSimulator;
import org.jiceng.analytics.internal.CaseTrack;
import org.jiceng.analytics.internal.CounterKey;
import org.jiceng.analytics.internal.Counts;
import org.jiceng.analytics.internal.StatsService;
import org.jiceng.analytics.internal.ThreeRatesTally;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.cases.internal.CaseFilter;
import org.jiceng.cases.internal.CaseService;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The three rates at the scale DESIGN §4 anchors on: a year of Beijing's 12345 (21.43 million requests in
 * 2023) as cases of the demo county over 2026, COPYed into the real {@code cases.case_file} (the loop driven
 * by {@link CaseLoopSimulator}), and the counters folded from the very same cases' events by
 * {@link ThreeRatesTally} COPYed into {@code analytics.three_rates}. Measures (a) a month's rankings from the
 * counters ({@link StatsService#ranking}), beside (b) the naive GROUP BY over case_file giving the same
 * numbers (asserted), and (c) the case list of {@code CaseService.list} at that size, before and after the
 * indexes of {@code cases/V9__case_list_indexes.sql}. About 15 GB of disk for a while; the cluster is
 * deleted at the end. {@code JICENG_BENCH_CASES} sets another number of cases.
 */
public final class ThreeRatesBenchmark {

    private static final long SEED = 20_230_012_345L;
    private static final YearMonth MONTH = YearMonth.of(2026, 6);
    private static final String COUNTY = "530326";

    private ThreeRatesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    public static String run() throws Exception {
        long cases = BenchApp.cases(21430000L);
        Path data = Files.createTempDirectory("jiceng-three-rates-bench");
        StringBuilder md = new StringBuilder("### Three rates at the scale of a year of Beijing's 12345\n\n");
        try (ConfigurableApplicationContext app = BenchApp.quietDemo(data)) {
            DataSource db = app.getBean(DataSource.class);
            md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), demo settings.\n\n");
            Map<String, Counts> folded = load(md, db, cases);
            CurrentUser admin = new CurrentUser(1, "admin", "县级管理员", List.of(new CurrentUser.Grant(Role.COUNTY_ADMIN, COUNTY, null)));
            rankings(md, db, app.getBean(StatsService.class), admin, folded);
            caseLists(md, db, app.getBean(CaseService.class));
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        return md.toString();
    }

    /** COPY of the cases and of the counters folded from their events; answers the month's folded counters by town/unit. */
    private static Map<String, Counts> load(StringBuilder md, DataSource db, long count) throws Exception {
        List<String> grids = strings(db, "select code from territory.grid order by code");
        List<Long> units = strings(db, "select id from territory.unit where kind = 'DEPARTMENT' order by id").stream().map(Long::valueOf).toList();
        List<CaseLoopSimulator.Category> categories = new ArrayList<>();
        for (String row : strings(db, "select code || ' ' || response_hours from cases.category where parent_code is not null order by code")) {
            categories.add(new CaseLoopSimulator.Category(row.split(" ")[0], Integer.parseInt(row.split(" ")[1])));
        }
        Instant from = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
        Instant to = OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
        CaseLoopSimulator simulator = new CaseLoopSimulator(grids, units, categories, from, to);
        ThreeRatesTally tally = new ThreeRatesTally();
        List<String> indexes;
        List<String> foreignKeys = new ArrayList<>();
        long copyNanos;
        long bytes;
        long generated = 0;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            indexes = strings(db, "select indexdef from pg_indexes where schemaname = 'cases' and tablename = 'case_file' "
                    + "and indexname not in ('case_file_pkey', 'case_file_number_key') order by indexname");
            try (ResultSet rs = s.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint "
                    + "where conrelid = 'cases.case_file'::regclass and contype = 'f'")) {
                while (rs.next()) {
                    foreignKeys.add("alter table cases.case_file add constraint " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            // the demo's own cases (and what hangs on them) make way for the generated year
            s.execute("truncate cases.case_file cascade");
            s.execute("truncate analytics.three_rates, analytics.case_track, analytics.case_event_queue");
            for (String fk : foreignKeys) {
                s.execute("alter table cases.case_file drop constraint " + fk.split(" ")[5]);
            }
            for (String index : indexes) {
                s.execute("drop index cases." + index.split(" ")[index.startsWith("CREATE UNIQUE") ? 3 : 2]);
            }
            SplittableRandom random = new SplittableRandom(SEED);
            long started = System.nanoTime();
            CaseRows rows = new CaseRows(c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy cases.case_file (" + CaseRows.COLUMNS + ") from stdin"));
            {
                for (long id = 1; id <= count; id++) {
                    CaseLoopSimulator.Story story = simulator.next(id, random);
                    rows.add(story.row());
                    CaseTrack track = null;
                    for (Object event : story.events()) {
                        track = event instanceof CaseFiled f ? ThreeRatesTally.fold(track, f) : ThreeRatesTally.fold(track, (CaseMoved) event);
                        generated++;
                    }
                    tally.add(null, track);
                }
                rows.close();
                bytes = rows.bytes();
            }
            copyNanos = System.nanoTime() - started;
            s.execute("select setval(pg_get_serial_sequence('cases.case_file', 'id'), " + count + ")");
        }
        md.append(String.format(Locale.ROOT, "Generated %,d cases (%,d events folded by `ThreeRatesTally` on the way) over "
                + "%d grids, %d departments, %d categories, received over 2026 (Beijing).%n%n| step | seconds |%n|---|---:|%n",
                count, generated, grids.size(), units.size(), categories.size()));
        row(md, String.format(Locale.ROOT, "simulate + fold + COPY %,d MB of text into cases.case_file (primary key and number kept)", bytes >> 20), copyNanos);
        timed(md, "rebuild the " + indexes.size() + " other indexes of case_file", db, indexes);
        timed(md, "re-add and validate the " + foreignKeys.size() + " foreign keys", db, foreignKeys);
        long copied = copyCounters(db, tally.counters());
        // VACUUM as autovacuum would after the inserts: it marks the pages all-visible, which index-only scans need
        timed(md, "VACUUM ANALYZE", db, List.of("vacuum analyze cases.case_file", "analyze analytics.three_rates"));
        md.append(String.format(Locale.ROOT, "%nCounters: %,d rows in analytics.three_rates (COPY). Sizes: %s.%n%n", copied,
                strings(db, "select 'case_file table ' || pg_size_pretty(pg_relation_size('cases.case_file')) || ', with indexes '"
                        + " || pg_size_pretty(pg_total_relation_size('cases.case_file')) || ', three_rates '"
                        + " || pg_size_pretty(pg_total_relation_size('analytics.three_rates'))").getFirst()));
        Map<String, Counts> month = new LinkedHashMap<>();
        tally.counters().forEach((key, counts) -> {
            if (key.month().equals(MONTH)) {
                month.merge(owner(key), counts, Counts::plus);
            }
        });
        return month;
    }

    /** Whose ranking line a counters row adds to: a department ("U12") or a town ("T530326001"), as StatsService does. */
    private static String owner(CounterKey key) {
        return key.unitId() != 0 ? "U" + key.unitId() : key.level() == org.jiceng.cases.CaseLevel.COUNTY ? "COUNTY"
                : "T" + key.territoryCode().substring(0, 9);
    }

    static long copyCounters(DataSource db, Map<CounterKey, Counts> counters) throws Exception {
        StringBuilder text = new StringBuilder();
        counters.forEach((k, c) -> text.append(k.territoryCode(), 0, 6).append('\t').append(k.month().atDay(1)).append('\t').append(k.territoryCode()).append('\t')
                .append(k.unitId()).append('\t').append(k.level()).append('\t').append(c.cases()).append('\t')
                .append(c.responded()).append('\t').append(c.rated()).append('\t').append(c.solved()).append('\t')
                .append(c.satisfied()).append('\t').append(c.basic()).append('\t').append(c.closed()).append('\n'));
        try (Connection c = db.getConnection()) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy analytics.three_rates (county, month, territory_code, "
                            + "unit_id, level, cases, responded, rated, solved, satisfied, basic, closed) from stdin",
                    new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void rankings(StringBuilder md, DataSource db, StatsService stats, CurrentUser admin,
                                 Map<String, Counts> folded) throws Exception {
        md.append("#### Rankings of " + MONTH + "\n\n| query | repeats | median ms | p95 ms |\n|---|---:|---:|---:|\n");
        List<StatsService.Ranked> towns = stats.ranking(admin, "towns", MONTH);
        List<StatsService.Ranked> departments = stats.ranking(admin, "departments", MONTH);
        time(md, "(a) towns, from the counters (`StatsService.ranking`)", 20, 200, () -> stats.ranking(admin, "towns", MONTH));
        time(md, "(a) departments, from the counters", 20, 200, () -> stats.ranking(admin, "departments", MONTH));
        Map<String, Counts> naive = new LinkedHashMap<>();
        time(md, "(b) naive GROUP BY over case_file, the same month (both rankings)", 1, 5, () -> {
            naive.clear();
            naive.putAll(naiveGroupBy(db));
            return naive;
        });
        for (StatsService.Ranked r : towns) {
            check(r, naive.getOrDefault("T" + r.rates().unit(), Counts.ZERO), folded.getOrDefault("T" + r.rates().unit(), Counts.ZERO));
        }
        for (StatsService.Ranked r : departments) {
            check(r, naive.getOrDefault("U" + r.rates().unit(), Counts.ZERO), folded.getOrDefault("U" + r.rates().unit(), Counts.ZERO));
        }
        StatsService.Ranked top = towns.getFirst();
        md.append(String.format(Locale.ROOT, "%nBoth give the same numbers for all %d towns and %d departments (asserted); the "
                        + "first town: %s, %,d cases, response %s, resolution %s, satisfaction %s, composite %s.%n%n",
                towns.size(), departments.size(), top.rates().unitName(), top.rates().cases(), top.rates().responseRate(),
                top.rates().resolutionRate(), top.rates().satisfactionRate(), top.rates().composite()));
    }

    private static void check(StatsService.Ranked r, Counts naive, Counts folded) {
        Counts shown = new Counts(r.rates().cases(), r.rates().responded(), r.rates().rated(), r.rates().solved(),
                r.rates().satisfied(), r.rates().basic(), r.rates().closed());
        if (!shown.equals(naive) || !shown.equals(folded)) {
            throw new IllegalStateException(r.rates().unitName() + ": counters " + shown + ", naive " + naive + ", folded " + folded);
        }
    }

    private static Map<String, Counts> naiveGroupBy(DataSource db) throws Exception {
        Map<String, Counts> result = new LinkedHashMap<>();
        Instant start = MONTH.atDay(1).atStartOfDay(WorkingCalendar.BEIJING).toInstant();
        Instant end = MONTH.plusMonths(1).atDay(1).atStartOfDay(WorkingCalendar.BEIJING).toInstant();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select substr(territory_code, 1, 9) as town, coalesce(lead_unit_id, 0) as unit, level, count(*) as cases,
                       count(*) filter (where responded_at <= response_due_at) as responded,
                       count(rating_satisfaction) as rated, count(*) filter (where rating_solved) as solved,
                       count(*) filter (where rating_satisfaction = 'SATISFIED') as satisfied,
                       count(*) filter (where rating_satisfaction = 'BASIC') as basic,
                       count(*) filter (where state = 'CLOSED') as closed
                from cases.case_file
                where received_at >= '%s' and received_at < '%s' and state <> 'REJECTED' and merged_into is null
                group by 1, 2, 3""".formatted(start, end))) {
            while (rs.next()) {
                String owner = rs.getLong("unit") != 0 ? "U" + rs.getLong("unit")
                        : rs.getString("level").equals("COUNTY") ? "COUNTY" : "T" + rs.getString("town");
                result.merge(owner, new Counts(rs.getLong("cases"), rs.getLong("responded"), rs.getLong("rated"),
                        rs.getLong("solved"), rs.getLong("satisfied"), rs.getLong("basic"), rs.getLong("closed")), Counts::plus);
            }
        }
        return result;
    }

    private static void caseLists(StringBuilder md, DataSource db, CaseService cases) throws Exception {
        List<String> towns = strings(db, "select code from territory.division where parent_code = '" + COUNTY + "' order by code");
        md.append("#### (c) Case list at this size: `CaseService.list` (`CaseRepository.list`'s SQL), a town official, newest first, 50 a page\n\n");
        md.append(String.format(Locale.ROOT, "The list's indexes: %s.%n%n", strings(db, "select string_agg(indexname || ' '"
                + " || pg_size_pretty(pg_relation_size('cases.' || indexname)), ', ' order by indexname) from pg_indexes"
                + " where schemaname = 'cases' and tablename = 'case_file' and indexname like any (array['%time%', '%received%',"
                + " '%open%'])").getFirst()));
        listTimes(md, cases, towns, 100);
        md.append("\nTarget: p95 < 50 ms.\n\n");
    }

    private static void listTimes(StringBuilder md, CaseService cases, List<String> towns, int n) {
        md.append("| filter | page | queries | median ms | p95 ms | max ms |\n|---|---|---:|---:|---:|---:|\n");
        Map<String, CaseFilter> filters = new LinkedHashMap<>();
        filters.put("state = IN_PROGRESS", new CaseFilter(CaseState.IN_PROGRESS, null, null, null, false, false));
        filters.put("state = CLOSED", new CaseFilter(CaseState.CLOSED, null, null, null, false, false));
        filters.put("category 03 (公用设施)", new CaseFilter(null, "03", null, null, false, false));
        filters.put("overdue", new CaseFilter(null, null, null, null, true, false));
        OffsetDateTime top = OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        filters.forEach((name, filter) -> {
            double[][] millis = new double[2][n];
            for (int i = -2; i < n; i++) {
                String town = towns.get(Math.floorMod(i, towns.size()));
                CurrentUser user = new CurrentUser(2, "town", "乡镇", List.of(new CurrentUser.Grant(Role.TOWN_STAFF, town, null)));
                long t0 = System.nanoTime();
                var first = cases.list(user, filter, top, Long.MAX_VALUE, 51);
                long t1 = System.nanoTime();
                var last = first.get(Math.min(49, first.size() - 1));
                cases.list(user, filter, last.receivedAt(), last.id(), 51);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    millis[0][i] = (t1 - t0) / 1e6;
                    millis[1][i] = (t2 - t1) / 1e6;
                }
            }
            for (int page = 0; page < 2; page++) {
                Arrays.sort(millis[page]);
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f |%n", name, page == 0 ? "first" : "second (keyset)",
                        n, millis[page][n / 2], millis[page][(int) Math.ceil(0.95 * n) - 1], millis[page][n - 1]));
            }
        });
    }

    private static void timed(StringBuilder md, String step, DataSource db, List<String> statements) throws Exception {
        long started = System.nanoTime();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        row(md, step, System.nanoTime() - started);
    }

    private static void time(StringBuilder md, String name, int warmUp, int repeats, Callable<?> query) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            query.call();
        }
        double[] millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            query.call();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", name, repeats, millis[repeats / 2],
                millis[Math.min(repeats - 1, (int) Math.ceil(0.95 * repeats) - 1)]));
    }

    private static List<String> strings(DataSource db, String sql) throws Exception {
        List<String> result = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static void row(StringBuilder md, String step, long nanos) {
        md.append(String.format(Locale.ROOT, "| %s | %.2f |%n", step, nanos / 1e9));
    }
}

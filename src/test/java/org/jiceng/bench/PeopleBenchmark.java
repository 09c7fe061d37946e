package org.jiceng.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jiceng.JicengApplication;
import org.jiceng.Scope;
import org.jiceng.people.internal.demo.PeopleDemoGenerator;
import org.jiceng.people.internal.RegisterSearch;
import org.jiceng.people.internal.PersonalDataCipher;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The people register at county scale (会泽县: 300,000 households, 1,000,000 residents): how long the demo
 * generator takes on a fresh embedded PostgreSQL, beside the physical limit measured in the same run (a bare
 * COPY of the very same resident rows, already encrypted, into a plain table with the same indexes), and
 * how fast residents are found by name prefix and by ID number — {@link RegisterSearch#search}, as the API
 * calls it — with the plans that explain why. Needs about 3 GB of disk in the temporary directory for a while.
 * Run: {@code java -cp target/test-classes:target/classes:<deps> org.jiceng.bench.PeopleBenchmark}, or with
 * every other benchmark {@code ./jiceng bench}.
 */
public final class PeopleBenchmark {

    private static final String COUNTY = "530326";
    private static final int WARM_UP = 200;
    private static final int QUERIES = 1_000;
    private static final long SEED = 20_260_003L;

    /** ResidentRepository.byNamePrefix's statement for a first page, parameters typed as PgJDBC binds them. */
    private static final String NAME_PAGE = """
            prepare page(varchar, varchar, varchar, bigint, varchar, int) as
            select r.id, r.household_id, r.territory_code, r.name, r.relation, r.gender, r.birth_date,
                   r.id_number_masked, r.phone_masked, r.tags, r.version
            from people.resident r join (
                select id from people.resident
                where ((territory_code >= $1 and territory_code < $2)) and (name, id) > ($3, $4) and name < $5
                order by name, id limit $6) page using (id)
            order by r.name, r.id""";

    /** ResidentRepository.byIdIndex's statement. */
    private static final String ID_PAGE = """
            prepare page(bytea, varchar, varchar) as
            select id, household_id, territory_code, name, relation, gender, birth_date, id_number_masked,
                   phone_masked, tags, version from people.resident
            where id_number_index = $1 and ((territory_code >= $2 and territory_code < $3))""";

    private PeopleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);   // the embedded PostgreSQL and JDBC pools leave non-daemon threads behind
    }

    public static String run() throws Exception {
        Path data = Files.createTempDirectory("jiceng-people-bench");
        StringBuilder md = new StringBuilder("### People register at county scale (会泽县)\n\n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JicengApplication.class)
                .run("--jiceng.data-dir=" + data, "--jiceng.db.url=", "--jiceng.demo.scale=county",
                        "--server.port=0", "--jiceng.demo.year=false")) {
            PeopleDemoGenerator.Report report = app.getBean(PeopleDemoGenerator.class).lastRun()
                    .orElseThrow(() -> new IllegalStateException("the register was not generated"));
            DataSource dataSource = app.getBean(DataSource.class);
            generation(md, report, dataSource, data);
            search(md, app.getBean(RegisterSearch.class), app.getBean(PersonalDataCipher.class), dataSource);
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        return md.toString();
    }

    private static void generation(StringBuilder md, PeopleDemoGenerator.Report r, DataSource dataSource, Path data)
            throws Exception {
        md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), fresh cluster, demo settings.\n\n");
        md.append(String.format(Locale.ROOT, "Generated: %,d grids, %,d buildings/courtyards, %,d households, "
                        + "%,d residents, %,d household chiefs (户长).%n%n", r.grids(), r.buildings(), r.households(),
                r.residents(), r.chiefs()));
        md.append("| step | seconds |\n|---|---:|\n");
        row(md, "**demo generation, all included** (grid list, plan, encrypt, COPY, index maintenance, commit, ANALYZE)",
                r.total().toNanos());
        row(md, "  pipeline: plan ∥ encrypt + encode ∥ COPY (wall)", r.pipeline().toNanos());
        row(md, "  … planning busy (one thread)", r.plan().toNanos());
        row(md, "  … encryption and encoding busy (summed over the workers)", r.encode().toNanos());
        row(md, "  … COPY busy (this thread waiting on the server)", r.copy().toNanos());
        row(md, "  rebuild the indexes, unique and foreign-key constraints dropped for the load", r.indexes().toNanos());
        row(md, "  commit", r.commit().toNanos());
        row(md, "  ANALYZE", r.analyze().toNanos());
        Path rows = data.resolve("residents.copy");
        long exported = export(dataSource, rows);
        long copyOnly = rawCopy(dataSource, rows, false);
        long copyAndIndex = rawCopy(dataSource, rows, true);
        long copyIndexed = rawCopyIntoIndexedTable(dataSource, rows);
        md.append(String.format(Locale.ROOT, "%nPhysical limit, same run: a bare COPY of the very same %,d resident "
                + "rows (%,d MB in binary COPY format, already encrypted: no generation, no encryption, no foreign "
                + "keys) from a file into a plain table.%n%n| bare COPY | seconds |%n|---|---:|%n", r.residents(),
                exported >> 20));
        row(md, "into a table with only the primary key", copyOnly);
        row(md, "**the same, then build the same indexes as people.resident** (the generator's strategy)",
                copyAndIndex);
        row(md, "into a table that has those indexes already (each maintained row by row)", copyIndexed);
        md.append(String.format(Locale.ROOT, "%nTarget: the full county in under 60 s. The generator spends "
                + "%.1f× the physical limit of its strategy.%n%n", r.total().toNanos() / (double) copyAndIndex));
    }

    /** The resident table's rows in binary COPY format, as the generator wrote them. */
    private static long export(DataSource dataSource, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection();
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("copy (select * from people.resident order by id) to stdout (format binary)", out);
        }
        return Files.size(file);
    }

    /** The secondary indexes of people.resident (all but the primary key), as statements for resident_raw. */
    private static List<String> indexesOfResident(Connection connection) throws Exception {
        List<String> statements = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select indexname, indexdef from pg_indexes where schemaname = 'people' and tablename = 'resident'
                       and indexname <> 'resident_pkey' order by indexname""")) {
            while (rs.next()) {
                statements.add(rs.getString(2).replace(" ON people.resident ", " ON public.resident_raw ")
                        .replace(" INDEX " + rs.getString(1) + " ", " INDEX raw_" + rs.getString(1) + " "));
            }
        }
        return statements;
    }

    /** COPY into a fresh table with only the primary key; then, if asked, the secondary indexes. */
    private static long rawCopy(DataSource dataSource, Path file, boolean thenIndexes) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            List<String> indexes = indexesOfResident(connection);
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table public.resident_raw (like people.resident including defaults)");
                statement.execute("alter table public.resident_raw add primary key (id)");
                copyIn(connection, file);
                if (thenIndexes) {
                    for (String index : indexes) {
                        statement.execute(index);
                    }
                }
                connection.commit();
                long took = System.nanoTime() - started;
                statement.execute("drop table public.resident_raw");
                connection.commit();
                return took;
            }
        }
    }

    /** COPY into a table that already has every index of people.resident. */
    private static long rawCopyIntoIndexedTable(DataSource dataSource, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> indexes = indexesOfResident(connection);
            connection.setAutoCommit(false);
            statement.execute("create table public.resident_raw (like people.resident including defaults)");
            statement.execute("alter table public.resident_raw add primary key (id)");
            for (String index : indexes) {
                statement.execute(index);
            }
            connection.commit();
            long started = System.nanoTime();
            statement.execute("truncate public.resident_raw");   // so COPY may freeze, as the generator's does
            copyIn(connection, file);
            connection.commit();
            long took = System.nanoTime() - started;
            statement.execute("drop table public.resident_raw");
            connection.commit();
            return took;
        }
    }

    private static void copyIn(Connection connection, Path file) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy public.resident_raw from stdin (format binary, freeze)", in);
        }
    }

    private record Sample(String name, String territory, String idNumber) {
    }

    private static void search(StringBuilder md, RegisterSearch people, PersonalDataCipher cipher,
                               DataSource dataSource) throws Exception {
        List<Sample> samples = samples(dataSource, cipher);
        md.append("#### Resident search, `RegisterSearch.search` (as `GET /api/v1/residents?q=` calls it, access log entry included), limit 50\n\n");
        md.append(String.format(Locale.ROOT, "%,d queries per line after %d warm-up, one thread, prefixes and ID "
                + "numbers of random residents, the scope of the county, or of that resident's town or village.%n%n",
                QUERIES, WARM_UP));
        md.append("| query | scope | p50 ms | p95 ms | p99 ms | max ms | rows (mean) |\n|---|---|---:|---:|---:|---:|---:|\n");
        time(md, people, samples, "name prefix, 1 char (surname)", "county", s -> s.name().substring(0, 1), s -> COUNTY);
        time(md, people, samples, "name prefix, 2 chars", "county", s -> s.name().substring(0, 2), s -> COUNTY);
        time(md, people, samples, "name prefix, 1 char (surname)", "town", s -> s.name().substring(0, 1),
                s -> s.territory().substring(0, 9));
        time(md, people, samples, "name prefix, 2 chars", "town", s -> s.name().substring(0, 2),
                s -> s.territory().substring(0, 9));
        time(md, people, samples, "name prefix, 1 char (surname)", "village", s -> s.name().substring(0, 1),
                s -> s.territory().substring(0, 12));
        time(md, people, samples, "name prefix, 2 chars", "village", s -> s.name().substring(0, 2),
                s -> s.territory().substring(0, 12));
        time(md, people, samples, "ID number, exact (blind index)", "county", Sample::idNumber, s -> COUNTY);
        md.append("\nTarget: p95 < 20 ms.\n\n");
        md.append("The plans below are those of the application's own statements, prepared as PgJDBC prepares "
                + "them and run six times with other residents' values first, so that PostgreSQL has settled on "
                + "the plan it keeps using (`$1`… in a plan means its generic plan).\n\n");
        explainName(md, dataSource, samples, "Name prefix, 1 char, county scope", 1, s -> COUNTY);
        explainName(md, dataSource, samples, "Name prefix, 1 char, town scope", 1, s -> s.territory().substring(0, 9));
        explainName(md, dataSource, samples, "Name prefix, 2 chars, village scope", 2,
                s -> s.territory().substring(0, 12));
        List<String> byId = new ArrayList<>();
        for (Sample sample : samples.subList(0, 7)) {
            byId.add("'\\x" + HexFormat.of().formatHex(cipher.blindIndex("id_number", sample.idNumber()))
                    + "'::bytea, " + literal(COUNTY) + ", " + literal(successor(COUNTY)));
        }
        explain(md, dataSource, "ID number, county scope", ID_PAGE, byId);
    }

    private static void explainName(StringBuilder md, DataSource dataSource, List<Sample> samples, String title,
                                    int chars, Function<Sample, String> scope) throws Exception {
        List<String> arguments = new ArrayList<>();
        for (Sample sample : samples.subList(0, 7)) {
            String prefix = sample.name().substring(0, chars);
            String territory = scope.apply(sample);
            arguments.add(String.join(", ", literal(territory), literal(successor(territory)), literal(prefix), "0",
                    literal(successor(prefix)), "50"));
        }
        Sample last = samples.get(6);
        explain(md, dataSource, title + " (“" + last.name().substring(0, chars) + "” in " + scope.apply(last) + ")",
                NAME_PAGE, arguments);
    }

    /** Prepares, executes with all but the last arguments, then EXPLAIN (ANALYZE, BUFFERS) with the last. */
    private static void explain(StringBuilder md, DataSource dataSource, String title, String prepare,
                                List<String> arguments) throws Exception {
        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(prepare);
            for (String args : arguments.subList(0, arguments.size() - 1)) {
                statement.executeQuery("execute page(" + args + ")").close();
            }
            try (ResultSet rs = statement.executeQuery("explain (analyze, buffers) execute page("
                    + arguments.getLast() + ")")) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            statement.execute("deallocate page");
        }
        java.util.LinkedHashSet<String> indexes = new java.util.LinkedHashSet<>();
        for (String line : plan) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(Index Only Scan|Index Scan|Bitmap Index Scan)"
                    + "(?: Backward)? (?:using|on) (\\w+)").matcher(line);
            if (m.find()) {
                indexes.add("`" + m.group(2) + "` (" + m.group(1).toLowerCase(Locale.ROOT) + ")");
            }
        }
        md.append("`EXPLAIN (ANALYZE, BUFFERS)` — ").append(title).append(": uses ")
                .append(indexes.isEmpty() ? "no index" : String.join(", ", indexes)).append(".\n\n```\n");
        plan.forEach(line -> md.append(line).append('\n'));
        md.append("```\n\n");
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static List<Sample> samples(DataSource dataSource, PersonalDataCipher cipher) throws Exception {
        List<Sample> samples = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long max;
            try (ResultSet rs = statement.executeQuery("select max(id) from people.resident")) {
                rs.next();
                max = rs.getLong(1);
            }
            SplittableRandom random = new SplittableRandom(SEED);
            StringBuilder ids = new StringBuilder();
            for (int i = 0; i < WARM_UP + QUERIES; i++) {
                ids.append(i == 0 ? "" : ",").append(1 + random.nextLong(max));
            }
            try (ResultSet rs = statement.executeQuery("select name, territory_code, id_number_cipher from people.resident"
                    + " join unnest('{" + ids + "}'::bigint[]) with ordinality as pick(id, n) using (id) order by n")) {
                while (rs.next()) {
                    samples.add(new Sample(rs.getString(1), rs.getString(2), cipher.decrypt("id_number", rs.getBytes(3))));
                }
            }
        }
        return samples;
    }

    private static void time(StringBuilder md, RegisterSearch people, List<Sample> samples, String query, String scope,
                             Function<Sample, String> q, Function<Sample, String> prefix) {
        double[] millis = new double[QUERIES];
        long rows = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            long started = System.nanoTime();
            int found = people.search(countyAdminAt(prefix.apply(s)), q.apply(s), null, false).residents().size();
            long took = System.nanoTime() - started;
            if (found == 0) {
                throw new IllegalStateException("no resident found for " + q.apply(s) + " in " + prefix.apply(s));
            }
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = took / 1e6;
                rows += found;
            }
        }
        Arrays.sort(millis);
        md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.1f |%n", query, scope,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1],
                rows / (double) QUERIES));
    }

    /** A register keeper at the node: the scope the search runs in, the same as a bare Scope of that prefix. */
    private static org.jiceng.CurrentUser countyAdminAt(String prefix) {
        return new org.jiceng.CurrentUser(0, "bench", "bench",
                List.of(new org.jiceng.CurrentUser.Grant(org.jiceng.Role.COUNTY_ADMIN, prefix, null)));
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String successor(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    }

    private static void row(StringBuilder md, String step, long nanos) {
        md.append(String.format(Locale.ROOT, "| %s | %.2f |%n", step, nanos / 1e9));
    }
}

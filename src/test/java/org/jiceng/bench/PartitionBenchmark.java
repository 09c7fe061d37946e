package org.jiceng.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Should the biggest tables be split by month? A year of {@code JICENG_BENCH_PARTITION_ROWS} records shaped like a
 * case or a visit (1,000,000 unless given) and three timeline rows each, loaded once into plain tables keyed as today
 * and once into copies partitioned by month ({@code PARTITION BY RANGE (at)}, key extended by {@code at}), then the
 * application's typical reads and writes and the maintenance a month could spare, timed on both.
 * Run: {@code ./jiceng bench Partitions}.
 */
public final class PartitionBenchmark {

    private static final int REPEATS = 30;
    private static final LocalDate YEAR = LocalDate.of(2026, 1, 1);

    private PartitionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    static long rows() {
        String asked = System.getenv("JICENG_BENCH_PARTITION_ROWS");
        return asked == null || asked.isBlank() ? 1_000_000 : Long.parseLong(asked.strip().replace("_", ""));
    }

    public static String run() throws Exception {
        long n = rows();
        StringBuilder md = new StringBuilder("### Partitions: a year of " + String.format("%,d", n) + " records and "
                + String.format("%,d", 3 * n) + " timeline rows, plain and by month\n\n");
        md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), shared_buffers 256MB.\n\n");
        Path directory = Files.createTempDirectory("jiceng-partition-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(true).setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("shared_buffers", "256MB").setServerConfig("max_wal_size", "4GB")
                .setServerConfig("autovacuum", "off")
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start()) {
            DataSource db = postgres.getPostgresDatabase();
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                double plainLoad = load(s, "plain", false, n);
                double partLoad = load(s, "part", true, n);
                md.append("| what | plain | by month | unit |\n|---|---:|---:|---|\n");
                row(md, "load the year (insert … select, then indexes and analyze)", plainLoad, partLoad, "s");
                row(md, "size of records + timeline with indexes", size(s, "plain"), size(s, "part"), "MB");
                Random random = new Random(7);
                row(md, "a town's month report (count by state, territory range + month)",
                        timed(c, "plain", MONTH_REPORT, random, 9), timed(c, "part", MONTH_REPORT, new Random(7), 9), "ms");
                row(md, "a county's month report (the same, 6-digit prefix)",
                        timed(c, "plain", MONTH_REPORT, random, 6), timed(c, "part", MONTH_REPORT, new Random(8), 6), "ms");
                row(md, "a town's newest 20 (territory range, order by at desc)",
                        timed(c, "plain", RECENT, random, 9), timed(c, "part", RECENT, new Random(9), 9), "ms");
                row(md, "a case's timeline by case id (no month known)",
                        timed(c, "plain", TIMELINE, random, 0), timed(c, "part", TIMELINE, new Random(10), 0), "ms");
                row(md, "a record by id (no month known)",
                        timed(c, "plain", BY_ID, random, 0), timed(c, "part", BY_ID, new Random(11), 0), "ms");
                row(md, "insert a record and its first timeline row, committed one by one (per pair)",
                        inserts(c, "plain"), inserts(c, "part"), "ms");
                double[] plainDrop = dropMonth(s, "plain", false);
                double[] partDrop = dropMonth(s, "part", true);
                row(md, "remove the oldest month (DELETE vs DROP of its partitions)", plainDrop[0], partDrop[0], "s");
                row(md, "VACUUM afterwards", plainDrop[1], partDrop[1], "s");
            }
        }
        md.append("\nReads are the mean of ").append(REPEATS).append(" runs with different towns, months and ids, warm.\n");
        return md.toString();
    }

    private static final String MONTH_REPORT = "report";
    private static final String RECENT = "recent";
    private static final String TIMELINE = "timeline";
    private static final String BY_ID = "id";

    private static double load(Statement s, String prefix, boolean byMonth, long n) throws Exception {
        long started = System.nanoTime();
        String partitioned = byMonth ? " partition by range (at)" : "";
        String key = byMonth ? "(id, county, at)" : "(id, county)";
        s.execute("create table " + prefix + "_record (id bigint generated by default as identity, county text collate \"C\" not null,"
                + " territory_code text collate \"C\" not null, at timestamptz not null, state text not null,"
                + " description text not null, primary key " + key + ")" + partitioned);
        s.execute("create table " + prefix + "_event (id bigint generated by default as identity, county text collate \"C\" not null,"
                + " case_id bigint not null, at timestamptz not null, action text not null, note text,"
                + " primary key " + key + ")" + partitioned);
        if (byMonth) {
            for (int m = 0; m < 13; m++) {
                LocalDate from = YEAR.plusMonths(m);
                for (String table : new String[] {"record", "event"}) {
                    s.execute("create table " + prefix + "_" + table + "_" + from.toString().substring(0, 7).replace("-", "")
                            + " partition of " + prefix + "_" + table + " for values from ('" + from + "') to ('"
                            + from.plusMonths(1) + "')");
                }
            }
            s.execute("create table " + prefix + "_record_default partition of " + prefix + "_record default");
            s.execute("create table " + prefix + "_event_default partition of " + prefix + "_event default");
        }
        // 5 counties × 12 towns × 10 villages × 8 grids; a record's moment spread over the year by a fixed hash
        s.execute("insert into " + prefix + "_record (id, county, territory_code, at, state, description)"
                + " select g, c, c || lpad((g % 12 + 1)::text, 3, '0') || lpad((g / 12 % 10 + 1)::text, 3, '0')"
                + " || lpad((g / 120 % 8 + 1)::text, 3, '0'), timestamptz '" + YEAR + " 00:00+08' + ((g * 7919) % 31536000) * interval '1 second',"
                + " (array['RECEIVED','ASSIGNED','HANDLING','REPLIED','CLOSED','CLOSED','CLOSED'])[g % 7 + 1],"
                + " repeat('诉求描述', 8) from generate_series(1::bigint, " + n + ") g,"
                + " lateral (select (array['530326','530302','530321','530322','530323'])[g % 5 + 1] as c) k");
        s.execute("insert into " + prefix + "_event (county, case_id, at, action, note)"
                + " select r.county, r.id, least(r.at + k * interval '2 days', timestamptz '" + YEAR.plusYears(1) + " 00:00+08' - interval '1 second'),"
                + " (array['FILE','ASSIGN','CLOSE'])[k + 1], '处理意见' from " + prefix + "_record r, generate_series(0, 2) k");
        s.execute("select setval(pg_get_serial_sequence('" + prefix + "_record', 'id'), " + n + ")");
        s.execute("create index " + prefix + "_record_territory_time_idx on " + prefix + "_record (territory_code, at desc)");
        s.execute("create index " + prefix + "_event_case_idx on " + prefix + "_event (case_id, id)");
        s.execute("analyze " + prefix + "_record");
        s.execute("analyze " + prefix + "_event");
        s.execute("checkpoint");
        return (System.nanoTime() - started) / 1e9;
    }

    private static double size(Statement s, String prefix) throws Exception {
        try (ResultSet rs = s.executeQuery("select sum(pg_total_relation_size(c.oid)) from pg_class c"
                + " where c.relkind = 'r' and c.relname like '" + prefix + "\\_%'")) {
            rs.next();
            return rs.getLong(1) / 1048576.0;
        }
    }

    private static double timed(Connection c, String prefix, String query, Random random, int digits) throws Exception {
        String sql = switch (query) {
            case MONTH_REPORT -> "select state, count(*) from " + prefix + "_record where territory_code >= ? and territory_code < ?"
                    + " and at >= ?::timestamptz and at < ?::timestamptz group by state";
            case RECENT -> "select id, at, state from " + prefix + "_record where territory_code >= ? and territory_code < ?"
                    + " order by at desc, id desc limit 20";
            case TIMELINE -> "select id, at, action, note from " + prefix + "_event where case_id = ? order by id";
            default -> "select id, at, state, description from " + prefix + "_record where id = ?";
        };
        double[] ms = new double[REPEATS + 3];
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < ms.length; i++) {
                if (query.equals(TIMELINE) || query.equals(BY_ID)) {
                    p.setLong(1, 1 + random.nextLong(rows()));
                } else {
                    String county = new String[] {"530326", "530302", "530321", "530322", "530323"}[random.nextInt(5)];
                    String lo = digits == 6 ? county : county + String.format("%03d", 1 + random.nextInt(12));
                    p.setString(1, lo);
                    p.setString(2, lo.substring(0, lo.length() - 1) + (char) (lo.charAt(lo.length() - 1) + 1));
                    if (query.equals(MONTH_REPORT)) {
                        LocalDate month = YEAR.plusMonths(random.nextInt(12));
                        p.setString(3, month + " 00:00+08");
                        p.setString(4, month.plusMonths(1) + " 00:00+08");
                    }
                }
                long started = System.nanoTime();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                ms[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        // the first three warm the plan cache and the buffers
        return Arrays.stream(ms, 3, ms.length).average().orElseThrow();
    }

    private static double inserts(Connection c, String prefix) throws Exception {
        int count = 2_000;
        c.setAutoCommit(true);
        long started = System.nanoTime();
        try (PreparedStatement record = c.prepareStatement("insert into " + prefix + "_record (county, territory_code, at, state,"
                + " description) values ('530326', '530326001001001', now(), 'RECEIVED', '新诉求') returning id");
             PreparedStatement event = c.prepareStatement("insert into " + prefix + "_event (county, case_id, at, action)"
                     + " values ('530326', ?, now(), 'FILE')")) {
            for (int i = 0; i < count; i++) {
                c.setAutoCommit(false);
                long id;
                try (ResultSet rs = record.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                event.setLong(1, id);
                event.executeUpdate();
                c.commit();
                c.setAutoCommit(true);
            }
        }
        return (System.nanoTime() - started) / 1e6 / count;
    }

    private static double[] dropMonth(Statement s, String prefix, boolean byMonth) throws Exception {
        long started = System.nanoTime();
        String month = YEAR.toString().substring(0, 7).replace("-", "");
        if (byMonth) {
            s.execute("drop table " + prefix + "_event_" + month);
            s.execute("drop table " + prefix + "_record_" + month);
        } else {
            s.execute("delete from " + prefix + "_event where at < timestamptz '" + YEAR.plusMonths(1) + " 00:00+08'");
            s.execute("delete from " + prefix + "_record where at < timestamptz '" + YEAR.plusMonths(1) + " 00:00+08'");
        }
        double removed = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        s.execute("vacuum " + prefix + "_event");
        s.execute("vacuum " + prefix + "_record");
        return new double[] {removed, (System.nanoTime() - started) / 1e9};
    }

    private static void row(StringBuilder md, String what, double plain, double byMonth, String unit) {
        md.append("| ").append(what).append(" | ").append(format(plain)).append(" | ").append(format(byMonth))
                .append(" | ").append(unit).append(" |\n");
        System.out.println(what + ": " + format(plain) + " / " + format(byMonth) + " " + unit);
    }

    private static String format(double value) {
        return value >= 100 ? String.format("%,.0f", value) : value >= 1 ? String.format("%.1f", value) : String.format("%.3f", value);
    }
}

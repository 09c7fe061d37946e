package org.jiceng.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jiceng.CurrentUser;
import org.jiceng.JicengApplication;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.cases.internal.HotlineImport;
import org.jiceng.cases.internal.HotlineRows;
import org.jiceng.cases.internal.Open311Reader;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Hotline 12345 import at its per-request limit (10,000 orders of 古城街道, half placed by point, half by
 * village code) on a fresh embedded PostgreSQL, beside the floor of the same number of rows written into a copy
 * of the case table in the same run: one batch in one transaction, and one transaction per row (what per-row
 * filing must pay at least). Then the re-import (all "已存在") and Open311's public list of the newest 1,000.
 * Run: {@code ./jiceng bench HotlineImport}.
 */
public final class HotlineImportBenchmark {

    private static final int ORDERS = HotlineRows.MAX_ROWS;

    private HotlineImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);   // the embedded PostgreSQL and JDBC pools leave non-daemon threads behind
    }

    public static String run() throws Exception {
        Path data = Files.createTempDirectory("jiceng-hotline-bench");
        StringBuilder md = new StringBuilder("### Hotline 12345 import and the Open311 list\n\n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JicengApplication.class)
                .run("--jiceng.data-dir=" + data, "--jiceng.db.url=", "--server.port=0", "--jiceng.demo.year=false")) {
            byte[] csv = orders(app.getBean(TerritoryApi.class));
            CurrentUser admin = new CurrentUser(1, "bench", "基准测试", List.of(new CurrentUser.Grant(Role.COUNTY_ADMIN, "530326", null)));
            HotlineImport imports = app.getBean(HotlineImport.class);
            md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), fresh cluster.\n\n");
            md.append("| step | rows | seconds | rows/s |\n|---|---:|---:|---:|\n");

            long t0 = System.nanoTime();
            HotlineImport.Result first = imports.importOrders(admin, HotlineRows.csv(csv));
            row(md, "**import** (parse, check, file orders 200 to a transaction)", first.created(), System.nanoTime() - t0);
            if (first.created() != ORDERS) {
                throw new IllegalStateException("expected " + ORDERS + " filed, got " + first.created() + ": "
                        + first.errors().stream().limit(3).toList());
            }
            t0 = System.nanoTime();
            HotlineImport.Result again = imports.importOrders(admin, HotlineRows.csv(csv));
            row(md, "re-import of the same file (all 已存在)", again.existing(), System.nanoTime() - t0);

            DataSource dataSource = app.getBean(DataSource.class);
            row(md, "floor: the same number of case rows, one batch, one transaction", ORDERS, floor(dataSource, false));
            row(md, "floor: the same number of case rows, one transaction each", ORDERS, floor(dataSource, true));

            Open311Reader reader = app.getBean(Open311Reader.class);
            var query = new Open311Reader.Query(List.of(), List.of(), null, null, null);
            for (int i = 0; i < 5; i++) {
                reader.requests(query, Instant.now());
            }
            long[] times = new long[21];
            int size = 0;
            for (int i = 0; i < times.length; i++) {
                long s = System.nanoTime();
                size = reader.requests(query, Instant.now()).size();
                times[i] = System.nanoTime() - s;
            }
            Arrays.sort(times);
            md.append(String.format(Locale.ROOT, "%nOpen311 `GET requests` (last 90 days, newest %,d of %,d cases, names looked "
                    + "up): median **%.1f ms** over %d calls.%n", size, ORDERS, times[times.length / 2] / 1e6, times.length));
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        return md.toString();
    }

    /** 10,000 orders over the villages of 古城街道, received over the last 30 days; odd ones placed by a grid's centre. */
    static byte[] orders(TerritoryApi territory) {
        List<DivisionView> villages = territory.children("530326001", null, 500);
        List<GridView> grids = new ArrayList<>();
        villages.forEach(v -> grids.addAll(territory.grids(v.code(), Scope.everything())));
        StringBuilder csv = new StringBuilder("orderId,receivedAt,categoryCode,content,lat,lon,territoryCode,callerName\n");
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime start = LocalDateTime.now().minusDays(30).truncatedTo(ChronoUnit.SECONDS);
        String[] categories = {"0101", "0103", "0201", "0301", "0305", "0501", "1101", "1201"};
        for (int i = 0; i < ORDERS; i++) {
            GridView grid = grids.get(i % grids.size());
            csv.append("BENCH-").append(i).append(',').append(start.plusSeconds(i * 250L).format(format)).append(',')
                    .append(categories[i % categories.length]).append(",基准测试工单第").append(i).append("号：路面破损需要修补,");
            if (i % 2 == 1) {
                csv.append(grid.centroid().lat()).append(',').append(grid.centroid().lon()).append(",,");
            } else {
                csv.append(",,").append(villages.get(i % villages.size()).code()).append(',');
            }
            csv.append("市民").append(i % 100).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes ORDERS rows like the import's into a copy of case_file (same columns, checks and indexes). */
    private static long floor(DataSource dataSource, boolean rowByRow) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists cases.bench_case_file");
            s.execute("create table cases.bench_case_file (like cases.case_file including defaults including identity including constraints including indexes)");
            c.setAutoCommit(rowByRow);
            String insert = """
                    insert into cases.bench_case_file (number, territory_code, category_code, description, address, channel,
                        external_id, reporter_name, state, level, received_at, response_due_at, resolve_due_at, county)
                    values (?, ?, '0301', ?, null, 'HOTLINE', ?, '市民', 'RECEIVED', 'VILLAGE', ?, ?, ?, '530326')""";
            long t0 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement(insert)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < ORDERS; i++) {
                    p.setString(1, "BENCH-" + i);
                    p.setString(2, "530326001001");
                    p.setString(3, "基准测试工单第" + i + "号：路面破损需要修补");
                    p.setString(4, "BENCH-" + i);
                    p.setTimestamp(5, now);
                    p.setTimestamp(6, now);
                    p.setTimestamp(7, now);
                    if (rowByRow) {
                        p.executeUpdate();
                    } else {
                        p.addBatch();
                    }
                }
                if (!rowByRow) {
                    p.executeBatch();
                    c.commit();
                }
            }
            long elapsed = System.nanoTime() - t0;
            c.setAutoCommit(true);
            s.execute("drop table cases.bench_case_file");
            return elapsed;
        }
    }

    private static void row(StringBuilder md, String what, int rows, long nanos) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f |%n", what, rows, nanos / 1e9, rows / (nanos / 1e9)));
    }
}

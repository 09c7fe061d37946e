package org.jiceng.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jiceng.analytics.CaseLoopSimulator;
import org.jiceng.JicengApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks over a year of cases start from: the demo on a data directory of their own, held still. */
final class BenchApp {

    private BenchApp() {
    }

    /**
     * The demo application on {@code data}, on a free port, without the demo year (the benchmark loads its own cases)
     * and without the background deadline sweeps, which would start working off the loaded backlog mid-measurement,
     * nor the hourly job keeping last month's reports, which at minute 10 would read a month of the loaded cases.
     */
    static ConfigurableApplicationContext quietDemo(Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("--jiceng.data-dir=" + data, "--jiceng.db.url=", "--server.port=0",
                "--jiceng.demo.year=false", "--jiceng.cases.background-sweeps=false", "--jiceng.reports.schedule=-"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(JicengApplication.class).run(args.toArray(String[]::new));
    }

    /**
     * What a simulated year of a county's cases is drawn over: its villages and grids, the departments a case may be
     * led by, and the leaf categories with their response hours, as the demo seeded them.
     */
    record CountyLoop(List<String> places, List<Long> units, List<CaseLoopSimulator.Category> categories) {

        static CountyLoop of(DataSource db, String county) throws Exception {
            List<String> places = strings(db, "select code from territory.grid where left(code, 6) = '" + county + "'"
                    + " union all select code from territory.division where length(code) = 12 and left(code, 6) = '"
                    + county + "'");
            List<Long> units = strings(db, "select id from territory.unit where kind = 'DEPARTMENT' order by id").stream()
                    .map(Long::valueOf).toList();
            List<CaseLoopSimulator.Category> categories = new ArrayList<>();
            for (String row : strings(db, "select code || ' ' || response_hours from cases.category"
                    + " where parent_code is not null order by code")) {
                categories.add(new CaseLoopSimulator.Category(row.split(" ")[0], Integer.parseInt(row.split(" ")[1])));
            }
            return new CountyLoop(places, units, categories);
        }
    }

    /** The first column of every row the query answers, as text. */
    static List<String> strings(DataSource db, String sql) throws Exception {
        List<String> result = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    /** How many cases to load: {@code JICENG_BENCH_CASES}, else the benchmark's own number. */
    static long cases(long byDefault) {
        String asked = System.getenv("JICENG_BENCH_CASES");
        return asked == null || asked.isBlank() ? byDefault : Long.parseLong(asked.strip());
    }
}

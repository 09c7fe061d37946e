package org.jiceng.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.JicengApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks over a year of cases start from: the demo on a data directory of their own, held still. */
final class BenchApp {

    private BenchApp() {
    }

    /**
     * The demo application on {@code data}, on a free port, without the demo year (the benchmark loads its own cases)
     * and without the background deadline sweeps, which would start working off the loaded backlog mid-measurement.
     */
    static ConfigurableApplicationContext quietDemo(Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("--jiceng.data-dir=" + data, "--jiceng.db.url=", "--server.port=0",
                "--jiceng.demo.year=false", "--jiceng.cases.background-sweeps=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(JicengApplication.class).run(args.toArray(String[]::new));
    }

    /** How many cases to load: {@code JICENG_BENCH_CASES}, else the benchmark's own number. */
    static long cases(long byDefault) {
        String asked = System.getenv("JICENG_BENCH_CASES");
        return asked == null || asked.isBlank() ? byDefault : Long.parseLong(asked.strip());
    }
}

package org.jiceng.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ./jiceng bench}: every benchmark in turn, each beside the physical limit measured in the same run.
 * The Markdown goes to the console and to {@code target/benchmarks.md}; docs/benchmarks.md keeps the
 * figures of the reference machine.
 */
public final class AllBenchmarks {

    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder("## Run of ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append("\n\n").append(machine()).append('\n');
        Set<String> wanted = args.length == 0 || args[0].isBlank() || args[0].equals("all") ? Set.of()
                : Set.of(args[0].split(","));
        for (Map.Entry<String, Callable<String>> benchmark : benchmarks().entrySet()) {
            if (wanted.isEmpty() || wanted.contains(benchmark.getKey())) {
                report.append(benchmark.getValue().call()).append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmarks.md"), report);
        System.out.println(report);
        System.exit(0);   // the embedded PostgreSQL and JDBC pools leave non-daemon threads behind
    }

    /** Every benchmark by the name {@code ./jiceng bench <name>} selects it with, in the order they run. */
    static Map<String, Callable<String>> benchmarks() {
        Map<String, Callable<String>> all = new LinkedHashMap<>();
        all.put("GridLocate", GridLocateBenchmark::run);
        all.put("DivisionImport", DivisionImportBenchmark::run);
        all.put("Startup", StartupBenchmark::run);
        all.put("People", PeopleBenchmark::run);
        all.put("Intake", IntakeBenchmark::run);
        all.put("TwoNodes", TwoNodesBenchmark::run);
        all.put("Ballots", BallotTallyBenchmark::run);
        all.put("ThreeRates", ThreeRatesBenchmark::run);
        all.put("CaseDesk", CaseDeskBenchmark::run);
        all.put("HotlineImport", HotlineImportBenchmark::run);
        all.put("TopicBoard", org.jiceng.deliberation.internal.TopicBoardBenchmark::run);
        all.put("Workbench", WorkbenchBenchmark::run);
        all.put("MonthlyReport", MonthlyReportBenchmark::run);
        all.put("Replica", ReplicaBenchmark::run);
        all.put("DemoYear", DemoYearBenchmark::run);
        all.put("VisitCoverage", VisitCoverageBenchmark::run);
        all.put("Ledger", LedgerBenchmark::run);
        all.put("Search", org.jiceng.search.internal.SearchBenchmark::run);
        all.put("CityYear", CityYearBenchmark::run);
        all.put("Dispatch", org.jiceng.dispatch.internal.DispatchBenchmark::run);
        all.put("Partitions", PartitionBenchmark::run);
        return all;
    }

    static String machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        return String.format("Machine: %s, %d cores, %d GiB heap max; %s %s; %s%n", cpu,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 30,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getName() + " "
                        + ManagementFactory.getOperatingSystemMXBean().getVersion());
    }
}

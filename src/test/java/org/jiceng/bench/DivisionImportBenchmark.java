package org.jiceng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.jiceng.territory.internal.DivisionCopyWriter;
import org.jiceng.territory.internal.DivisionImporter;
import org.jiceng.territory.internal.DivisionReader;
import org.jiceng.territory.internal.DivisionRow;
import org.jiceng.territory.internal.DivisionSource;
import org.jiceng.territory.internal.ImportProgress;
import org.jiceng.territory.internal.ImportResult;
import org.jiceng.territory.internal.TerritoryDatabase;

/**
 * How fast the whole country's divisions import, against the physical limit of this machine: a bare COPY
 * of the same rows, already parsed, into a table with only the primary key. Runs on a fresh embedded
 * PostgreSQL in a temporary directory; the data folder is {@code -Djiceng.shared=…} (default ../shared).
 */
public final class DivisionImportBenchmark {

    private DivisionImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
    }

    public static String run() throws Exception {
        Path shared = Path.of(System.getProperty("jiceng.shared", "../shared")).toAbsolutePath().normalize();
        Path divisions = shared.resolve("data/divisions");
        StringBuilder md = new StringBuilder("### Division import (whole country)\n\n");
        if (!Files.isDirectory(divisions)) {
            return md.append("Skipped: ").append(divisions).append(" not found.\n").toString();
        }
        md.append(environment()).append('\n');
        md.append("| step | rows | seconds | rows/s |\n|---|---:|---:|---:|\n");
        try (TerritoryDatabase database = TerritoryDatabase.start()) {
            DivisionImporter importer = new DivisionImporter(database.dataSource());

            ImportResult full = importer.importPaths(List.of(divisions), ImportProgress.NONE);
            line(md, "(a) import into the empty table: parse, check, COPY straight into territory.division",
                    full.read(), full.took().toNanos());
            ImportResult again = importer.importPaths(List.of(divisions), ImportProgress.NONE);
            line(md, "(b) re-import, nothing changes (" + again.inserted() + " inserted, " + again.updated()
                    + " updated): parse, COPY to staging, anti-join", again.read(), again.took().toNanos());

            database.execute("truncate territory.division");
            importer.importDemoCounty();
            ImportResult merged = importer.importPaths(List.of(divisions), ImportProgress.NONE);
            line(md, "import into a table already holding the demo county (" + merged.inserted()
                    + " inserted): staging + upsert", merged.read(), merged.took().toNanos());
            database.execute("update territory.division set name = name || '（旧）'");
            ImportResult renamed = importer.importPaths(List.of(divisions), ImportProgress.NONE);
            line(md, "re-import after every name changed (" + renamed.updated() + " updated): staging + upsert",
                    renamed.read(), renamed.took().toNanos());

            long parseStarted = System.nanoTime();
            List<DivisionRow> rows = DivisionReader.readAll(DivisionSource.resolve(List.of(divisions)));
            line(md, "parse and check only (gzip + CSV + validation, no database)", rows.size(),
                    System.nanoTime() - parseStarted);

            database.execute("""
                    create table public.division_raw (
                        code text collate "C" primary key, name text not null,
                        level smallint not null, parent_code text collate "C")""");
            line(md, "(c) physical limit: bare COPY of the parsed rows into a table with only the primary key",
                    rows.size(), rawCopy(database, rows));
        }
        return md.append('\n').toString();
    }

    private static long rawCopy(TerritoryDatabase database, List<DivisionRow> rows) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (DivisionCopyWriter copy = new DivisionCopyWriter(connection,
                    "copy public.division_raw (code, name, level, parent_code) from stdin")) {
                for (DivisionRow row : rows) {
                    copy.write(row);
                }
                copy.finish();
            }
            connection.commit();
        }
        return System.nanoTime() - started;
    }

    private static void line(StringBuilder md, String step, long rows, long nanos) {
        double seconds = nanos / 1e9;
        md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f |%n", step, rows, seconds, rows / seconds));
    }

    private static String environment() throws Exception {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        return String.format(Locale.ROOT, "JVM %s (%s), %s, %d cores available; PostgreSQL embedded (zonky), "
                        + "fresh cluster in a temporary directory.%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), cpu, Runtime.getRuntime().availableProcessors());
    }
}

package org.jiceng.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.jiceng.territory.internal.DemoCounty;
import org.jiceng.territory.internal.demo.GridGenerator;
import org.jiceng.territory.internal.GridIndex;
import org.jiceng.territory.internal.GridShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Point → grid lookup speed on the demo county (会泽县, 4,847 generated grids), one thread: {@link GridIndex}
 * beside a brute-force scan of every prepared polygon. Also times the grid generation.
 * Run: {@code java -cp target/test-classes:target/classes:<deps> org.jiceng.bench.GridLocateBenchmark}.
 */
public final class GridLocateBenchmark {

    private static final int INDEX_POINTS = 2_000_000;
    private static final int BRUTE_FORCE_POINTS = 20_000;
    private static final int ROUNDS = 7;
    private static final long POINT_SEED = 20_231_231L;

    private static volatile long sink;

    private GridLocateBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println(run());
    }

    public static String run() {
        DemoCounty county = DemoCounty.load();
        // The first run includes class loading and JIT warm-up: it is what an application start pays.
        long[] generationNanos = new long[3];
        long[] generationCpuNanos = new long[3];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<GridShape> grids = null;
        for (int r = 0; r < generationNanos.length; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            grids = GridGenerator.generate(county.towns(), county.villages(), county.totalGrids(), DemoCounty.SEED);
            generationNanos[r] = System.nanoTime() - start;
            generationCpuNanos[r] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        long buildStart = System.nanoTime();
        GridIndex index = GridIndex.of(grids);
        long buildNanos = System.nanoTime() - buildStart;

        Envelope box = new Envelope();
        grids.forEach(g -> box.expandToInclude(g.polygon().getEnvelopeInternal()));
        double[] lat = new double[INDEX_POINTS];
        double[] lon = new double[INDEX_POINTS];
        SplittableRandom random = new SplittableRandom(POINT_SEED);
        for (int i = 0; i < INDEX_POINTS; i++) {
            lon[i] = box.getMinX() + random.nextDouble() * box.getWidth();
            lat[i] = box.getMinY() + random.nextDouble() * box.getHeight();
        }

        BruteForce bruteForce = new BruteForce(grids);
        long hits = 0;
        for (int warm = 0; warm < 3; warm++) {
            hits = locateAll(index, lat, lon, INDEX_POINTS);
            bruteForce.locateAll(lat, lon, BRUTE_FORCE_POINTS / 4);
        }
        Rates indexRates = measure(() -> locateAll(index, lat, lon, INDEX_POINTS), INDEX_POINTS, ROUNDS);
        Rates bruteRates = measure(() -> bruteForce.locateAll(lat, lon, BRUTE_FORCE_POINTS), BRUTE_FORCE_POINTS, 5);
        int disagreements = 0;
        for (int i = 0; i < BRUTE_FORCE_POINTS; i++) {
            if (!index.locate(lat[i], lon[i]).equals(bruteForce.locate(lat[i], lon[i]))) {
                disagreements++;
            }
        }

        StringBuilder md = new StringBuilder();
        md.append("### Grid point lookup (").append(county.real() ? "会泽县, real division list" : "synthetic county")
                .append(")\n\n");
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- CPU: ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores available; measured on one thread\n");
        md.append(String.format("- Grids: %,d in %,d villages, %,d towns; index build %.0f ms%n",
                grids.size(), county.villages().size(), county.towns().size(), buildNanos / 1e6));
        md.append(String.format("- Generation, 3 runs in one JVM (first one cold): wall %s ms, thread CPU %s ms%n",
                millis(generationNanos), millis(generationCpuNanos)));
        md.append(String.format("- Points: uniform in the county's bounding box, %.1f%% inside a grid%n%n",
                100.0 * hits / INDEX_POINTS));
        md.append("| method | points/round | rounds | lookups/s median (wall) | min | max | median (thread CPU time) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        md.append(row("GridIndex (STR-tree + JTS locators)", INDEX_POINTS, indexRates));
        md.append(row("brute force (every PreparedPolygon.covers)", BRUTE_FORCE_POINTS, bruteRates));
        md.append("\nWall-clock rates include time the thread waited for a core; the CPU-time column does not, ")
                .append("which matters when the machine is shared.\n");
        md.append(String.format("%nGridIndex and the brute force disagree on %d of %,d points.%n",
                disagreements, BRUTE_FORCE_POINTS));
        return md.toString();
    }

    private static long locateAll(GridIndex index, double[] lat, double[] lon, int count) {
        long hits = 0;
        for (int i = 0; i < count; i++) {
            if (index.locate(lat[i], lon[i]).isPresent()) {
                hits++;
            }
        }
        return hits;
    }

    /** The obvious way: ask every grid in code order, so the first hit is also the smallest code. */
    private static final class BruteForce {
        private final List<GridShape> sorted;
        private final List<PreparedGeometry> prepared = new ArrayList<>();
        private final GeometryFactory factory = new GeometryFactory();

        BruteForce(List<GridShape> grids) {
            sorted = new ArrayList<>(grids);
            sorted.sort(Comparator.comparing(GridShape::code));
            sorted.forEach(g -> prepared.add(PreparedGeometryFactory.prepare(g.polygon())));
        }

        Optional<String> locate(double lat, double lon) {
            var point = factory.createPoint(new Coordinate(lon, lat));
            for (int i = 0; i < prepared.size(); i++) {
                if (prepared.get(i).covers(point)) {
                    return Optional.of(sorted.get(i).code());
                }
            }
            return Optional.empty();
        }

        long locateAll(double[] lat, double[] lon, int count) {
            long hits = 0;
            for (int i = 0; i < count; i++) {
                if (locate(lat[i], lon[i]).isPresent()) {
                    hits++;
                }
            }
            return hits;
        }
    }

    /** Lookups per second of each round, by wall clock and by this thread's CPU time. */
    private record Rates(double[] wall, double[] cpu) {
    }

    private static Rates measure(LongSupplier round, int points, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += round.getAsLong(); // keeps the JIT from discarding the work
            wall[r] = points / ((System.nanoTime() - start) / 1e9);
            cpu[r] = points / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        return new Rates(wall, cpu);
    }

    private static String row(String method, int points, Rates rates) {
        double[] sorted = rates.wall().clone();
        Arrays.sort(sorted);
        return String.format("| %s | %,d | %d | %,.0f | %,.0f | %,.0f | %,.0f |%n", method, points, sorted.length,
                median(sorted), sorted[0], sorted[sorted.length - 1], median(rates.cpu()));
    }

    private static String millis(long[] nanos) {
        return Arrays.toString(Arrays.stream(nanos).map(n -> Math.round(n / 1e6)).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch") + " (model unknown)";
        }
    }
}

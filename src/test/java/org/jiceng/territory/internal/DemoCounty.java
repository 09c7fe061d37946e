package org.jiceng.territory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jiceng.territory.internal.demo.GridGenerator;
import org.jiceng.territory.internal.demo.GridGenerator.Town;
import org.jiceng.territory.internal.demo.GridGenerator.Village;

/**
 * The demo county's towns and villages for tests and benchmarks: 会泽县 (530326) read from the NBS division
 * files under {@code ${jiceng.shared}/data/divisions} (default {@code ../shared}), or, when those files are not
 * there, a small made-up county so the tests still run.
 */
public record DemoCounty(List<Town> towns, List<Village> villages, int totalGrids, boolean real) {

    public static final String COUNTY_CODE = "530326";
    /** Grids 会泽县 reports (DESIGN §2). */
    public static final int HUIZE_GRIDS = 4_847;
    public static final long SEED = 3;

    /** Loaded and generated once per test run: generating 4,847 grids takes about a second. */
    private static final class Shared {
        static final DemoCounty COUNTY = load();
        static final GridGenerator.CountyLayout LAYOUT = COUNTY.layout(SEED);
        static final GridIndex INDEX = GridIndex.of(LAYOUT.grids());
    }

    public static DemoCounty shared() {
        return Shared.COUNTY;
    }

    public static GridGenerator.CountyLayout sharedLayout() {
        return Shared.LAYOUT;
    }

    public static GridIndex sharedIndex() {
        return Shared.INDEX;
    }

    public GridGenerator.CountyLayout layout(long seed) {
        return GridGenerator.layout(towns, villages, totalGrids, seed);
    }

    public static DemoCounty load() {
        return load(Path.of(System.getProperty("jiceng.shared", "../shared"), "data", "divisions"));
    }

    public static DemoCounty load(Path divisions) {
        Path streets = divisions.resolve("streets.csv.gz");
        Path villages = divisions.resolve("villages.csv.gz");
        if (!Files.isReadable(streets) || !Files.isReadable(villages)) {
            return synthetic();
        }
        List<Town> towns = new ArrayList<>();
        readCsv(streets, row -> {
            if (row.get("areaCode").equals(COUNTY_CODE)) {
                towns.add(new Town(row.get("code"), row.get("name")));
            }
        });
        List<Village> found = new ArrayList<>();
        readCsv(villages, row -> {
            if (row.get("areaCode").equals(COUNTY_CODE)) {
                found.add(new Village(row.get("code"), row.get("name"), row.get("streetCode")));
            }
        });
        return new DemoCounty(List.copyOf(towns), List.copyOf(found), HUIZE_GRIDS, true);
    }

    /** 6 towns (2 urban streets), 48 villages (some of them communities), 600 grids. */
    public static DemoCounty synthetic() {
        List<Town> towns = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        String[] townNames = {"城东街道", "城西街道", "河口镇", "山后镇", "坝子乡", "新田乡"};
        for (int t = 0; t < townNames.length; t++) {
            String townCode = COUNTY_CODE + String.format("%03d", t + 1);
            towns.add(new Town(townCode, townNames[t]));
            for (int v = 1; v <= 8; v++) {
                boolean community = t < 2 || v == 1;
                String name = "示例" + (char) ('甲' + v) + (community ? "社区居民委员会" : "村民委员会");
                villages.add(new Village(townCode + String.format("%03d", v), name, townCode));
            }
        }
        return new DemoCounty(List.copyOf(towns), List.copyOf(villages), 600, false);
    }

    /** Minimal CSV reading: the NBS files quote names but never put commas or quotes inside them. */
    private static void readCsv(Path file, Consumer<Row> consumer) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",");
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.contains(COUNTY_CODE)) {
                    continue; // cheap pre-filter: the files hold the whole country
                }
                consumer.accept(new Row(header, line.split(",", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Row(String[] header, String[] cells) {
        String get(String column) {
            for (int i = 0; i < header.length; i++) {
                if (header[i].equals(column)) {
                    String cell = cells[i];
                    return cell.length() >= 2 && cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
                }
            }
            throw new IllegalArgumentException("no column " + column);
        }
    }
}

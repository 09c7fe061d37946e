package org.jiceng.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One NBS division file to read: a file on disk, a classpath resource or any stream, with the name its
 * level is recognised from and that error messages show. Gzip is recognised from the {@code .gz} suffix.
 */
public record DivisionSource(String name, DivisionLevel level, Opener opener) {

    /** Opens the raw (possibly gzip-compressed) bytes; called once per read. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** The demo county shipped with the product (DESIGN §2): 会泽县 and its ancestors. */
    public static final String DEMO_COUNTY = "territory/530326";

    /** A source whose level comes from {@code name} (e.g. {@code villages.csv.gz}). */
    public static DivisionSource of(String name, Opener opener) {
        DivisionLevel level = DivisionLevel.fromFileName(name).orElseThrow(() -> new DivisionFormatException(name,
                "无法从文件名识别层级，文件名应为 provinces、cities、areas、streets 或 villages，扩展名为 .csv 或 .csv.gz"));
        return new DivisionSource(name, level, opener);
    }

    /** A stream read once, e.g. an upload. */
    public static DivisionSource of(String name, InputStream stream) {
        return of(name, () -> stream);
    }

    public static DivisionSource of(Path file) {
        return of(file.toString(), () -> Files.newInputStream(file));
    }

    /** The five files of a classpath folder; a level whose file is absent is simply not read. */
    public static List<DivisionSource> classpath(String folder) {
        ClassLoader loader = DivisionSource.class.getClassLoader();
        List<DivisionSource> sources = new ArrayList<>();
        for (DivisionLevel level : DivisionLevel.values()) {
            for (String suffix : List.of(".csv", ".csv.gz")) {
                String resource = folder + "/" + level.fileBase() + suffix;
                if (loader.getResource(resource) != null) {
                    sources.add(of(resource, () -> {
                        InputStream in = loader.getResourceAsStream(resource);
                        if (in == null) {
                            throw new NoSuchFileException(resource);
                        }
                        return in;
                    }));
                }
            }
        }
        if (sources.isEmpty()) {
            throw new DivisionFormatException(folder, "类路径中没有行政区划文件");
        }
        return sources;
    }

    /**
     * The files named, a directory standing for the division files it holds (other files in it are
     * ignored). Sorted province first so progress reads top-down; a missing path or an unrecognised
     * file name is an error before anything is read.
     */
    public static List<DivisionSource> resolve(List<Path> filesOrDirectories) throws IOException {
        List<DivisionSource> sources = new ArrayList<>();
        for (Path path : filesOrDirectories) {
            if (Files.isDirectory(path)) {
                sources.addAll(inDirectory(path));
            } else if (Files.isRegularFile(path)) {
                sources.add(of(path));
            } else {
                throw new DivisionFormatException(path.toString(), "找不到该文件或目录");
            }
        }
        sources.sort(Comparator.comparing(DivisionSource::level));
        return sources;
    }

    private static List<DivisionSource> inDirectory(Path directory) throws IOException {
        Map<DivisionLevel, Path> found = new EnumMap<>(DivisionLevel.class);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                var level = DivisionLevel.fromFileName(file.getFileName().toString());
                if (level.isPresent() && Files.isRegularFile(file)) {
                    Path other = found.putIfAbsent(level.get(), file);
                    if (other != null) {
                        // both villages.csv and villages.csv.gz: importing both would only fail as duplicates
                        throw new DivisionFormatException(directory.toString(), "同一层级有两个文件："
                                + other.getFileName() + " 和 " + file.getFileName() + "，请只保留一个");
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new DivisionFormatException(directory.toString(), "目录中没有行政区划文件"
                    + "（provinces、cities、areas、streets、villages，扩展名 .csv 或 .csv.gz）");
        }
        return found.values().stream().map(DivisionSource::of).toList();
    }

    /** The decompressed bytes. */
    InputStream openDecompressed() throws IOException {
        InputStream raw = opener.open();
        return DivisionLevel.isGzip(name) ? new GZIPInputStream(raw, 1 << 16) : raw;
    }
}
